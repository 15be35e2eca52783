#!/usr/bin/env python3
"""Writes synthetic rule packs for measuring how claimcheck scales with rules.

Usage: tools/gen_rules.py MULTIPLE OUT.yaml

Writes MULTIPLE x (the number of built-in rules, 20) lexical rules of
realistic news phrases ("officials privately warned", "critics openly
argued"), in the narration scope, so that each has to be matched like a real
rule. The same shape as the synthetic pack in engine/check_benchmark.cc.
"""
import sys

VERBS = ["said", "warned", "claimed", "argued", "suggested", "insisted", "noted",
         "hinted", "feared", "predicted"]
NOUNS = ["officials", "analysts", "critics", "residents", "experts", "lawmakers",
         "investors", "observers", "diplomats", "aides"]
TAILS = ["privately", "repeatedly", "publicly", "quietly", "openly", "cautiously",
         "angrily", "flatly", "vaguely", "loudly"]
BUILTIN_RULES = 20


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    n = int(sys.argv[1]) * BUILTIN_RULES
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        out.write("pack: synthetic\nrules:\n")
        for i in range(n):
            a = f"{NOUNS[i % 10]} {TAILS[(i // 10) % 10]} {VERBS[(i // 100) % 10]}"
            b = f"{TAILS[i % 10]} {VERBS[(i // 10) % 10]} r{i}"
            out.write(f"  - id: synth.r{i}\n    category: synthetic\n    severity: info\n"
                      f"    message: \"{{match}}\"\n    words: [\"{a}\", \"{b}\"]\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
