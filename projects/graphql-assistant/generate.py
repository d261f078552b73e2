#!/usr/bin/env python3
"""Seeded, deterministic generator of the graphql-assistant example's data (Python 3 standard library only).

Writes, next to this file (or into --out DIR):
  dataset.jsonl         400 OpenAI chat fine-tuning examples (system, user question, assistant = a GraphQL query),
                        with a realistic handful of problems for review to find
  evals/<rung>.jsonl    the same 200 held-out cases answered at each rung of the ladder
                        (baseline, prompt, rag, model, finetune), in tunebench's generic JSONL shape

Every query is built as a small syntax tree from the shapes in schema.graphql, so the valid answers are valid by
construction; the invalid ones get one of the mistakes real models make, injected on purpose. Whether an output
is valid is decided later by tunebench's GraphQL grader, not by this script. Running it twice gives byte-identical
files (see ../check-generated.sh).
"""
import argparse
import copy
import json
import math
import os
import random

SEED = 20261125
RUNGS = ["baseline", "prompt", "rag", "model", "finetune"]
EVAL_CASES = 200
# Failures per rung out of 200, and how many of them carry over from the previous rung (the rest are new breaks).
FAILURES = {"baseline": (62, None), "prompt": (36, 33), "rag": (34, 29), "model": (28, 24), "finetune": (6, 3)}

# ---------------------------------------------------------------------------------------------------------------
# A tiny GraphQL syntax tree and its printer


class Field:
    def __init__(self, name, args=None, sel=None, alias=None, directive=None, actor=False):
        self.name, self.args, self.sel, self.alias, self.directive = name, list(args or []), list(sel or []), alias, directive
        self.actor = actor  # its type is the Actor interface


class Inline:
    def __init__(self, type_name, sel):
        self.type_name, self.sel = type_name, sel


class Spread:
    def __init__(self, name):
        self.name = name


class Fragment:
    def __init__(self, name, type_name, sel):
        self.name, self.type_name, self.sel = name, type_name, sel


class Doc:
    def __init__(self, name, sel, variables=None, fragments=None):
        self.name, self.sel, self.variables, self.fragments = name, sel, list(variables or []), list(fragments or [])


def s(text):
    return json.dumps(text)


def obj(**pairs):
    return "{" + ", ".join(f"{k}: {v}" for k, v in pairs.items()) + "}"


def lst(*items):
    return "[" + ", ".join(items) + "]"


def render_selection(items, depth, out):
    pad = "  " * depth
    for item in items:
        if isinstance(item, Spread):
            out.append(f"{pad}...{item.name}")
        elif isinstance(item, Inline):
            out.append(f"{pad}... on {item.type_name} {{")
            render_selection(item.sel, depth + 1, out)
            out.append(pad + "}")
        else:
            head = (f"{item.alias}: " if item.alias else "") + item.name
            if item.args:
                head += "(" + ", ".join(f"{k}: {v}" for k, v in item.args) + ")"
            if item.directive:
                head += " " + item.directive
            if item.sel:
                out.append(f"{pad}{head} {{")
                render_selection(item.sel, depth + 1, out)
                out.append(pad + "}")
            else:
                out.append(pad + head)


def render(doc, anonymous=False, compact=False):
    out = []
    head = "query"
    if doc.name and not anonymous:
        head += " " + doc.name
    if doc.variables:
        head += "(" + ", ".join(f"${n}: {t}" for n, t in doc.variables) + ")"
    out.append(head + " {")
    render_selection(doc.sel, 1, out)
    out.append("}")
    for fragment in doc.fragments:
        out.append("")
        out.append(f"fragment {fragment.name} on {fragment.type_name} {{")
        render_selection(fragment.sel, 1, out)
        out.append("}")
    if compact:
        return " ".join(line.strip() for line in out if line.strip())
    return "\n".join(out)


def walk(items):
    """Every Field, Inline and Spread under `items`, depth first, in document order."""
    for item in items:
        yield item
        if isinstance(item, (Field, Inline)):
            yield from walk(item.sel)


def all_items(doc):
    yield from walk(doc.sel)
    for fragment in doc.fragments:
        yield from walk(fragment.sel)


def leaf_count(doc):
    return sum(1 for item in all_items(doc) if isinstance(item, Field) and not item.sel)


# ---------------------------------------------------------------------------------------------------------------
# The world the questions are about

REPOS = [("acme", "widgets"), ("acme", "billing-service"), ("northwind", "ledger"), ("northwind", "inventory-api"),
         ("hooli", "nucleus"), ("initech", "tps-reports"), ("globex", "hammock"), ("umbrella", "hive-ui"),
         ("octo-labs", "forge-cli"), ("riverbank", "pipeline"), ("bluejay", "mobile-app"), ("tidepool", "data-lake"),
         ("kestrel-io", "kestrel"), ("octo-labs", "graphql-gateway"), ("hooli", "pied-piper-compat")]
USERS = ["mlopez", "akira-t", "dana-s", "priya-r", "jkowalski", "sam-okafor", "lea-m", "tbrennan", "nguyen-h",
         "f-rossi", "ewa-n", "omar-k"]
ORGS = ["acme", "northwind", "hooli", "globex", "umbrella", "octo-labs", "riverbank", "tidepool"]
LABELS = ["bug", "enhancement", "good first issue", "documentation", "security", "performance", "help wanted",
          "regression"]
TEAMS = ["platform", "frontend", "sre", "security", "data", "mobile"]
BRANCHES = ["main", "develop", "release/2.4", "staging"]
SEARCHES_REPO = ["language:rust stars:>500", "topic:graphql", "language:swift pushed:>2026-01-01",
                 "terraform in:name", "org:acme archived:false", "topic:observability stars:>100"]
SEARCHES_USER = ["location:Berlin followers:>100", "language:go repos:>20", "fullname:Kowalski",
                 "location:Lagos language:python"]
NODE_IDS = ["I_kwDOAbc123", "PR_kwDOXy9876", "I_kwDOq0Z4410", "PR_kwDOm5E202", "I_kwDOt7Hh811"]


def pick_repo(rng):
    return rng.choice(REPOS)


def camel(name):
    parts = name.replace(".", "-").split("-")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def repo_field(owner, name, sel, alias=None):
    return Field("repository", [("owner", s(owner)), ("name", s(name))], sel, alias=alias)


def actor(name="author", extra=None):
    return Field(name, sel=[Field("login")] + list(extra or []), actor=True)


def leaves(*names):
    return [Field(n) for n in names]


def phrase_list(words):
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


# ---------------------------------------------------------------------------------------------------------------
# Question builders: each returns (question, Doc). Phrasings vary on purpose.

REPO_FACTS = [("description", "description", None), ("stargazerCount", "star count", None),
              ("forkCount", "number of forks", None), ("primaryLanguage", "primary language", [Field("name")]),
              ("pushedAt", "last push date", None), ("isArchived", "whether it is archived", None),
              ("visibility", "visibility", None), ("url", "URL", None), ("createdAt", "creation date", None),
              ("owner", "owner's login", [Field("login")])]


def b_repo_overview(rng):
    owner, name = pick_repo(rng)
    facts = sorted(rng.sample(REPO_FACTS, rng.randint(2, 4)), key=REPO_FACTS.index)
    sel = []
    for field, _, sub in facts:
        sel.append(actor("owner") if field == "owner" else Field(field, sel=copy.deepcopy(sub)))
    words = phrase_list([w for _, w, _ in facts])
    q = rng.choice([f"What are the {words} of {owner}/{name}?", f"Get the {words} for the {name} repo owned by {owner}.",
                    f"I need the {words} of the repository {owner}/{name}.", f"show me {owner}/{name}: {words}",
                    f"Fetch {words} for {owner}/{name}"])
    return q, Doc("RepoOverview", [repo_field(owner, name, sel)])


def b_open_issues(rng):
    owner, name = pick_repo(rng)
    label, n = rng.choice(LABELS), rng.choice([5, 10, 20, 25])
    args = [("first", str(n)), ("states", lst("OPEN")), ("labels", lst(s(label)))]
    newest = rng.random() < 0.5
    if newest:
        args.append(("orderBy", obj(field="CREATED_AT", direction="DESC")))
    nodes = leaves("number", "title", "createdAt") + [actor()]
    sel = [Field("issues", args, [Field("totalCount"), Field("nodes", sel=nodes)])]
    order = " newest first" if newest else ""
    q = rng.choice([f"List the {n} open issues labelled \"{label}\" in {owner}/{name}{order}, with number, title, creation date and author, plus the total count.",
                    f"How many open '{label}' issues does {owner}/{name} have? Also show the first {n}{order} (number, title, created date, who opened them).",
                    f"open {label} issues in {owner}/{name}{order}: first {n} with number/title/createdAt/author login and totalCount"])
    return q, Doc("OpenLabelledIssues", [repo_field(owner, name, sel)])


def b_merged_prs(rng):
    owner, name = pick_repo(rng)
    n = rng.choice([5, 10, 15, 20])
    nodes = leaves("number", "title", "mergedAt") + [actor("mergedBy")]
    stats = rng.random() < 0.5
    if stats:
        nodes += leaves("additions", "deletions")
    args = [("first", str(n)), ("states", lst("MERGED")), ("orderBy", obj(field="UPDATED_AT", direction="DESC"))]
    extra = " and the lines added/removed" if stats else ""
    q = rng.choice([f"Show the last {n} merged pull requests of {owner}/{name} with who merged them and when{extra}.",
                    f"Which PRs were merged most recently in {owner}/{name}? Give me {n}, with merge time and merger{extra}.",
                    f"last {n} merged PRs for {owner}/{name} (number, title, mergedAt, mergedBy){extra}"])
    return q, Doc("RecentlyMerged", [repo_field(owner, name, [Field("pullRequests", args, [Field("nodes", sel=nodes)])])])


def b_issue_comments(rng):
    owner, name = pick_repo(rng)
    number, n = rng.randint(12, 4800), rng.choice([5, 10, 20, 50])
    comments = Field("comments", [("first", str(n))], [Field("totalCount"), Field("nodes", sel=[actor(), Field("body"), Field("createdAt")])])
    sel = [Field("issue", [("number", str(number))], leaves("title", "state") + [actor(), comments])]
    q = rng.choice([f"Get issue #{number} in {owner}/{name}: title, state, author and its first {n} comments (author, body, date).",
                    f"What's the discussion on {owner}/{name}#{number}? I want the first {n} comments with authors and timestamps, and the issue title and state.",
                    f"Fetch the comment thread of issue {number} of {owner}/{name} (first {n} comments, total count too)."])
    return q, Doc("IssueThread", [repo_field(owner, name, sel)])


def b_user_profile(rng):
    login = rng.choice(USERS)
    facts = rng.sample(["name", "bio", "company", "location", "email", "createdAt"], rng.randint(2, 4))
    sel = leaves(*facts)
    counts = rng.random() < 0.6
    if counts:
        sel += [Field("followers", sel=[Field("totalCount")]), Field("following", sel=[Field("totalCount")])]
    words = phrase_list([{"createdAt": "sign-up date"}.get(f, f) for f in facts])
    extra = " and follower/following counts" if counts else ""
    q = rng.choice([f"Look up the user {login}: {words}{extra}.", f"What is {login}'s {words}{extra}?",
                    f"profile of @{login} - {words}{extra}", f"Write a query for the {words} of user {login}{extra}."])
    return q, Doc("UserProfile", [Field("user", [("login", s(login))], sel)])


def b_viewer_repos(rng):
    n = rng.choice([10, 20, 30, 50])
    field, direction = rng.choice([("STARGAZERS", "DESC"), ("PUSHED_AT", "DESC"), ("NAME", "ASC"), ("CREATED_AT", "DESC")])
    args = [("first", str(n)), ("orderBy", obj(field=field, direction=direction))]
    visibility = rng.choice([None, "PUBLIC", "PRIVATE"])
    if visibility:
        args.append(("visibility", visibility))
    nodes = leaves("nameWithOwner", "stargazerCount", "isFork")
    sel = [Field("login"), Field("repositories", args, [Field("totalCount"), Field("nodes", sel=nodes)])]
    by = {"STARGAZERS": "most starred first", "PUSHED_AT": "most recently pushed first", "NAME": "alphabetically",
          "CREATED_AT": "newest first"}[field]
    vis = f"{visibility.lower()} " if visibility else ""
    q = rng.choice([f"List my {n} {vis}repositories, {by}, with stars and whether each is a fork.",
                    f"For the signed-in user, show {n} {vis}repos sorted {by} (name with owner, stars, fork flag) and the total.",
                    f"my {vis}repos, {by}, first {n}"])
    return q, Doc("MyRepositories", [Field("viewer", sel=sel)])


def b_paginated_issues(rng):
    state, n = rng.choice(["OPEN", "CLOSED"]), rng.choice([50, 100])
    extra = [Field("closedAt")] if state == "CLOSED" else [Field("createdAt")]
    issues = Field("issues", [("first", str(n)), ("after", "$after"), ("states", lst(state))],
                   [Field("pageInfo", sel=leaves("hasNextPage", "endCursor")), Field("nodes", sel=leaves("number", "title") + extra)])
    doc = Doc("IssuePage", [Field("repository", [("owner", "$owner"), ("name", "$name")], [issues])],
              variables=[("owner", "String!"), ("name", "String!"), ("after", "String")])
    q = rng.choice([f"Write a paginated query, with variables for owner, repo name and cursor, that walks all {state.lower()} issues {n} at a time.",
                    f"I want to page through every {state.lower()} issue of a repository ({n} per page). Use variables $owner, $name and $after.",
                    f"cursor pagination over {state.lower()} issues, page size {n}, owner/name/after as variables"])
    return q, doc


def b_compare_repos(rng):
    (o1, n1), (o2, n2) = rng.sample(REPOS, 2)
    fields = leaves("nameWithOwner", "stargazerCount", "forkCount")
    if rng.random() < 0.5:
        fields.append(Field("primaryLanguage", sel=[Field("name")]))
    if rng.random() < 0.4:
        fields.append(Field("pushedAt"))
    doc = Doc("CompareRepositories", [repo_field(o1, n1, [Spread("RepoStats")], alias=camel(n1)),
                                      repo_field(o2, n2, [Spread("RepoStats")], alias=camel(n2) + ("2" if n1 == n2 else ""))],
              fragments=[Fragment("RepoStats", "Repository", fields)])
    q = rng.choice([f"Compare {o1}/{n1} and {o2}/{n2} side by side (stars, forks, ...). Use a fragment for the shared fields and aliases.",
                    f"One query that fetches the same stats for {o1}/{n1} and {o2}/{n2}, aliased by repo name.",
                    f"stars and forks of {o1}/{n1} vs {o2}/{n2}, with a reusable fragment"])
    return q, doc


def b_search_repos(rng):
    term, n = rng.choice(SEARCHES_REPO), rng.choice([5, 10, 20])
    search = Field("search", [("query", s(term)), ("type", "REPOSITORY"), ("first", str(n))],
                   [Field("totalCount"), Field("nodes", sel=[Inline("Repository", leaves("nameWithOwner", "stargazerCount", "description"))])])
    q = rng.choice([f"Search repositories matching `{term}` and return the top {n} with stars and description.",
                    f"Find repos for the search \"{term}\" ({n} results): name with owner, star count, description; and how many matched.",
                    f"repo search: {term}, first {n}"])
    return q, Doc("SearchRepositories", [search])


def b_search_issues(rng):
    owner, name = pick_repo(rng)
    label, n = rng.choice(LABELS), rng.choice([10, 20])
    term = f"repo:{owner}/{name} is:open label:\"{label}\""
    search = Field("search", [("query", s(term)), ("type", "ISSUE"), ("first", str(n))],
                   [Field("nodes", sel=[Inline("Issue", leaves("number", "title", "url", "createdAt"))])])
    q = rng.choice([f"Use search to find open issues labelled {label} in {owner}/{name} ({n} results, with URL).",
                    f"Search issues: open, label \"{label}\", repo {owner}/{name}. First {n} with number, title, url and created date."])
    return q, Doc("SearchIssues", [search])


def b_search_users(rng):
    term, n = rng.choice(SEARCHES_USER), rng.choice([10, 25])
    search = Field("search", [("query", s(term)), ("type", "USER"), ("first", str(n))],
                   [Field("totalCount"), Field("nodes", sel=[Inline("User", leaves("login", "name", "location"))])])
    q = rng.choice([f"Find users matching \"{term}\" - first {n}, with login, name and location.",
                    f"user search for {term}; show {n} people and the total number of matches"])
    return q, Doc("SearchUsers", [search])


def b_org_teams(rng):
    org, n = rng.choice(ORGS), rng.choice([10, 25, 50])
    teams = Field("teams", [("first", str(n))], [Field("totalCount"), Field("nodes", sel=leaves("name", "slug") + [Field("members", sel=[Field("totalCount")])])])
    q = rng.choice([f"List the teams of the {org} organization ({n} max) with slug and member count.",
                    f"What teams does {org} have, and how many members does each have?",
                    f"org {org}: teams (first {n}), name/slug/member count"])
    return q, Doc("OrgTeams", [Field("organization", [("login", s(org))], [Field("name"), teams])])


def b_team_repos(rng):
    org, team, n = rng.choice(ORGS), rng.choice(TEAMS), rng.choice([10, 20, 50])
    sel = leaves("name", "description") + [Field("repositories", [("first", str(n))], [Field("nodes", sel=leaves("name", "isArchived"))])]
    maintainers = rng.random() < 0.5
    if maintainers:
        sel.append(Field("members", [("first", "10"), ("role", "MAINTAINER")], [Field("nodes", sel=[Field("login")])]))
    extra = " and its maintainers" if maintainers else ""
    q = rng.choice([f"Which repositories does the {team} team in {org} own? First {n}, with archived flag{extra}.",
                    f"Show the {org}/{team} team's description and {n} of its repos{extra}.",
                    f"team {team} @ {org}: repos (first {n}){extra}"])
    return q, Doc("TeamRepositories", [Field("organization", [("login", s(org))], [Field("team", [("slug", s(team))], sel)])])


def b_latest_release(rng):
    owner, name = pick_repo(rng)
    sel = [Field("latestRelease", sel=leaves("name", "tagName", "publishedAt", "isPrerelease") + [Field("author", sel=[Field("login")])])]
    q = rng.choice([f"What's the latest release of {owner}/{name}? Tag, name, publish date, prerelease flag and who published it.",
                    f"latest release of {owner}/{name} with its tag and author",
                    f"Get me the newest release for {owner}/{name} (tag name, when it was published, pre-release or not, author login)."])
    return q, Doc("LatestRelease", [repo_field(owner, name, sel)])


def b_releases(rng):
    owner, name = pick_repo(rng)
    n = rng.choice([5, 10, 20])
    sel = [Field("releases", [("first", str(n))], [Field("totalCount"), Field("nodes", sel=leaves("tagName", "publishedAt", "isPrerelease"))])]
    q = rng.choice([f"List {n} releases of {owner}/{name} with tag and date, and how many releases there are.",
                    f"release history of {owner}/{name}: first {n} tags with publish dates and prerelease flags"])
    return q, Doc("Releases", [repo_field(owner, name, sel)])


def commit_history(n):
    return Field("history", [("first", str(n))], [Field("nodes", sel=leaves("abbreviatedOid", "messageHeadline", "committedDate") + [Field("author", sel=leaves("name", "email"))])])


def b_branch_history(rng):
    owner, name = pick_repo(rng)
    n, branch = rng.choice([5, 10, 20]), rng.choice(BRANCHES)
    if branch == "main" and rng.random() < 0.5:
        ref, where = Field("defaultBranchRef", sel=[Field("name")]), "the default branch"
    else:
        ref, where = Field("ref", [("qualifiedName", s("refs/heads/" + branch))], [Field("name")]), f"the {branch} branch"
    ref.sel.append(Field("target", sel=[Inline("Commit", [commit_history(n)])]))
    q = rng.choice([f"Show the last {n} commits on {where} of {owner}/{name}: short sha, headline, date and author.",
                    f"commit log of {where} in {owner}/{name}, {n} entries (abbreviated oid, message headline, committed date, author name/email)",
                    f"What are the {n} most recent commits on {where} of {owner}/{name}?"])
    return q, Doc("BranchHistory", [repo_field(owner, name, [ref])])


def b_ci_status(rng):
    owner, name = pick_repo(rng)
    checks = Field("checkSuites", [("first", "10")], [Field("nodes", sel=leaves("status", "conclusion") + [Field("app", sel=[Field("name")])])])
    sel = [Field("defaultBranchRef", sel=[Field("name"), Field("target", sel=[Inline("Commit", [Field("oid"), checks])])])]
    q = rng.choice([f"Is CI green on the default branch of {owner}/{name}? Show the check suites of the head commit with status, conclusion and app.",
                    f"check suite status and conclusion for the latest commit on {owner}/{name}'s default branch",
                    f"Which CI apps ran on the tip of the default branch in {owner}/{name}, and did they pass?"])
    return q, Doc("DefaultBranchChecks", [repo_field(owner, name, sel)])


def b_pr_reviews(rng):
    owner, name = pick_repo(rng)
    number, n = rng.randint(3, 2900), rng.choice([10, 20])
    state = rng.choice(["APPROVED", "CHANGES_REQUESTED"])
    reviews = Field("reviews", [("first", str(n)), ("states", lst(state))], [Field("totalCount"), Field("nodes", sel=[actor(), Field("state"), Field("submittedAt")])])
    sel = [Field("pullRequest", [("number", str(number))], leaves("title", "isDraft") + [reviews])]
    what = {"APPROVED": "approved", "CHANGES_REQUESTED": "requested changes on"}[state]
    q = rng.choice([f"Who {what} PR #{number} in {owner}/{name}, and when?",
                    f"For {owner}/{name} pull request {number}: title, draft flag, and the reviewers who {what} it (first {n}).",
                    f"reviews with state {state} on {owner}/{name}#{number}"])
    return q, Doc("PullRequestReviews", [repo_field(owner, name, sel)])


def b_pr_details(rng):
    owner, name = pick_repo(rng)
    number = rng.randint(3, 2900)
    sel = leaves("title", "baseRefName", "headRefName", "additions", "deletions", "changedFiles")
    sel += [Field("commits", sel=[Field("totalCount")]), Field("labels", [("first", "10")], [Field("nodes", sel=[Field("name")])])]
    q = rng.choice([f"How big is PR {number} in {owner}/{name}? Base and head branches, additions, deletions, files changed, commit count and labels.",
                    f"diff stats + branches + labels for {owner}/{name} pull request #{number}",
                    f"Summarize pull request {number} of {owner}/{name}: branches, size of the change, number of commits, labels."])
    return q, Doc("PullRequestSize", [repo_field(owner, name, [Field("pullRequest", [("number", str(number))], sel)])])


def b_node_lookup(rng):
    node_id = rng.choice(NODE_IDS)
    # Issue.state and PullRequest.state have different enum types, so one of them needs an alias.
    sel = [Field("id"), Inline("Issue", leaves("title", "state")),
           Inline("PullRequest", [Field("title"), Field("state", alias="prState"), Field("mergedAt")])]
    if rng.random() < 0.5:
        doc = Doc("NodeById", [Field("node", [("id", "$id")], sel)], variables=[("id", "ID!")])
        q = rng.choice(["Given a global node ID in a variable, fetch it and show the title and state whether it is an issue or a pull request (and mergedAt for PRs).",
                        "node lookup by $id: if issue, title+state; if PR, title+state+mergedAt"])
    else:
        doc = Doc("NodeById", [Field("node", [("id", s(node_id))], sel)])
        q = rng.choice([f"What is the object with ID {node_id}? Show title and state for an issue or a pull request.",
                        f"resolve node {node_id} (issue or PR) to its title and state"])
    return q, doc


def b_rate_limit(rng):
    sel = [Field("rateLimit", sel=leaves(*rng.choice([["limit", "remaining", "resetAt"], ["remaining", "resetAt"], ["cost", "remaining", "resetAt"]])))]
    if rng.random() < 0.5:
        sel.insert(0, Field("viewer", sel=[Field("login")]))
    q = rng.choice(["How much of my API rate limit is left, and when does it reset?", "check rate limit remaining + reset time",
                    "Which account am I authenticated as and what's my remaining rate limit?" if len(sel) == 2 else "Show my rate limit status."])
    return q, Doc("RateLimit", sel)


def b_milestones(rng):
    owner, name = pick_repo(rng)
    n, state = rng.choice([5, 10]), rng.choice(["OPEN", "CLOSED"])
    sel = [Field("milestones", [("first", str(n)), ("states", lst(state))], [Field("nodes", sel=leaves("number", "title", "dueOn", "progressPercentage"))])]
    q = rng.choice([f"List the {state.lower()} milestones of {owner}/{name} with due dates and progress.",
                    f"{state.lower()} milestones in {owner}/{name}: title, due date, percent complete (first {n})"])
    return q, Doc("Milestones", [repo_field(owner, name, sel)])


def b_labels(rng):
    owner, name = pick_repo(rng)
    args = [("first", "100")]
    term = rng.choice([None, "bug", "priority", "area"])
    if term:
        args.append(("query", s(term)))
    sel = [Field("labels", args, [Field("totalCount"), Field("nodes", sel=leaves("name", "color", "description"))])]
    match = f" matching \"{term}\"" if term else ""
    q = rng.choice([f"What labels{match} exist in {owner}/{name}? Name, color and description.",
                    f"all labels{match} of {owner}/{name} with colors"])
    return q, Doc("Labels", [repo_field(owner, name, sel)])


def b_stargazers(rng):
    owner, name = pick_repo(rng)
    n = rng.choice([10, 30, 100])
    stargazers = Field("stargazers", [("first", str(n))], [Field("edges", sel=[Field("cursor"), Field("node", sel=leaves("login", "name"))]),
                                                           Field("pageInfo", sel=leaves("endCursor", "hasNextPage"))])
    q = rng.choice([f"Who starred {owner}/{name}? First {n} stargazers with login and name, with cursors so I can page.",
                    f"stargazers of {owner}/{name} (first {n}) using edges with cursor, plus pageInfo and the star count"])
    return q, Doc("Stargazers", [repo_field(owner, name, [Field("stargazerCount"), stargazers])])


def b_user_orgs(rng):
    login, n = rng.choice(USERS), rng.choice([10, 20])
    sel = [Field("organizations", [("first", str(n))], [Field("nodes", sel=leaves("login", "name"))])]
    starred = rng.random() < 0.5
    if starred:
        sel.append(Field("starredRepositories", [("first", str(n))], [Field("totalCount"), Field("nodes", sel=[Field("nameWithOwner")])]))
    extra = " and which repositories they starred" if starred else ""
    q = rng.choice([f"Which organizations does {login} belong to{extra}?", f"orgs of user {login}{extra}, first {n}"])
    return q, Doc("UserOrganizations", [Field("user", [("login", s(login))], sel)])


def b_issue_authors(rng):
    owner, name = pick_repo(rng)
    n = rng.choice([10, 20])
    author = actor(extra=[Inline("User", [Field("name")]), Inline("Bot", [Field("id")])])
    sel = [Field("issues", [("first", str(n)), ("states", lst("OPEN"))], [Field("nodes", sel=[Field("title"), author])])]
    q = rng.choice([f"List {n} open issues of {owner}/{name} with the author's login, plus their display name when the author is a person, or the bot id for bots.",
                    f"open issues in {owner}/{name} with author details: name for users, id for bots"])
    return q, Doc("IssueAuthors", [repo_field(owner, name, sel)])


def b_conditional_comments(rng):
    n = rng.choice([10, 20])
    comments = Field("comments", [("first", str(n))], [Field("nodes", sel=[Field("body"), actor()])], directive="@include(if: $withComments)")
    issue = Field("issue", [("number", "$number")], leaves("title", "body") + [comments])
    doc = Doc("IssueWithOptionalComments", [Field("repository", [("owner", "$owner"), ("name", "$name")], [issue])],
              variables=[("owner", "String!"), ("name", "String!"), ("number", "Int!"), ("withComments", "Boolean!")])
    q = rng.choice(["Write a query with variables for owner, repo and issue number that returns the issue's title and body, and its comments only when a $withComments flag is true.",
                    f"issue by number (variables), comments (first {n}) included conditionally via @include"])
    return q, doc


def b_languages(rng):
    owner, name = pick_repo(rng)
    sel = [Field("primaryLanguage", sel=[Field("name")]), Field("languages", [("first", "10")], [Field("nodes", sel=leaves("name", "color"))])]
    q = rng.choice([f"What languages is {owner}/{name} written in? Include the primary one and colors.",
                    f"languages of {owner}/{name}"])
    return q, Doc("Languages", [repo_field(owner, name, sel)])


def b_forks(rng):
    owner, name = pick_repo(rng)
    n = rng.choice([10, 20])
    sel = [Field("forkCount"), Field("forks", [("first", str(n))], [Field("nodes", sel=[Field("nameWithOwner"), actor("owner"), Field("pushedAt")])])]
    q = rng.choice([f"Who forked {owner}/{name}? {n} forks with owner and last push.", f"forks of {owner}/{name} (first {n}) and the fork count"])
    return q, Doc("Forks", [repo_field(owner, name, sel)])


def b_issue_planning(rng):
    owner, name = pick_repo(rng)
    number = rng.randint(12, 4800)
    sel = leaves("title", "state") + [Field("milestone", sel=leaves("title", "dueOn")),
                                      Field("assignees", [("first", "5")], [Field("nodes", sel=[Field("login")])]),
                                      Field("labels", [("first", "10")], [Field("nodes", sel=[Field("name")])])]
    q = rng.choice([f"For issue {number} in {owner}/{name}: milestone (title, due date), assignees and labels.",
                    f"who is assigned to {owner}/{name}#{number}, what milestone is it in and what labels does it have?"])
    return q, Doc("IssuePlanning", [repo_field(owner, name, [Field("issue", [("number", str(number))], sel)])])


def b_avatar(rng):
    login, size = rng.choice(USERS), rng.choice([40, 64, 128, 256])
    q = rng.choice([f"Get the {size}px avatar URL and profile URL of {login}.", f"avatar of {login} at size {size}"])
    return q, Doc("Avatar", [Field("user", [("login", s(login))], [Field("avatarUrl", [("size", str(size))]), Field("url")])])


BUILDERS = [b_repo_overview, b_open_issues, b_merged_prs, b_issue_comments, b_user_profile, b_viewer_repos,
            b_paginated_issues, b_compare_repos, b_search_repos, b_search_issues, b_search_users, b_org_teams,
            b_team_repos, b_latest_release, b_releases, b_branch_history, b_ci_status, b_pr_reviews, b_pr_details,
            b_node_lookup, b_rate_limit, b_milestones, b_labels, b_stargazers, b_user_orgs, b_issue_authors,
            b_conditional_comments, b_languages, b_forks, b_issue_planning, b_avatar]

PREFIXES = ["", "", "", "", "Using the Forgehub API, ", "Can you write a GraphQL query for this? ", "Quick one: ",
            "GraphQL please: ", "Hey, ", "I'm building a dashboard. "]


def make_case(rng):
    question, doc = rng.choice(BUILDERS)(rng)
    prefix = rng.choice(PREFIXES)
    if prefix.endswith((", ", ": ")) and not question.startswith(("I ", "I'")):
        question = prefix + question[0].lower() + question[1:]
    else:
        question = prefix + question
    return question, doc


# ---------------------------------------------------------------------------------------------------------------
# The mistakes real models make. Each takes (doc, rng) and returns the broken text, or None when it does not apply.

NEAR_MISS = {"stargazerCount": ["stargazersCount", "starCount", "stars"], "createdAt": ["created_at", "createdOn"],
             "nameWithOwner": ["fullName", "full_name"], "totalCount": ["count", "total"], "login": ["username", "userName"],
             "body": ["text", "content"], "title": ["subject", "headline"], "mergedAt": ["mergedOn", "merged_at"],
             "tagName": ["tag", "tag_name"], "abbreviatedOid": ["shortOid", "shortSha"], "messageHeadline": ["summary", "subject"],
             "forkCount": ["forksCount", "forks_count"], "primaryLanguage": ["language", "mainLanguage"],
             "isDraft": ["draft"], "progressPercentage": ["progress", "percentComplete"], "dueOn": ["dueDate", "due_on"],
             "publishedAt": ["releasedAt", "published_at"], "committedDate": ["commitDate", "committedAt"],
             "hasNextPage": ["hasMore"], "endCursor": ["nextCursor"], "additions": ["linesAdded"],
             "changedFiles": ["filesChanged"], "isArchived": ["archived"], "pushedAt": ["lastPushedAt", "pushed_at"],
             "headRefName": ["headBranch"], "baseRefName": ["baseBranch"], "submittedAt": ["submitted_at"],
             "conclusion": ["result"], "closedAt": ["closed_at"], "isPrerelease": ["prerelease"], "nodes": ["items"],
             "oid": ["sha"], "avatarUrl": ["avatar"], "description": ["about"], "resetAt": ["resetsAt"]}
TYPE_NEAR_MISS = {"Repository": ["Repo", "Repositories"], "Issue": ["Issues", "IssueNode"], "User": ["Person", "Account"],
                  "Commit": ["GitCommit", "CommitObject"], "PullRequest": ["PR", "MergeRequest"], "Bot": ["BotUser"]}
ENUM_NEAR_MISS = {"OPEN": "OPENED", "CLOSED": "CLOSE", "MERGED": "MERGE", "DESC": "DESCENDING", "ASC": "ASCENDING",
                  "REPOSITORY": "REPOSITORIES", "ISSUE": "ISSUES", "USER": "USERS", "STARGAZERS": "STARS",
                  "PUSHED_AT": "LAST_PUSHED", "APPROVED": "APPROVE", "MAINTAINER": "ADMIN", "PUBLIC": "public",
                  "PRIVATE": "private", "UPDATED_AT": "UPDATED", "CREATED_AT": "CREATED"}
REQUIRED_ARGS = {"repository": ["owner", "name"], "user": ["login"], "organization": ["login"], "issue": ["number"],
                 "pullRequest": ["number"], "search": ["type", "query"], "team": ["slug"], "ref": ["qualifiedName"]}


def broken(doc, mutate, rng):
    doc = copy.deepcopy(doc)
    candidates = mutate(doc)
    if not candidates:
        return None
    rng.choice(candidates)()
    return render(doc)


def unknown_field(doc, rng):
    def mutate(d):
        fields = [f for f in all_items(d) if isinstance(f, Field) and f.name in NEAR_MISS and not f.alias]
        return [lambda f=f: setattr(f, "name", rng.choice(NEAR_MISS[f.name])) for f in fields]
    return broken(doc, mutate, rng)


def interface_field(doc, rng):
    """A field of User asked directly on the Actor interface (author, owner, mergedBy)."""
    def mutate(d):
        fields = [f for f in all_items(d) if isinstance(f, Field) and f.actor]
        return [lambda f=f: f.sel.insert(1, Field(rng.choice(["name", "email", "avatar"]))) for f in fields]
    return broken(doc, mutate, rng)


def missing_selection_set(doc, rng):
    def mutate(d):
        fields = [f for f in all_items(d) if isinstance(f, Field) and f.sel and all(isinstance(x, Field) and not x.sel for x in f.sel)]
        return [lambda f=f: f.sel.clear() for f in fields]
    return broken(doc, mutate, rng)


def wrong_argument_type(doc, rng):
    def mutate(d):
        out = []
        for f in all_items(d):
            if isinstance(f, Field):
                for i, (k, v) in enumerate(f.args):
                    if v.isdigit():
                        out.append(lambda f=f, i=i, k=k, v=v: f.args.__setitem__(i, (k, s(v))))
                    elif k in ("states", "type") and v.strip("[]").isupper():
                        out.append(lambda f=f, i=i, k=k, v=v: f.args.__setitem__(i, (k, s(v.strip("[]")))))
        return out
    return broken(doc, mutate, rng)


def wrong_enum_value(doc, rng):
    def mutate(d):
        out = []
        for f in all_items(d):
            if isinstance(f, Field):
                for i, (k, v) in enumerate(f.args):
                    for good, bad in ENUM_NEAR_MISS.items():
                        if good in v.replace("{", " ").replace("}", " ").replace(",", " ").replace("[", " ").replace("]", " ").split() and '"' not in v:
                            out.append(lambda f=f, i=i, k=k, v=v, good=good, bad=bad: f.args.__setitem__(i, (k, v.replace(good, bad, 1))))
        return out
    return broken(doc, mutate, rng)


def missing_required_argument(doc, rng):
    def mutate(d):
        out = []
        for f in all_items(d):
            if isinstance(f, Field) and f.name in REQUIRED_ARGS and f.args:
                names = [k for k in REQUIRED_ARGS[f.name] if k in dict(f.args)]
                if f.name == "repository" and len(names) == 2 and not f.args[0][1].startswith("$"):
                    # The classic: the whole "owner/name" slug passed as the name.
                    full = json.loads(f.args[0][1]) + "/" + json.loads(f.args[1][1])
                    out.append(lambda f=f, full=full: setattr(f, "args", [("name", s(full))]))
                else:
                    out.append(lambda f=f, k=names[0]: setattr(f, "args", [a for a in f.args if a[0] != k]))
        return out
    return broken(doc, mutate, rng)


def unknown_fragment_type(doc, rng):
    def mutate(d):
        out = [lambda x=x: setattr(x, "type_name", rng.choice(TYPE_NEAR_MISS[x.type_name]))
               for x in list(all_items(d)) + d.fragments if isinstance(x, (Inline, Fragment)) and x.type_name in TYPE_NEAR_MISS]
        if not out:
            out = [lambda f=f: f.sel.append(Inline(rng.choice(["Person", "Account", "UserAccount"]), [Field("name")]))
                   for f in all_items(d) if isinstance(f, Field) and f.actor]
        return out
    return broken(doc, mutate, rng)


def undefined_variable(doc, rng):
    if not doc.variables:
        return None
    d = copy.deepcopy(doc)
    d.variables.pop(rng.randrange(len(d.variables)))
    return render(d)


def unbalanced_braces(doc, rng):
    lines = render(doc).split("\n")
    closers = [i for i, line in enumerate(lines) if line.strip() == "}"]
    if rng.random() < 0.75:
        lines.pop(rng.choice(closers[-3:]))     # lost track of nesting, or stopped early
    else:
        lines.insert(rng.choice(closers[-2:]), lines[rng.choice(closers)])  # one brace too many
    return "\n".join(lines)


def prose_around(doc, rng):
    text = render(doc)
    return rng.choice([f"Here's a query that does that:\n\n{text}\n\nLet me know if you need pagination.",
                       f"```graphql\n{text}\n```", f"Sure! You can use:\n{text}",
                       f"```\n{text}\n```\nThis returns the fields you asked for."])


MISTAKES = {"unknown_field": unknown_field, "interface_field": interface_field,
            "missing_selection_set": missing_selection_set, "wrong_argument_type": wrong_argument_type,
            "wrong_enum_value": wrong_enum_value, "missing_required_argument": missing_required_argument,
            "unknown_fragment_type": unknown_fragment_type, "undefined_variable": undefined_variable,
            "unbalanced_braces": unbalanced_braces, "prose_around": prose_around}

# How often each rung makes each mistake: prompting removes the chatter, RAG puts the real field names in context,
# a stronger model nests better, and the fine-tune's rare failures are long-tail ones.
MISTAKE_WEIGHTS = {
    "baseline": {"prose_around": 16, "unknown_field": 26, "interface_field": 12, "missing_selection_set": 12,
                 "missing_required_argument": 10, "wrong_argument_type": 9, "wrong_enum_value": 7,
                 "unknown_fragment_type": 5, "unbalanced_braces": 3},
    "prompt": {"prose_around": 2, "unknown_field": 30, "interface_field": 14, "missing_selection_set": 15,
               "missing_required_argument": 12, "wrong_argument_type": 10, "wrong_enum_value": 9,
               "unknown_fragment_type": 5, "unbalanced_braces": 3},
    "rag": {"unknown_field": 16, "interface_field": 16, "missing_selection_set": 18, "missing_required_argument": 15,
            "wrong_argument_type": 12, "wrong_enum_value": 10, "unknown_fragment_type": 8, "unbalanced_braces": 5},
    "model": {"unknown_field": 16, "interface_field": 14, "missing_selection_set": 14, "missing_required_argument": 16,
              "wrong_argument_type": 14, "wrong_enum_value": 12, "unknown_fragment_type": 8, "unbalanced_braces": 6},
    "finetune": {"unbalanced_braces": 40, "undefined_variable": 20, "wrong_enum_value": 30, "missing_selection_set": 10},
}


def weighted_choice(rng, weights):
    names = list(weights)
    return rng.choices(names, [weights[n] for n in names])[0]


def inject(doc, rung, rng, previous_kind=None):
    """A broken answer for `doc` at `rung`: the previous rung's mistake again when it still fits (errors persist
    across rungs), else a mistake drawn for this rung; falls back until one applies."""
    weights = MISTAKE_WEIGHTS[rung]
    order = []
    if previous_kind in weights and rng.random() < 0.6:
        order.append(previous_kind)
    order.append(weighted_choice(rng, weights))
    order += sorted(weights, key=lambda k: -weights[k])
    order += ["unbalanced_braces"]
    for kind in order:
        text = MISTAKES[kind](doc, rng)
        if text is not None:
            return kind, text
    raise AssertionError("unbalanced_braces always applies")


def valid_variant(doc, rung, rng):
    """A correct answer in the style of the rung: the base model writes anonymous or one-line queries now and then;
    the fine-tune writes the house style it was trained on."""
    roll = rng.random()
    if rung == "finetune" or roll < 0.6:
        return render(doc)
    if roll < 0.8:
        return render(doc, anonymous=True)
    return render(doc, compact=True)


# ---------------------------------------------------------------------------------------------------------------
# Output


def weighted_sample(rng, population, weight, k):
    """k items without replacement, each drawn with probability proportional to weight(item)."""
    keyed = sorted(population, key=lambda item: -math.log(rng.random()) / weight(item))
    return sorted(keyed[:k])


def eval_runs(rng):
    cases = []
    seen = set()
    while len(cases) < EVAL_CASES:
        question, doc = make_case(rng)
        if question in seen:
            continue
        seen.add(question)
        cases.append((question, doc))
    # Harder (bigger) queries fail more often.
    complexity = [1.0 + leaf_count(doc) + 3 * len(doc.fragments) + 2 * len(doc.variables) for _, doc in cases]
    ids = list(range(EVAL_CASES))
    failing, previous = {}, None
    for rung in RUNGS:
        total, kept = FAILURES[rung]
        if previous is None:
            failing[rung] = weighted_sample(rng, ids, lambda i: complexity[i], total)
        else:
            stay = weighted_sample(rng, previous, lambda i: complexity[i], kept)
            passed_before = [i for i in ids if i not in previous]
            new = weighted_sample(rng, passed_before, lambda i: complexity[i], total - kept)
            failing[rung] = sorted(stay + new)
        previous = failing[rung]
    runs, kinds = {}, {}
    for rung in RUNGS:
        fail = set(failing[rung])
        lines = []
        for i, (question, doc) in enumerate(cases):
            if i in fail:
                kind, output = inject(doc, rung, rng, kinds.get(i))
                kinds[i] = kind
            else:
                output = valid_variant(doc, rung, rng)
            lines.append({"id": f"case-{i + 1:03d}", "input": question, "output": output, "expected": render(doc)})
        runs[rung] = lines
    return cases, runs


SYSTEM_PROMPT = """You write GraphQL queries for the Forgehub API. Answer with one query and nothing else: no prose, no code fences.
Schema summary (connections take first/after and return nodes, edges { cursor node }, pageInfo, totalCount):
- Query: viewer: User!; user(login: String!); organization(login: String!); repository(owner: String!, name: String!); node(id: ID!); search(query: String!, type: SearchType!, first, after); rateLimit
- Repository: name nameWithOwner description url visibility isArchived isFork createdAt pushedAt stargazerCount forkCount owner: Actor primaryLanguage { name }; issue(number: Int!); pullRequest(number: Int!); issues(states: [IssueState!], labels: [String!], orderBy: IssueOrder); pullRequests(states: [PullRequestState!], baseRefName, orderBy: IssueOrder); labels(query); milestones(states); releases; latestRelease; defaultBranchRef; ref(qualifiedName: String!); stargazers; forks; languages
- Issue: number title body state url createdAt closedAt author: Actor milestone labels assignees comments
- PullRequest: number title body state isDraft createdAt mergedAt author mergedBy: Actor baseRefName headRefName additions deletions changedFiles labels comments reviews(states) commits
- User: login name email bio company location avatarUrl(size: Int) url createdAt repositories(orderBy: RepositoryOrder, visibility) starredRepositories followers following organizations
- Organization: login name description repositories members team(slug: String!) teams; Team: name slug description members(role: TeamRole) repositories
- Actor (interface of User, Organization, Bot): login avatarUrl url; use inline fragments for anything else
- Ref: name prefix target: GitObject (use ... on Commit); Commit: oid abbreviatedOid message messageHeadline committedDate author: GitActor { name email date user } history checkSuites
- Release: name tagName description isPrerelease publishedAt author: User; Milestone: number title state dueOn progressPercentage; Label: name color description
- Enums: IssueState OPEN CLOSED; PullRequestState OPEN CLOSED MERGED; PullRequestReviewState APPROVED CHANGES_REQUESTED COMMENTED DISMISSED; SearchType REPOSITORY ISSUE USER; OrderDirection ASC DESC; RepositoryOrderField NAME STARGAZERS CREATED_AT PUSHED_AT; IssueOrderField CREATED_AT UPDATED_AT COMMENTS; RepositoryVisibility PUBLIC PRIVATE INTERNAL; TeamRole MAINTAINER MEMBER"""


def chat(question, answer):
    return {"messages": [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": question},
                         {"role": "assistant", "content": answer}]}


def pasted_log(rng, lines):
    """A user who pastes a whole server log before asking: the over-long examples."""
    out = []
    for i in range(lines):
        minute, second = divmod(i, 60)
        request = "".join(rng.choice("0123456789abcdef") for _ in range(12))
        owner, name = pick_repo(rng)
        out.append(f"2026-11-0{1 + i % 9}T10:{minute % 60:02d}:{second:02d}Z WARN gateway request={request} "
                   f"op=RepoOverview repo={owner}/{name} status=200 latency_ms={rng.randint(40, 900)} "
                   f"complexity={rng.randint(1, 400)} cache=miss")
    return "\n".join(out)


def dataset(rng, held_out):
    rows, questions = [], set(held_out)
    broken_at = set(rng.sample(range(20, 396), 12))
    empty_at = set(rng.sample(sorted(set(range(30, 396)) - broken_at), 2))
    long_at = sorted(rng.sample(sorted(set(range(40, 396)) - broken_at - empty_at), 2))
    for i in range(396):
        while True:
            question, doc = make_case(rng)
            if question not in questions:
                break
        questions.add(question)
        answer = render(doc)
        if i in broken_at:
            _, answer = inject(doc, "prompt", rng)
        elif i in empty_at:
            answer = ""
        elif i in long_at:
            size = 500 if i == long_at[0] else 120
            question = ("Our gateway keeps logging slow RepoOverview calls. Here is the log from this morning:\n\n"
                        + pasted_log(rng, size) + "\n\n" + question)
        rows.append(chat(question, answer))
    # A few exact duplicates, as happens when two files are concatenated.
    for source in sorted(rng.sample(range(0, 396), 4)):
        rows.insert(rng.randrange(source + 1, len(rows) + 1), copy.deepcopy(rows[source]))
    return rows


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)), help="output folder (default: next to this script)")
    out = parser.parse_args().out
    os.makedirs(os.path.join(out, "evals"), exist_ok=True)
    cases, runs = eval_runs(random.Random(SEED))
    for rung in RUNGS:
        write_jsonl(os.path.join(out, "evals", f"{rung}.jsonl"), runs[rung])
    write_jsonl(os.path.join(out, "dataset.jsonl"), dataset(random.Random(SEED + 1), [q for q, _ in cases]))


if __name__ == "__main__":
    main()
