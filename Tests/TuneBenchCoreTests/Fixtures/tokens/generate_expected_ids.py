#!/usr/bin/env python3
"""Writes tiktoken_expected_ids.json (the exactness corpus and tiktoken's encode_ordinary ids for it) and
tiktoken_unicode_sweep.json (digests of the ids of a short template around every code point, block by block).

Run with tiktoken installed and the rank files reachable by tiktoken (e.g. TIKTOKEN_CACHE_DIR prepared by
.ci/tokenizer-fixtures.sh):  python3 generate_expected_ids.py
The corpus is deterministic: regenerating with the same tiktoken version gives the same file.
"""
import base64, hashlib, json, os, random, sys
import tiktoken

HERE = os.path.dirname(os.path.abspath(__file__))

def hard_cases():
    cases = [
        ("contractions mixed case", "I'm sure you'RE right, it's HE'LL, she'D, we'Ve, they're, DON'T, can'T, I'M, 'S, 's'"),
        ("contractions inside words", "rock'n'roll o'clock l'homme y'all 'tis 'twas Ma'am isn'tit"),
        ("curly apostrophes", "don\u2019t I\u2019m it\u2019s they\u2019RE"),
        ("digit runs", "1 12 123 1234 12345 123456 1234567 3.14159 1,000,000 0x1F 2026-11-25 +44 (0)20 7946 0958"),
        ("other numbers", "\u00bd \u00b2 \u2163 \u2167 \u0661\u0662\u0663 \u0967\u0968 \u2460\u2461 x\u00b2+y\u00b2"),
        ("cjk", "\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8\u3068\u6f22\u5b57\u3001\u4e2d\u6587\u5b57\u7b26\u3002\ud55c\uad6d\uc5b4 \ud14d\uc2a4\ud2b8\u3002"),
        ("cjk with ascii", "GPT-4o\u306f2024\u5e74\u306b\u767a\u8868\u3055\u308c\u305f\u3002Hello\u4e16\u754c123\u4e07"),
        ("emoji modifiers and zwj", "\U0001F44D\U0001F3FD \U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 \U0001F3F3\uFE0F\u200D\U0001F308 \u2764\uFE0F \U0001F1EF\U0001F1F5 a\U0001F600b"),
        ("combining marks", "e\u0301le\u0300ve Cafe\u0301 n\u0303 a\u0308\u0304 \u0301start Z\u0351\u0352\u0353algo x\u20dd \u0915\u093f\u0924\u093e\u092c"),
        ("arabic", "\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645! \u0627\u0644\u0639\u064e\u0631\u064e\u0628\u0650\u064a\u064e\u0651\u0629\u064f \u0661\u0662\u0663 (\u0644\u0627)"),
        ("hebrew devanagari thai", "\u05e9\u05dc\u05d5\u05dd \u0928\u092e\u0938\u094d\u0924\u0947 \u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35 \u0393\u03b5\u03b9\u03ac \u03c3\u03bf\u03c5 \u041f\u0440\u0438\u0432\u0435\u0442"),
        ("whitespace runs before newlines", "line one   \nline two\t\t\n\n   \n  indented\r\n\r\nwindows  \r\n end\n\n\n"),
        ("trailing spaces", "trailing spaces    "),
        ("trailing mixed whitespace", "text \t \n \u00a0 "),
        ("leading whitespace", "    four spaces then text"),
        ("unicode spaces", "a\u00a0b\u2003c\u3000d\u2028e\u0085f\u000bg\u000ch \u202fi\u205fj"),
        ("endoftext in text", "<|endoftext|> and <|endofprompt|> and <|fim_prefix|><|fim_middle|><|fim_suffix|>"),
        ("punctuation runs", "!!! ??? ... --- *** /// \\\\ ::: ;;; ``` ''' \"\"\" <>=!= // /* */ #!/bin/sh\n/\n"),
        ("code", "def f(x):\n    return {\"a\": [1, 2, 3], 'b': None}  # comment\n\nclass A_B(object):\n\tpass\n"),
        ("json", "{\"messages\": [{\"role\": \"system\", \"content\": \"You are helpful.\"}, {\"role\": \"user\", \"content\": \"Hi!\"}]}"),
        ("camel and upper case", "camelCaseWords PascalCase HTTPServer XMLHttpRequest iPhone McDonald's ALLCAPS\u01c5ungla \u01c8j \u02b0\u02b1 \u3005\u3006"),
        ("greek final sigma and special cases", "\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3 \u1f08\u03b8\u03ae\u03bd\u03b1\u03b9 \u00df \u1e9e \u0130stanbul \u0131 \u017f 'x'\u017f'K'\u212a"),
        ("math letters and astral", "\U0001D400\U0001D41A \U00010400\U00010428 \U00020000\U0002A6D6 \U0001F9EA\U0001FAE0"),
        ("control characters", "a\u0000b\u0001c\u007fd\u001be[0m\u0007"),
        ("urls and paths", "https://example.com/a/b?c=d&e=f#g /usr/local/bin/ C:\\Users\\x\\ ./a/../b//c"),
        ("empty", ""),
        ("single space", " "),
        ("single newline", "\n"),
    ]
    return [{"name": name, "text": text} for name, text in cases]

def invalid_utf8_cases():
    raw = [
        ("invalid utf8 lone continuation", b"ab\x80cd \xbf\xbf end"),
        ("invalid utf8 truncated sequences", b"caf\xc3 na\xe2\x82 \xf0\x9f\x98 ok\xf0\x9f"),
        ("invalid utf8 overlong and surrogate", b"x\xc0\xafy \xed\xa0\x80z \xf4\x90\x80\x80w \xff\xfe"),
    ]
    return [{"name": name, "utf8_base64": base64.b64encode(data).decode()} for name, data in raw]

def repeated_cases():
    return [
        {"name": "100 KB of one letter", "repeat": "a", "count": 102400},
        {"name": "100 KB of one accented letter", "repeat": "\u00e9", "count": 51200},
        {"name": "100 KB of one CJK character", "repeat": "\u6f22", "count": 34134},
        {"name": "100 KB of spaces", "repeat": " ", "count": 102400},
        {"name": "100 KB of newlines", "repeat": "\n", "count": 102400},
        {"name": "100 KB of one digit", "repeat": "7", "count": 102400},
        {"name": "100 KB of one emoji", "repeat": "\U0001F600", "count": 25600},
    ]

def cookbook_cases():
    path = os.path.join(HERE, "openai_cookbook_toy_chat_fine_tuning.jsonl")
    cases = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            for index, message in enumerate(json.loads(line)["messages"]):
                cases.append({"name": f"toy chat line {number} message {index + 1}", "text": message["content"]})
    return cases

def random_cases(count=400, seed=20261125):
    pool = (list("aAbBzZsStTmMdDlLvVeErR'\u2019\" \t\n\r  0123456789.,;:!?/\\-_()[]{}<>|@#$%^&*+=~`")
            + list("\u00e9\u00c9\u00f1\u00d1\u00fc\u00df\u00f8\u00e6\u0153\u00e7\u00e0\u00c0")
            + ["\u0301", "\u0308", "\u0327", "\u20dd", "\u093f", "\u0903"]
            + list("\u65e5\u672c\u8a9e\u4e2d\u6587\ud55c\uad6d\u3072\u3089\u30ab\u30bf")
            + list("\u0645\u0631\u062d\u0628\u0627\u0627\u0644\u0639\u0631\u0628\u064a\u0629")
            + list("\u041f\u0440\u0438\u0432\u0435\u0442")
            + ["\U0001F600", "\U0001F44D\U0001F3FD", "\u200d", "\ufe0f", "\u00a0", "\u2003", "\u3000", "\u2028", "\u0085", "\x0b", "\x0c"]
            + list("\u01c5\u01c8\u02b0\u3005\u2163\u00bd\u00b2\u0661\u0ed1\u017f\u212a\u03a3\u03c3\u03c2")
            + ["<|endoftext|>", "\U0001D400", "\U0001D41A", "\U00010400", "\U00020000"])
    rng = random.Random(seed)
    return [{"name": f"random mix {k}", "text": "".join(rng.choice(pool) for _ in range(rng.randint(1, 60)))}
            for k in range(count)]

def text_of(case):
    if "text" in case:
        return case["text"]
    if "utf8_base64" in case:
        return base64.b64decode(case["utf8_base64"]).decode("utf-8", errors="replace")
    return case["repeat"] * case["count"]

def periodic_runs(ids, longest_period=8):
    """Compresses ids as [[segment, times], ...]: the long, periodic id sequences of the repeated-character cases."""
    runs, i = [], 0
    while i < len(ids):
        best_period, best_times = 1, 1
        for period in range(1, longest_period + 1):
            segment, times = ids[i:i + period], 1
            while ids[i + times * period:i + (times + 1) * period] == segment:
                times += 1
            if times * period > best_times * best_period:
                best_period, best_times = period, times
        segment = ids[i:i + best_period]
        if best_times == 1 and runs and runs[-1][1] == 1:
            runs[-1][0].extend(segment)
        else:
            runs.append([segment, best_times])
        i += best_period * best_times
    return runs

SWEEP_TEMPLATE = "x{c}y {c}1 {c}{c}A'{c}\n"
SWEEP_RANGES = [(0x80, 0xD800, 1), (0xE000, 0x10000, 1), (0x10000, 0x20000, 7), (0x20000, 0x32000, 101), (0xE0000, 0xE0080, 1)]

def sweep_digests(encodings):
    """sha256 of the ids of SWEEP_TEMPLATE around every code point of each 1024-code-point block: a compact check that
    every character is classified (letter, number, mark, space...) as tiktoken's regex engine classifies it.
    Keys are FIRST-LAST-STEP: first and last code point in hex, the step in decimal."""
    digests = {name: {} for name in encodings}
    for start, end, step in SWEEP_RANGES:
        for block_start in range(start, end, 1024 * step):
            points = range(block_start, min(block_start + 1024 * step, end), step)
            for name, encoding in encodings.items():
                lines = "".join(" ".join(map(str, encoding.encode_ordinary(SWEEP_TEMPLATE.format(c=chr(p))))) + "\n" for p in points)
                digests[name][f"{points[0]:X}-{points[-1]:X}-{step}"] = hashlib.sha256(lines.encode()).hexdigest()
    return {"template": SWEEP_TEMPLATE, "digests": digests}

def main():
    encodings = {name: tiktoken.get_encoding(name) for name in ("cl100k_base", "o200k_base")}
    cases = hard_cases() + invalid_utf8_cases() + repeated_cases() + cookbook_cases() + random_cases()
    for case in cases:
        text = text_of(case)
        for name, encoding in encodings.items():
            ids = encoding.encode_ordinary(text)
            if "repeat" in case:
                case[name + "_runs"] = periodic_runs(ids)
            else:
                case[name] = ids
    out = {"generator": "generate_expected_ids.py", "tiktoken_version": tiktoken.__version__, "cases": cases}
    with open(os.path.join(HERE, "tiktoken_expected_ids.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=True, separators=(",", ":"))
        f.write("\n")
    with open(os.path.join(HERE, "tiktoken_unicode_sweep.json"), "w", encoding="utf-8") as f:
        json.dump(sweep_digests(encodings), f, ensure_ascii=True, indent=1, sort_keys=True)
        f.write("\n")
    print(f"{len(cases)} cases and the Unicode sweep written with tiktoken {tiktoken.__version__}", file=sys.stderr)

if __name__ == "__main__":
    main()
