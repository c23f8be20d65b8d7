#!/usr/bin/env python3
"""A textpipe exec stage: counts words and long words, and guesses the language.

Protocol (docs/exec-protocol.md): answer the handshake line, then read one
document per line and write one line with the fields to add. Logs go to stderr.
"""
import json
import re
import sys

# A few very common function words per language: enough to tell them apart.
FUNCTION_WORDS = {
    "en": {"the", "and", "of", "to", "is", "in", "that", "it", "was", "for", "with", "on"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "zu", "auf", "den"},
    "fr": {"le", "la", "les", "et", "est", "un", "une", "des", "du", "dans", "pour", "pas"},
    "es": {"el", "la", "los", "las", "y", "es", "un", "una", "del", "en", "por", "que"},
}
WORD = re.compile(r"\w+(?:['’-]\w+)*")


def guess_language(words):
    counts = {lang: sum(word in common for word in words) for lang, common in FUNCTION_WORDS.items()}
    best = max(counts, key=counts.get)
    return best if counts[best] >= 2 else "unknown"


def annotate(document, long_word):
    words = [word.lower() for word in WORD.findall(document["text"])]
    return {
        "word_count": len(words),
        "long_words": sum(len(word) >= long_word for word in words),
        "meta": {"language_guess": guess_language(words)},
    }


def main():
    handshake = json.loads(sys.stdin.readline())
    long_word = int(handshake["options"].get("long_word", 7))
    print(json.dumps({"textpipe": 1}), flush=True)
    print(f"ready; long words have {long_word}+ letters", file=sys.stderr, flush=True)
    for line in sys.stdin:
        try:
            answer = annotate(json.loads(line), long_word)
        except Exception as error:  # one bad document must not end the worker
            answer = {"error": f"{type(error).__name__}: {error}"}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
