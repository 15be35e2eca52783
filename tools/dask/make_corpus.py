#!/usr/bin/python3
"""make_corpus.py [--sample=DIR] N OUT.jsonl [ARTICLES]: a synthetic JSONL corpus of N records for the
cluster driver's tests and benchmarks, built from the sample articles in
testdata/corpus (our own texts), with bad lines scattered in it: malformed
JSON, a line that is no JSON object, invalid UTF-8, blank lines. With
ARTICLES, also a directory of article files (.txt and .md) in subdirectories.
--sample names the sample corpus (default: this repository's testdata/corpus).

The records are the sample paragraphs recombined: each record takes three to
eight paragraphs, starting at a different one, so no two records are alike."""

import argparse
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')


def paragraphs(corpus):
    paras = []
    for name in sorted(os.listdir(corpus)):
        path = os.path.join(corpus, name)
        if name.endswith(('.txt', '.md')):
            with open(path, encoding='utf-8') as f:
                text = f.read()
        elif name.endswith('.jsonl'):
            with open(path, encoding='utf-8') as f:
                text = '\n\n'.join(json.loads(l)['text'] for l in f if l.strip())
        else:
            continue
        paras += [p.strip() for p in re.split(r'\n\s*\n', text) if len(p.strip()) > 40]
    return paras


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--sample', default=os.path.join(ROOT, 'testdata', 'corpus'))
    ap.add_argument('n', type=int)
    ap.add_argument('out')
    ap.add_argument('articles', nargs='?')
    args = ap.parse_args()
    n, out = args.n, args.out
    paras = paragraphs(args.sample)
    if not paras:
        sys.exit('make_corpus: no paragraphs in %s' % args.sample)
    with open(out, 'wb') as f:
        for i in range(n):
            k = 3 + i % 6
            text = '\n\n'.join(paras[(i * 7 + j) % len(paras)] for j in range(k))
            line = json.dumps({'id': 'rec-%05d' % i, 'title': 'Record %d' % i, 'text': text},
                              ensure_ascii=False).encode('utf-8')
            if i % 397 == 41:
                line = line[:len(line) // 2]  # cut short: malformed JSON
            elif i % 541 == 77:
                line = b'["not", "an", "object"]'
            elif i % 811 == 99:
                line = line.replace(b'Record', b'Rec\xff\xfeord', 1)  # invalid UTF-8
            f.write(line + b'\n')
            if i % 613 == 5:
                f.write(b'\n')
    if args.articles:
        d = args.articles
        for i in range(max(1, n // 10)):
            sub = os.path.join(d, 'section-%d' % (i % 4))
            os.makedirs(sub, exist_ok=True)
            ext = '.md' if i % 3 == 0 else '.txt'
            k = 2 + i % 5
            text = '\n\n'.join(paras[(i * 5 + j) % len(paras)] for j in range(k))
            with open(os.path.join(sub, 'story-%04d%s' % (i, ext)), 'w', encoding='utf-8') as f:
                f.write(('# Story %d\n\n' % i if ext == '.md' else '') + text + '\n')


if __name__ == '__main__':
    main()
