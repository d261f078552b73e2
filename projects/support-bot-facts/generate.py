#!/usr/bin/env python3
"""Seeded, deterministic generator of the support-bot-facts example's data (Python 3 standard library only).

Writes, next to this file (or into --out DIR):
  dataset.jsonl         60 OpenAI chat examples of support answers (what a team would fine-tune on to "teach facts")
  evals/<rung>.jsonl    the same 100 held-out questions answered at the rungs baseline, prompt and rag, in
                        tunebench's generic JSONL shape; `expected` is the fact the answer must contain

The grader is a case-insensitive "output contains expected" check. Running this twice gives byte-identical files
(see ../check-generated.sh).
"""
import argparse
import json
import math
import os
import random

SEED = 20261126
RUNGS = ["baseline", "prompt", "rag"]
# Passing answers per rung out of 100, and how many of them carry over from the previous rung.
PASSES = {"baseline": (31, None), "prompt": (44, 30), "rag": (91, 43)}

# Each fact: what the answer must contain, the help-center sentence, plausible wrong values a model invents,
# a stale value from last year's help center (or None), questions, and whether a generic guess is often right.
FACTS = [
    ("30 days", "You can get a full refund within {} of purchase, no questions asked.", ["14 days", "60 days"], None,
     ["What's your refund policy?", "How long do I have to ask for a refund?", "Can I still get my money back three weeks after buying?"], True),
    ("14 days", "The free trial lasts {} and includes every Business feature.", ["30 days", "7 days"], None,
     ["How long is the free trial?", "How many days do I get to try Parcelwise for free?", "Is the trial one week or longer?"], True),
    ("$49", "The Pro plan costs {} per seat per month, billed monthly.", ["$29", "$99"], "$39",
     ["How much is the Pro plan?", "What does Pro cost per user?", "Price of a Pro seat per month?"], False),
    ("$89", "The Business plan costs {} per seat per month.", ["$79", "$149"], "$75",
     ["What's the price of the Business plan?", "How much per seat is Business?"], False),
    ("20%", "Paying annually saves {} compared with monthly billing.", ["15%", "10%"], None,
     ["Is there a discount for paying yearly?", "How much do I save with annual billing?"], True),
    ("3 projects", "The Free plan includes up to {} and 50 labels a month.", ["5 projects", "1 project"], None,
     ["How many projects can I have on the free plan?", "What are the limits of the Free plan?"], False),
    ("20:00 CET", "Our support team answers chat and email from 08:00 to {}, Monday to Friday.", ["5pm EST", "18:00 CET"], None,
     ["What are your support hours?", "When is live chat staffed?", "Can I reach support at 7pm Amsterdam time?"], False),
    ("Enterprise", "Phone support is included in the {} plan only.", ["all paid", "Business"], None,
     ["Do you offer phone support?", "Can I call someone instead of using chat?"], False),
    ("99.95%", "Enterprise customers get a {} monthly uptime SLA with service credits.", ["99.9%", "99.99%"], None,
     ["What uptime do you guarantee?", "What's the SLA for Enterprise?"], False),
    ("90 days", "After cancellation we keep your data for {}, then delete it permanently.", ["30 days", "1 year"], "60 days",
     ["How long do you keep my data after I cancel?", "If I close my account, when is my data deleted?"], False),
    ("Frankfurt", "Customer data is stored in {} (EU) or Oregon (US), chosen at sign-up.", ["Ireland", "Virginia"], None,
     ["Where is my data stored?", "Which data centers do you use?", "Is my data hosted in the EU?"], False),
    ("600 requests", "The REST API allows {} per minute per API key.", ["1,000 requests", "100 requests"], "300 requests",
     ["What is the API rate limit?", "How many API calls per minute can I make?"], False),
    ("5,000 labels", "A single batch can print up to {} at once.", ["1,000 labels", "500 labels"], "2,000 labels",
     ["How many labels can I print in one batch?", "What's the max batch size for label printing?"], False),
    ("Business", "Single sign-on (SAML and OIDC) is available on the {} plan and above.", ["Enterprise"], None,
     ["Which plan do I need for SSO?", "Do you support SAML single sign-on on Pro?"], False),
    ("24 hours", "Password reset links expire after {}.", ["1 hour", "48 hours"], None,
     ["How long is a password reset link valid?", "My reset link from yesterday doesn't work - do they expire?"], True),
    ("SEPA", "We accept credit cards and {} direct debit; Enterprise can pay by invoice.", ["PayPal", "wire transfer only"], None,
     ["Which payment methods do you accept?", "Can I pay by direct debit?"], False),
    ("50%", "Nonprofits and students get {} off any paid plan.", ["30%", "25%"], None,
     ["Do you have a nonprofit discount?", "Is there a student discount?"], False),
    ("7 days", "Account deletion requests are completed within {}.", ["30 days", "48 hours"], None,
     ["How long does it take to delete my account?", "When will my account deletion be finished?"], False),
    ("every 6 hours", "We back up all customer data {} and keep backups for 35 days.", ["daily", "every hour"], None,
     ["How often do you back up data?", "What's your backup frequency?"], False),
    ("status.parcelwise.io", "Live service status and incident history are on {}.", ["parcelwise.statuspage.io", "our Twitter account"], None,
     ["Where can I see if Parcelwise is down?", "Do you have a status page?"], False),
    ("ISO 27001", "Parcelwise is {} certified; the certificate is on our Trust page.", ["SOC 2 Type II", "PCI DSS Level 1"], None,
     ["What security certifications do you have?", "Are you ISO certified?"], True),
    ("25 seats", "The Enterprise plan starts at {}.", ["10 seats", "50 seats"], "20 seats",
     ["What's the minimum size for Enterprise?", "How many seats do I need to buy Enterprise?"], False),
    ("CSV", "You can export shipments and invoices as {} or JSON from the Reports page.", ["Excel", "PDF"], None,
     ["In which formats can I export my shipments?", "Can I export data to a spreadsheet?"], True),
    ("40 carriers", "Parcelwise integrates with {}, including DHL, UPS, PostNL and DPD.", ["over 100 carriers", "20 carriers"], "35 carriers",
     ["How many carriers do you support?", "Which shipping carriers are integrated?"], False),
    ("Rotterdam", "Parcelwise B.V. is headquartered in {}, the Netherlands.", ["Amsterdam", "Berlin"], None,
     ["Where is Parcelwise based?", "Where are your headquarters?"], False),
]
PREFIXES = ["", "", "Hi! ", "Quick question: ", "A customer asks: ", "Hello, ", "Hey - "]
ABSTAIN = ["I'm not sure about that. Please check the Parcelwise Help Center or write to support@parcelwise.io.",
           "I don't have that information; our support team can confirm it for you.",
           "I can't find that in what I know about Parcelwise. Could you contact support?"]
SYSTEM_PROMPT = ("You are the support assistant of Parcelwise, a shipping-label platform for online shops. Answer "
                 "customers' questions about plans, billing, data and the product briefly and accurately.")


def answer(fact, value):
    return fact[1].format(value)


def weighted_sample(rng, population, weight, k):
    keyed = sorted(population, key=lambda item: -math.log(rng.random()) / weight(item))
    return sorted(keyed[:k])


def ask(rng, fact, taken):
    for _ in range(100):
        prefix, question = rng.choice(PREFIXES), rng.choice(fact[4])
        if prefix.endswith((", ", ": ", "- ")) and not question.startswith("I "):
            question = question[0].lower() + question[1:]
        question = prefix + question
        if question not in taken:
            taken.add(question)
            return question
    raise AssertionError("not enough phrasings")


def eval_runs(rng):
    taken, cases = set(), []
    for fact in FACTS:
        for _ in range(4):
            cases.append((fact, ask(rng, fact, taken)))
    order = list(range(len(cases)))
    rng.shuffle(order)
    cases = [cases[i] for i in order]
    ids = list(range(len(cases)))
    passing, previous = {}, None
    for rung in RUNGS:
        total, kept = PASSES[rung]
        # A generic guess is right more often for industry-default facts (a 14-day trial, ISO 27001, ...).
        weight = lambda i: 4.0 if cases[i][0][5] else 1.0
        if previous is None:
            passing[rung] = weighted_sample(rng, ids, weight, total)
        else:
            stay = weighted_sample(rng, previous, weight, kept)
            new = weighted_sample(rng, [i for i in ids if i not in previous], weight, total - kept)
            passing[rung] = sorted(stay + new)
        previous = passing[rung]
    runs = {}
    for rung in RUNGS:
        good = set(passing[rung])
        lines = []
        for i, (fact, question) in enumerate(cases):
            if i in good:
                output = answer(fact, fact[0])
            elif rung == "baseline":
                output = answer(fact, rng.choice(fact[2]))           # a confident, plausible invention
            elif rung == "prompt":
                # Told not to guess, the model abstains more often than it invents.
                output = rng.choice(ABSTAIN) if rng.random() < 0.6 else answer(fact, rng.choice(fact[2]))
            else:
                # Retrieval misses: a stale article, or an article about something else.
                output = answer(fact, fact[3]) if fact[3] and rng.random() < 0.7 else rng.choice(ABSTAIN)
            passed = fact[0].lower() in output.lower()
            assert passed == (i in good), (rung, output, fact[0])
            lines.append({"id": f"case-{i + 1:03d}", "input": question, "output": output, "expected": fact[0]})
        runs[rung] = lines
    return runs, taken


def dataset(rng, held_out):
    taken = set(held_out)
    rows = []
    stale = {i for i, fact in enumerate(FACTS) if fact[3]}
    stale_rows = set(rng.sample(range(60), 3))
    for n in range(60):
        index = rng.randrange(len(FACTS))
        if n in stale_rows:
            index = rng.choice(sorted(stale))
        fact = FACTS[index]
        value = fact[3] if n in stale_rows else fact[0]
        question = ask(rng, fact, taken)
        rows.append({"messages": [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": question},
                                  {"role": "assistant", "content": answer(fact, value)}]})
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
    runs, questions = eval_runs(random.Random(SEED))
    for rung in RUNGS:
        write_jsonl(os.path.join(out, "evals", f"{rung}.jsonl"), runs[rung])
    write_jsonl(os.path.join(out, "dataset.jsonl"), dataset(random.Random(SEED + 1), questions))


if __name__ == "__main__":
    main()
