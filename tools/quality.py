#!/usr/bin/env python3
"""claimcheck's quality report: the current build over the judged corpus.

The judged corpus (testdata/judged/) holds verdicts on real articles that are
not in the repository: BBC News 2004-05 and PolNeAR (US 2016) from
../shared/data. It stores ids, character offsets and fingerprints, never the
articles' text; this script reads the text from the data directory.

  tools/quality.py [report] [--split dev|dev2|holdout|holdout2|holdout3|holdout4|holdout5|holdout6|holdout7|holdout8|holdout9|holdout10|holdout11|holdout12|holdout13|holdout14|holdout15|holdout16|holdout17|holdout18|holdout19|holdout20|holdout21|holdout22|holdout23|holdout24|holdout25|holdout26|holdout27|holdout28|holdout29|holdout30|all] [--unjudged]
      per-rule precision, recall of clear flags, speaker accuracy, and the
      findings, quotes and claims nobody has judged yet
  tools/quality.py packets --out DIR [--split ...] [--all]
      judging packets (article, findings, quotes, claims) for a judge, one
      file per article, written outside the repository
  tools/quality.py import FILE...
      adds a judge's verdicts (JSON lines, see testdata/judged/README.md)
  tools/quality.py validate
      checks the corpus files (used by //tools:quality_corpus_test)

Options: --binary (default bazel-bin/tools/claimcheck), --data (default
../shared/data next to the repository, or $CLAIMCHECK_DATA).
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JUDGED = os.path.join(ROOT, 'testdata', 'judged')
CORPUS_FILES = {'bbc': 'bbc_dev.jsonl', 'polnear': 'polnear_train.jsonl'}
VERDICTS = ('correct', 'debatable', 'wrong')
# Why a finding is wrong or debatable (testdata/judged/README.md explains each).
REASONS = ('figure-of-record', 'figure-sourced', 'sourced-nearby', 'voice-reported',
           'voice-quote', 'duplicate', 'noun-sense', 'non-reporting-sense', 'question',
           'legal-allegation', 'wrong-speaker', 'not-speculation', 'not-agentless',
           'not-disputed', 'neutral-use', 'extraction', 'other')
CATEGORIES = ('hedged', 'disputed', 'unsourced', 'attribution')

# The judged samples, in the order they were drawn (articles.tsv's split column).
SPLITS = ('dev', 'holdout', 'dev2', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'holdout7', 'holdout8', 'holdout9', 'holdout10', 'holdout11', 'holdout12', 'holdout13', 'holdout14', 'holdout15', 'holdout16', 'holdout17', 'holdout18', 'holdout19', 'holdout20', 'holdout21', 'holdout22', 'holdout23', 'holdout24', 'holdout25', 'holdout26', 'holdout27', 'holdout28', 'holdout29', 'holdout30', 'holdout31', 'holdout32', 'holdout33', 'holdout34', 'holdout35', 'holdout36', 'holdout37', 'holdout38', 'holdout39')


def fail(msg):
    sys.stderr.write('quality: %s\n' % msg)
    sys.exit(2)


# --- corpus files --------------------------------------------------------------

def read_tsv(name, columns):
    """Rows of testdata/judged/NAME as dicts; '#' lines are comments."""
    path = os.path.join(JUDGED, name)
    rows = []
    if not os.path.exists(path):
        return rows
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            parts = line.split('\t')
            if len(parts) < len(columns) - 1 or len(parts) > len(columns):
                fail('%s:%d: expected %d tab-separated columns (%s), got %d'
                     % (path, n, len(columns), ', '.join(columns), len(parts)))
            parts += [''] * (len(columns) - len(parts))
            row = dict(zip(columns, parts))
            row['_where'] = '%s:%d' % (path, n)
            rows.append(row)
    return rows


ARTICLE_COLS = ('corpus', 'id', 'annotator', 'split')
FINDING_COLS = ('doc', 'rule', 'fingerprint', 'offset', 'verdict', 'reason', 'note', 'speaker')
FLAG_COLS = ('doc', 'start', 'end', 'category', 'rules', 'note')
SPEAKER_COLS = ('doc', 'kind', 'anchor', 'expected', 'note')


_TEMPLATES = None


def message_templates():
    """Rule id -> message template, read from rules/*.yaml (no YAML library:
    the packs write `- id:` and `message:` one per line)."""
    global _TEMPLATES
    if _TEMPLATES is None:
        _TEMPLATES = {}
        rules_dir = os.path.join(ROOT, 'rules')
        for name in sorted(os.listdir(rules_dir)):
            if not name.endswith('.yaml'):
                continue
            rid = None
            with open(os.path.join(rules_dir, name), encoding='utf-8') as f:
                for line in f:
                    m = re.match(r'\s*-\s*id:\s*(\S+)', line)
                    if m:
                        rid = m.group(1)
                    m = re.match(r'\s*message:\s*"(.*)"\s*$', line)
                    if m and rid:
                        _TEMPLATES[rid] = m.group(1).replace('\\"', '"')
    return _TEMPLATES


def speaker_in_message(rule, message):
    """The speaker a finding's message names ('-' when its rule names none):
    a verdict on such a finding holds only while it names the same one."""
    tmpl = message_templates().get(rule, '')
    if '{speaker}' not in tmpl:
        return '-'
    message = re.sub(r' \(also [^)]*\)$', '', message)
    pat = re.escape(tmpl)
    # Greedy: in "{speaker} {cue} the claim" a lazy speaker would stop at the
    # first word ("Kostas" of "Kostas Kenteris denied the claim").
    pat = pat.replace(re.escape('{speaker}'), '(?P<speaker>.+)')
    pat = re.sub(re.escape('\\{') + r'\w+' + re.escape('\\}'), '.*?', pat)
    m = re.fullmatch(pat, message, re.S)
    return m.group('speaker') if m else '?'


def doc_key(corpus, rid):
    return '%s:%s' % (corpus, rid)


def load_articles(data_dir, split):
    wanted = collections.OrderedDict()
    for row in read_tsv('articles.tsv', ARTICLE_COLS):
        if split != 'all' and row['split'] != split:
            continue
        wanted[(row['corpus'], row['id'])] = row
    texts = collections.OrderedDict()
    for corpus, fname in CORPUS_FILES.items():
        need = {k[1]: v for k, v in wanted.items() if k[0] == corpus}
        if not need:
            continue
        path = os.path.join(data_dir, fname)
        if not os.path.exists(path):
            fail('%s not found: pass --data or set CLAIMCHECK_DATA' % path)
        with open(path, encoding='utf-8') as f:
            for line in f:
                r = json.loads(line)
                row = need.get(r['id'])
                if row is None:
                    continue
                if row['annotator'] not in ('-', '') and r.get('annotator') != row['annotator']:
                    continue
                key = doc_key(corpus, r['id'])
                if key not in texts:
                    texts[key] = {'text': r['text'], 'title': r.get('title', ''),
                                  'split': row['split']}
    missing = [doc_key(*k) for k in wanted if doc_key(*k) not in texts]
    if missing:
        fail('articles not found in %s: %s' % (data_dir, ', '.join(missing[:5])))
    return texts


# --- running the binary --------------------------------------------------------

def run_binary(binary, texts, enable=()):
    """Findings and extracted items per document, offsets as characters.

    `enable`: rules off by default to run as well (their precision is
    measured on the same articles as every other rule's)."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, 'judged.jsonl')
        with open(corpus, 'w', encoding='utf-8') as f:
            for key, art in texts.items():
                # As the corpus holds it: the title too (PolNeAR's text opens
                # with it, and claimcheck reads that paragraph as the headline).
                f.write(json.dumps({'id': key, 'title': art['title'], 'text': art['text']},
                                   ensure_ascii=False) + '\n')
        out = {}
        for cmd in ('check', 'extract'):
            args = [binary, cmd, '--format=jsonl', corpus]
            if cmd == 'check':
                args.insert(2, '--fail-on=never')
                args[3:3] = ['--enable=' + r for r in enable]
            p = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if p.returncode != 0:
                fail('%s exited %d: %s' % (' '.join(args), p.returncode,
                                           p.stderr.decode('utf-8', 'replace')))
            out[cmd] = [json.loads(l) for l in p.stdout.decode('utf-8').splitlines() if l]
    docs = {key: {'findings': [], 'sentences': [], 'quotes': [], 'claims': []} for key in texts}
    conv = {key: ByteToChar(art['text']) for key, art in texts.items()}
    for r in out['extract']:
        d = docs[r['doc_id']]
        cv = conv[r['doc_id']]
        for k in ('start', 'end', 'speaker_start', 'speaker_end', 'cue_start', 'cue_end'):
            if r.get(k) is not None:
                r[k] = cv(r[k])
        if r['type'] == 'sentence':
            d['sentences'].append(r)
        elif r['type'] == 'quote':
            # Quotes that share one attribution ("“A,” he said. “B.”") are
            # one item with "parts": each part is a quote of that speaker.
            parts = r.get('parts') or []
            if parts:
                r['start'], r['end'] = cv(parts[0]['start']), cv(parts[0]['end'])
            d['quotes'].append(r)
            for part in parts[1:]:
                extra = dict(r)
                extra['start'], extra['end'] = cv(part['start']), cv(part['end'])
                extra['continued'] = True
                d['quotes'].append(extra)
        elif r['type'] == 'claim':
            d['claims'].append(r)
            # A partial quote inside a reported claim of the same cue is
            # printed with the claim ("quotes"), not on its own: it is still
            # a quote, and its speaker is the claim's.
            for nq in r.get('quotes') or []:
                d['quotes'].append({'type': 'quote', 'kind': 'partial', 'start': cv(nq['start']),
                                    'end': cv(nq['end']), 'speaker': r.get('speaker'),
                                    'speaker_start': r.get('speaker_start'),
                                    'speaker_end': r.get('speaker_end'), 'cue': r.get('cue'),
                                    'cue_start': r.get('cue_start'), 'cue_end': r.get('cue_end'),
                                    'inherited': False, 'in_claim': True})
    for r in out['check']:
        cv = conv[r['doc_id']]
        d = docs[r['doc_id']]
        r['byte_start'] = r['start']
        for k in ('start', 'end', 'speaker_start', 'speaker_end', 'cue_start', 'cue_end',
                  'evidence_start', 'evidence_end'):
            if r.get(k) is not None:
                r[k] = cv(r[k])
        d['findings'].append(r)
    for key, d in docs.items():
        text = texts[key]['text']
        seen = collections.Counter()
        for f in d['findings']:
            f['sentence'] = sentence_at(d['sentences'], f['start'])
            fp = fingerprint(f['rule'], text[f['start']:f['end']],
                             text[f['sentence'][0]:f['sentence'][1]])
            # The same words twice in one sentence: the second is FP.2.
            seen[fp] += 1
            f['fingerprint'] = fp if seen[fp] == 1 else '%s.%d' % (fp, seen[fp])
    return docs


class ByteToChar:
    def __init__(self, text):
        self.table = []
        b = 0
        for i, ch in enumerate(text):
            self.table.append(b)
            b += len(ch.encode('utf-8'))
        self.table.append(b)
        self.index = {bo: i for i, bo in enumerate(self.table)}

    def __call__(self, byte_offset):
        return self.index[byte_offset]


def sentence_at(sentences, start):
    for s in sentences:
        if s['start'] <= start < s['end']:
            return (s['start'], s['end'])
    return (start, start)


def collapse(s):
    return ' '.join(s.split())


def fingerprint(rule, words, sentence):
    """The baseline and SARIF fingerprint: FNV-1a over rule, words, sentence."""
    h = 1469598103934665603
    for part in (rule.encode(), b'\x1f', collapse(words).encode('utf-8'), b'\x1f',
                 collapse(sentence).encode('utf-8')):
        for c in part:
            h ^= c
            h = (h * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    return '%016x' % h


# --- scoring -------------------------------------------------------------------

TITLE_WORDS = {'mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'the', 'sen', 'rep', 'gov',
               'president', 'senator', 'prime', 'minister', 'chancellor', 'secretary', 'former',
               'a', 'an', 'his', 'her', 'their', 'its', 'said', 'says'}


def name_words(s):
    words = re.findall(r"[\w’'-]+", s.lower())
    words = [re.sub(r"(’s|'s)$", '', w) for w in words]
    return [w for w in words if w not in TITLE_WORDS]


def same_speaker(got, expected):
    """A resolved speaker names the expected one: equal, or one's name words
    contain the other's ("Blair" for "Tony Blair"; "a ministry spokesman"
    for "ministry spokesman")."""
    if got is None or expected is None:
        return got is None and expected is None
    g, e = set(name_words(got)), set(name_words(expected))
    if not g or not e:
        return collapse(got).lower() == collapse(expected).lower()
    return g <= e or e <= g


def severity_rank(s):
    return {'info': 0, 'warning': 1, 'error': 2}[s]


class Scores:
    def __init__(self):
        self.n = collections.Counter()
        self.v = collections.defaultdict(collections.Counter)

    def add(self, key, verdict):
        self.n[key] += 1
        self.v[key][verdict] += 1

    def precision(self, key):
        c, w = self.v[key]['correct'], self.v[key]['wrong']
        return c / (c + w) if c + w else None


def fmt(p):
    return '   -' if p is None else '%.2f' % p


def judge_findings(docs, texts):
    """Matches findings to verdicts: by fingerprint, else by document, rule
    and words when that pair is unique on both sides."""
    verdicts = read_tsv('findings.tsv', FINDING_COLS)
    # The same words twice in one sentence share a fingerprint (FP, FP.2, …):
    # those are told apart by where they start in the article, which does not
    # change. A fingerprint judged once matches wherever it now starts.
    # A verdict on a message that names a speaker holds for that speaker
    # only: with another one it is a different finding, judged on its own
    # (findings.tsv may hold one row per speaker for the same words).
    by_place = collections.defaultdict(list)
    by_fp = collections.defaultdict(list)
    for v in verdicts:
        base = v['fingerprint'].split('.')[0]
        by_place[(v['doc'], base, int(v['offset']))].append(v)
        by_fp[(v['doc'], base)].append(v)

    # (The same person written more or less fully, "Donald J. Trump" for
    # "Donald Trump", is the same speaker.)
    def holds(v, f):
        if v.get('speaker') in (None, '', '-'):
            return True
        got = speaker_in_message(f['rule'], f['message'])
        return got == v['speaker'] or (len(name_words(got)) >= 2 and len(name_words(v['speaker'])) >= 2 and
                                       same_speaker(got, v['speaker']))

    for key, d in docs.items():
        for f in d['findings']:
            base = f['fingerprint'].split('.')[0]
            v = next((v for v in by_place.get((key, base, f['start']), []) if holds(v, f)), None)
            if v is None:
                offsets = {x['offset'] for x in by_fp.get((key, base), [])}
                if len(offsets) == 1:
                    v = next((v for v in by_fp[(key, base)] if holds(v, f)), None)
            # "Duplicate" judged a finding beside its twin. Standing alone now
            # (the twin folded into it), it needs judging on its own merits.
            if v is not None and v['reason'] == 'duplicate' and not any(
                    g is not f and g['start'] < f['end'] and f['start'] < g['end']
                    for g in d['findings']):
                v = None
            f['verdict'] = v
    return verdicts


def report(args):
    texts = load_articles(args.data, args.split)
    docs = run_binary(args.binary, texts, args.enable)
    judge_findings(docs, texts)
    words = sum(len(a['text'].split()) for a in texts.values())
    scores = Scores()
    unjudged = []
    by_corpus = Scores()
    reasons = collections.Counter()
    for key, d in docs.items():
        for f in d['findings']:
            v = f['verdict']
            if v is None:
                unjudged.append((key, f))
                continue
            verdict = v['verdict']
            scores.add(f['rule'], verdict)
            scores.add('all', verdict)
            by_corpus.add(key.split(':')[0], verdict)
            if severity_rank(f['severity']) >= 1:
                scores.add('warning+', verdict)
            if severity_rank(f['severity']) >= severity_rank(args.gate):
                scores.add('gate', verdict)
            if verdict != 'correct':
                reasons[(verdict, v['reason'])] += 1
    nfind = sum(len(d['findings']) for d in docs.values())
    sev = {}
    for d in docs.values():
        for f in d['findings']:
            sev[f['rule']] = f['severity']
    print('claimcheck quality: %d articles (%s), %d words, %d findings (%.1f per 1,000 words), '
          '%d not judged' % (len(texts), args.split, words, nfind, 1000.0 * nfind / max(words, 1),
                             len(unjudged)))
    print()
    print('%-30s %-8s %5s %8s %10s %6s %10s' % ('rule', 'severity', 'n', 'correct', 'debatable',
                                                 'wrong', 'precision'))
    for rule in sorted(k for k in scores.n if '.' in k):
        c = scores.v[rule]
        print('%-30s %-8s %5d %8d %10d %6d %10s' % (rule, sev.get(rule, '?'), scores.n[rule],
                                                    c['correct'], c['debatable'], c['wrong'],
                                                    fmt(scores.precision(rule))))
    for key, label in (('all', 'all findings'), ('warning+', 'warnings and errors'),
                       ('gate', 'default gate (>= %s)' % args.gate)):
        c = scores.v[key]
        print('%-39s %5d %8d %10d %6d %10s' % (label, scores.n[key], c['correct'],
                                               c['debatable'], c['wrong'],
                                               fmt(scores.precision(key))))
    for corpus in sorted(by_corpus.n):
        c = by_corpus.v[corpus]
        print('%-39s %5d %8d %10d %6d %10s' % ('  ' + corpus, by_corpus.n[corpus], c['correct'],
                                               c['debatable'], c['wrong'],
                                               fmt(by_corpus.precision(corpus))))
    if reasons:
        print()
        print('why findings are wrong or debatable:')
        for (verdict, reason), n in sorted(reasons.items(), key=lambda x: -x[1]):
            print('  %-10s %-22s %d' % (verdict, reason or '?', n))
    print()
    flag_report(docs, texts, args)
    print()
    speaker_report(docs, texts, args)
    if args.unjudged and unjudged:
        print()
        print('findings not judged yet:')
        for key, f in unjudged:
            text = texts[key]['text']
            s = f['sentence']
            print('  %s\t%s\t%s\t%d\t%s\n      %s' % (key, f['rule'], f['fingerprint'], f['start'],
                                                    text[f['start']:f['end']],
                                                    collapse(text[s[0]:s[1]])))
    return 0


def also_rules(message):
    """The rules a finding's message names as hitting the same words."""
    m = re.search(r'\(also ([^)]*)\)\s*$', message)
    return [r.strip() for r in m.group(1).split(',')] if m else []


def flag_report(docs, texts, args):
    flags = [r for r in read_tsv('flags.tsv', FLAG_COLS) if r['doc'] in docs]
    caught = collections.Counter()
    total = collections.Counter()
    by_named_rule = 0
    missed = []
    for fl in flags:
        d = docs[fl['doc']]
        s, e = int(fl['start']), int(fl['end'])
        accept = [x.strip() for x in fl['rules'].split(',') if x.strip()]
        # Caught: a finding of the flag's category on its words (or on its
        # speaker). The judge's rule ids say which rule they expected; the
        # editor is served by any rule of the category that points there.
        # (A finding stands for every rule that hit its words: "one finding
        # per span" reports the most specific and names the others in its
        # message, "(also unsourced.weasel)", and the editor reads them all.)
        hit = named = False
        for f in d['findings']:
            if f['start'] < e and s < f['end'] or (f.get('speaker_start') is not None and
                                                   f['speaker_start'] < e and s < f['speaker_end']):
                # (The finding's own category; for the rules it names, the
                # category their id opens with, as the built-in packs' do.)
                if f['category'] == fl['category']:
                    hit = True
                for rule in [f['rule']] + also_rules(f['message']):
                    if rule != f['rule'] and rule.split('.')[0] == fl['category']:
                        hit = True
                    if any(rule == a or (a.endswith('.*') and rule.startswith(a[:-1])) for a in accept):
                        named = hit = True
        total[fl['category']] += 1
        total['all'] += 1
        by_named_rule += named
        if hit:
            caught[fl['category']] += 1
            caught['all'] += 1
        else:
            missed.append(fl)
    if not total['all']:
        print('clear flags: none listed for these articles')
        return
    parts = ['%s %d/%d' % (c, caught[c], total[c]) for c in CATEGORIES if total[c]]
    print('clear flags: %d listed, %d caught: recall %.2f (%s); %d by the rule the judge named'
          % (total['all'], caught['all'], caught['all'] / total['all'], ', '.join(parts),
             by_named_rule))
    if args.unjudged:
        for fl in missed:
            text = texts[fl['doc']]['text']
            print('  missed %s [%s] %s: %s' % (fl['doc'], fl['rules'], fl['note'],
                                               text[int(fl['start']):int(fl['end'])]))


def item_speaker(item):
    return item.get('speaker')


def speaker_report(docs, texts, args):
    rows = [r for r in read_tsv('speakers.tsv', SPEAKER_COLS) if r['doc'] in docs]
    expected = {(r['doc'], r['kind'], int(r['anchor'])): r for r in rows}
    # Reported claims are reports of speech or belief; stances ("backed
    # Clinton", "wants a recount", extract's kind "stance") are counted apart.
    for kind, label, which in (('quote', 'quote', None), ('claim', 'reported-claim', 'report'),
                               ('claim', 'stance', 'stance')):
        right = total = 0
        unjudged = []
        wrong = []
        for key, d in docs.items():
            text = texts[key]['text']
            for item in d[kind + 's']:
                if kind == 'quote' and item.get('kind') in ('name', 'scare'):
                    continue
                if which is not None and item.get('kind', 'report') != which:
                    continue
                anchor = item['cue_start'] if kind == 'claim' else item['start']
                if anchor is None:
                    anchor = item['start']
                r = expected.get((key, kind, anchor))
                if r is None:
                    if not item.get('continued'):
                        unjudged.append((key, item, anchor))
                    continue
                total += 1
                if r['expected'] == 'not':
                    wrong.append((key, item, 'not a %s' % kind))
                    continue
                if r['expected'] == 'none':
                    wants = [None]
                else:
                    wants = []
                    for span in r['expected'].split(','):
                        a, b = (int(x) for x in span.split('-'))
                        wants.append(text[a:b])
                want = wants[0]
                if any(same_speaker(item_speaker(item), w) for w in wants):
                    right += 1
                else:
                    wrong.append((key, item, 'expected %s' % (want or 'no speaker')))
        if total:
            print('%s speakers: %d judged, %d right: accuracy %.2f; %d not judged'
                  % (label, total, right, right / total, len(unjudged)))
        else:
            print('%s speakers: none judged; %d not judged' % (label, len(unjudged)))
        if args.unjudged:
            for key, item, why in wrong:
                print('  wrong %s@%d: speaker %r (%s)' % (key, item['start'],
                                                          item_speaker(item), why))


# --- packets for judges ----------------------------------------------------------

def paragraphs(text):
    """(start, end) character spans of the paragraphs (blank-line separated)."""
    out = []
    for m in re.finditer(r'[^\n]+(?:\n(?!\s*\n)[^\n]+)*', text):
        if m.group(0).strip():
            out.append((m.start(), m.end()))
    return out


def para_of(paras, offset):
    for i, (s, e) in enumerate(paras):
        if offset < e:
            return i + 1
    return len(paras)


def packets(args):
    texts = load_articles(args.data, args.split)
    docs = run_binary(args.binary, texts, args.enable)
    judge_findings(docs, texts)
    speakers = {(r['doc'], r['kind'], int(r['anchor']))
                for r in read_tsv('speakers.tsv', SPEAKER_COLS)}
    flagged_docs = {r['doc'] for r in read_tsv('flags.tsv', FLAG_COLS)}
    os.makedirs(args.out, exist_ok=True)
    keys = {}
    written = 0
    for key, d in docs.items():
        text = texts[key]['text']
        paras = paragraphs(text)
        out = ['# ARTICLE %s' % key, 'Title: %s' % texts[key]['title'], '']
        for i, (s, e) in enumerate(paras):
            out.append('[P%d] %s' % (i + 1, text[s:e]))
            out.append('')
        items = 0
        out.append('## FINDINGS (judge each: correct / debatable / wrong)')
        for n, f in enumerate(d['findings'], 1):
            if f['verdict'] is not None and not args.all:
                continue
            items += 1
            fid = 'F%d' % n
            keys[(key, fid)] = {'kind': 'finding', 'rule': f['rule'],
                                'fingerprint': f['fingerprint'], 'offset': f['start'],
                                'speaker': speaker_in_message(f['rule'], f['message'])}
            s = f['sentence']
            out.append('%s  [P%d] rule=%s severity=%s words="%s"' % (
                fid, para_of(paras, f['start']), f['rule'], f['severity'],
                text[f['start']:f['end']]))
            out.append('    message: %s' % f['message'])
            out.append('    sentence: %s' % collapse(text[s[0]:s[1]]))
        for kind in ('quote', 'claim'):
            out.append('')
            out.append('## %sS (who is the speaker?)' % kind.upper())
            for n, item in enumerate(d[kind + 's'], 1):
                if kind == 'quote' and item.get('kind') in ('name', 'scare'):
                    continue
                # (A quote's later parts share its attribution: judged with it.)
                if item.get('continued'):
                    continue
                anchor = item['cue_start'] if kind == 'claim' else item['start']
                if anchor is None:
                    anchor = item['start']
                if (key, kind, anchor) in speakers and not args.all:
                    continue
                items += 1
                iid = '%s%d' % (kind[0].upper(), n)
                keys[(key, iid)] = {'kind': kind, 'anchor': anchor}
                mention = ''
                if item.get('speaker_start') is not None:
                    mention = text[item['speaker_start']:item['speaker_end']]
                cue = ''
                if item.get('cue_start') is not None:
                    cue = text[item['cue_start']:item['cue_end']]
                out.append('%s  [P%d] %s: "%s"' % (iid, para_of(paras, item['start']), kind,
                                                   collapse(text[item['start']:item['end']])))
                out.append('    tool says speaker=%s (mention "%s", cue "%s"%s)' % (
                    json.dumps(item.get('speaker')), mention, cue,
                    ', inherited from the previous quote' if item.get('inherited') else ''))
        out.append('')
        out.append('## CLEAR FLAGS: %s' % ('already listed' if key in flagged_docs
                                            else 'list them (see the instructions)'))
        if not items and key in flagged_docs:
            continue
        name = re.sub(r'\.txt$', '', key).replace(':', '_').replace('/', '_') + '.txt'
        with open(os.path.join(args.out, name), 'w', encoding='utf-8') as f:
            f.write('\n'.join(out) + '\n')
        written += 1
    with open(os.path.join(args.out, 'keys.json'), 'w', encoding='utf-8') as f:
        json.dump({'%s|%s' % k: v for k, v in keys.items()}, f, indent=0)
    print('%d packets in %s' % (written, args.out))
    return 0


# --- importing verdicts -----------------------------------------------------------

def words_regex(words):
    """`words` as a pattern in which any white space (a no-break space too)
    matches any white space."""
    return re.compile(r'\s+'.join(re.escape(w) for w in words.split()))


def find_words(text, paras, para, words):
    """Character span of `words` in paragraph `para` (1-based), else the
    first in the article; None when not found."""
    if not words.strip():
        return None
    pat = words_regex(words)
    if 1 <= para <= len(paras):
        s, e = paras[para - 1]
        m = pat.search(text, s, e)
        if m:
            return m.start(), m.end()
    m = pat.search(text)
    return (m.start(), m.end()) if m else None


def append_rows(name, columns, rows):
    path = os.path.join(JUDGED, name)
    new = not os.path.exists(path)
    with open(path, 'a', encoding='utf-8') as f:
        if new:
            f.write('# ' + '\t'.join(columns) + '\n')
        for r in rows:
            f.write('\t'.join(str(r[c]).replace('\t', ' ').replace('\n', ' ') for c in columns)
                    + '\n')


def import_verdicts(args):
    texts = load_articles(args.data, 'all')
    keys = {}
    for kf in args.keys:
        with open(kf, encoding='utf-8') as f:
            for k, v in json.load(f).items():
                keys[tuple(k.split('|', 1))] = v
    old_f = read_tsv('findings.tsv', FINDING_COLS)
    # One verdict per finding: its words, and the speaker its message names.
    have_f = {(r['doc'], r['fingerprint'], r.get('speaker') or '-') for r in old_f}
    stale_f = {(r['doc'], r['fingerprint'], r.get('speaker') or '-') for r in old_f
               if r['reason'] == 'duplicate'}
    replace_f = set()
    have_s = {(r['doc'], r['kind'], r['anchor']) for r in read_tsv('speakers.tsv', SPEAKER_COLS)}
    have_flags = {(r['doc'], r['start'], r['end']) for r in read_tsv('flags.tsv', FLAG_COLS)}
    frows, srows, lrows, problems = [], [], [], []
    for path in args.files:
        with open(path, encoding='utf-8') as f:
            for n, line in enumerate(f, 1):
                line = line.strip()
                if not line:
                    continue
                where = '%s:%d' % (path, n)
                try:
                    j = json.loads(line)
                except ValueError as e:
                    problems.append('%s: malformed JSON: %s' % (where, e))
                    continue
                doc = j.get('doc')
                if doc not in texts:
                    problems.append('%s: unknown doc %r' % (where, doc))
                    continue
                text = texts[doc]['text']
                note = note_without_article_text((j.get('note') or '').strip(), text)
                kind = j.get('kind')
                if kind == 'flag':
                    paras = paragraphs(text)
                    span = find_words(text, paras, int(j.get('para') or 0), j.get('words') or '')
                    if not j.get('words') or span is None:
                        problems.append('%s: flag words %r not found in %s' % (where, j.get('words'), doc))
                        continue
                    cat = j.get('category')
                    if cat not in CATEGORIES:
                        problems.append('%s: category %r' % (where, cat))
                        continue
                    rules = j.get('rules') or [cat + '.*']
                    # (A judge may write one rule as a string, not a list.)
                    if isinstance(rules, str):
                        rules = [r.strip() for r in rules.split(',') if r.strip()]
                    if (doc, str(span[0]), str(span[1])) in have_flags:
                        continue
                    have_flags.add((doc, str(span[0]), str(span[1])))
                    lrows.append({'doc': doc, 'start': span[0], 'end': span[1], 'category': cat,
                                  'rules': ','.join(rules), 'note': note})
                    continue
                k = keys.get((doc, j.get('id')))
                if k is None:
                    problems.append('%s: no packet item %s in %s' % (where, j.get('id'), doc))
                    continue
                if kind != k['kind']:
                    problems.append('%s: %s is a %s, not a %s' % (where, j.get('id'), k['kind'], kind))
                    continue
                if kind == 'finding':
                    verdict = j.get('verdict')
                    reason = j.get('reason') or ''
                    if verdict not in VERDICTS:
                        problems.append('%s: verdict %r' % (where, verdict))
                        continue
                    if verdict != 'correct' and reason not in REASONS:
                        problems.append('%s: reason %r (expected one of %s)' % (where, reason, ', '.join(REASONS)))
                        continue
                    fkey = (doc, k['fingerprint'], k.get('speaker', '-') or '-')
                    if fkey in have_f:
                        # A verdict of "duplicate" on a finding that now stands
                        # alone is replaced by the new judgement of it.
                        if fkey not in stale_f:
                            continue
                        replace_f.add(fkey)
                    have_f.add(fkey)
                    frows.append({'doc': doc, 'rule': k['rule'], 'fingerprint': k['fingerprint'],
                                  'offset': k['offset'], 'verdict': verdict,
                                  'reason': reason if verdict != 'correct' else '-', 'note': note,
                                  'speaker': k.get('speaker', '-')})
                else:
                    sp = j.get('speaker')
                    # "none": the article names no speaker; "not": not a
                    # quote or not reported speech (any case; the packets'
                    # instructions spell them in lower case).
                    if sp is None or sp == '' or sp.lower() == 'none':
                        expected = 'none'
                    elif sp.lower() == 'not':
                        expected = 'not'
                    else:
                        spans = []
                        for name in [sp] + list(j.get('also') or []):
                            m = words_regex(name).search(text) if name.strip() else None
                            if not m:
                                problems.append('%s: speaker %r does not occur in %s' % (where, name, doc))
                                break
                            spans.append('%d-%d' % (m.start(), m.end()))
                        else:
                            expected = ','.join(spans)
                        if len(spans) != 1 + len(j.get('also') or []):
                            continue
                    if (doc, kind, str(k['anchor'])) in have_s:
                        continue
                    have_s.add((doc, kind, str(k['anchor'])))
                    srows.append({'doc': doc, 'kind': kind, 'anchor': k['anchor'],
                                  'expected': expected, 'note': note})
    for p in problems:
        sys.stderr.write('quality: %s\n' % p)
    if replace_f:
        # Rewrite findings.tsv without the replaced rows, then append.
        path = os.path.join(JUDGED, 'findings.tsv')
        with open(path, encoding='utf-8') as f:
            lines = f.readlines()
        with open(path, 'w', encoding='utf-8') as f:
            for line in lines:
                parts = line.rstrip('\n').split('\t')
                speaker = parts[7] if len(parts) > 7 and parts[7] else '-'
                if not line.startswith('#') and len(parts) > 2 and \
                        (parts[0], parts[2], speaker) in replace_f:
                    continue
                f.write(line)
    append_rows('findings.tsv', FINDING_COLS, frows)
    append_rows('speakers.tsv', SPEAKER_COLS, srows)
    append_rows('flags.tsv', FLAG_COLS, lrows)
    print('imported %d finding verdicts, %d speakers, %d flags; %d problems'
          % (len(frows), len(srows), len(lrows), len(problems)))
    return 1 if problems else 0


# --- notes ----------------------------------------------------------------------

# A judge's note says why; it does not carry the article's words. A run of this
# many words or more that the article contains is cut to an ellipsis, so the
# repository stores no text of the corpora (the text is read from --data).
NOTE_RUN = 5


def _words(s):
    return [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer(r"[\w'’]+", s)]


def note_without_article_text(note, text):
    """NOTE with every run of NOTE_RUN or more of TEXT's words replaced by '…'."""
    nw = _words(note)
    if len(nw) < NOTE_RUN:
        return note
    tw = [w for _, _, w in _words(text)]
    grams = set(tuple(tw[i:i + NOTE_RUN]) for i in range(len(tw) - NOTE_RUN + 1))
    covered = [False] * len(nw)
    for i in range(len(nw) - NOTE_RUN + 1):
        if tuple(w for _, _, w in nw[i:i + NOTE_RUN]) in grams:
            for k in range(i, i + NOTE_RUN):
                covered[k] = True
    out, pos, i = [], 0, 0
    while i < len(nw):
        if not covered[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(nw) and covered[j + 1]:
            j += 1
        out.append(note[pos:nw[i][0]])
        out.append('…')
        pos = nw[j][1]
        i = j + 1
    out.append(note[pos:])
    return re.sub(r'\s+', ' ', ''.join(out)).strip()


def scrub_notes(args):
    """Rewrites the notes of the judged files without their articles' words."""
    texts = load_articles(args.data, 'all')
    changed = 0
    for name in ('findings.tsv', 'flags.tsv', 'speakers.tsv'):
        path = os.path.join(JUDGED, name)
        with open(path, encoding='utf-8') as f:
            lines = f.readlines()
        header = [c.lstrip('# ') for c in lines[0].rstrip('\n').split('\t')]
        col = header.index('note')
        out = [lines[0]]
        for line in lines[1:]:
            parts = line.rstrip('\n').split('\t')
            if not line.startswith('#') and len(parts) > col and parts[0] in texts:
                new = note_without_article_text(parts[col], texts[parts[0]]['text'])
                if new != parts[col]:
                    parts[col] = new
                    changed += 1
                line = '\t'.join(parts) + '\n'
            out.append(line)
        with open(path, 'w', encoding='utf-8') as f:
            f.writelines(out)
    print('%d notes rewritten' % changed)
    return 0


# --- validation --------------------------------------------------------------------

def validate(args):
    problems = []
    arts = read_tsv('articles.tsv', ARTICLE_COLS)
    docs = set()
    for r in arts:
        if r['corpus'] not in CORPUS_FILES:
            problems.append('%s: corpus %r' % (r['_where'], r['corpus']))
        if r['split'] not in SPLITS:
            problems.append('%s: split %r' % (r['_where'], r['split']))
        key = doc_key(r['corpus'], r['id'])
        if key in docs:
            problems.append('%s: %s listed twice' % (r['_where'], key))
        docs.add(key)
    seen = set()
    for r in read_tsv('findings.tsv', FINDING_COLS):
        if r['doc'] not in docs:
            problems.append('%s: unknown doc %s' % (r['_where'], r['doc']))
        if not re.fullmatch(r'[0-9a-f]{16}(\.\d+)?', r['fingerprint']):
            problems.append('%s: fingerprint %r' % (r['_where'], r['fingerprint']))
        if r['verdict'] not in VERDICTS:
            problems.append('%s: verdict %r' % (r['_where'], r['verdict']))
        if r['verdict'] != 'correct' and r['reason'] not in REASONS:
            problems.append('%s: reason %r' % (r['_where'], r['reason']))
        # One verdict per finding: its words and the speaker its message names.
        fkey = (r['doc'], r['fingerprint'], r.get('speaker') or '-')
        if fkey in seen:
            problems.append('%s: judged twice' % r['_where'])
        seen.add(fkey)
    for r in read_tsv('flags.tsv', FLAG_COLS):
        if r['doc'] not in docs:
            problems.append('%s: unknown doc %s' % (r['_where'], r['doc']))
        if r['category'] not in CATEGORIES:
            problems.append('%s: category %r' % (r['_where'], r['category']))
        if not (r['start'].isdigit() and r['end'].isdigit() and int(r['start']) < int(r['end'])):
            problems.append('%s: span %s-%s' % (r['_where'], r['start'], r['end']))
    for r in read_tsv('speakers.tsv', SPEAKER_COLS):
        if r['doc'] not in docs:
            problems.append('%s: unknown doc %s' % (r['_where'], r['doc']))
        if r['kind'] not in ('quote', 'claim'):
            problems.append('%s: kind %r' % (r['_where'], r['kind']))
        if not (r['expected'] in ('none', 'not') or re.fullmatch(r'\d+-\d+(,\d+-\d+)*', r['expected'])):
            problems.append('%s: expected %r' % (r['_where'], r['expected']))
    if os.path.isdir(args.data):
        texts = load_articles(args.data, 'all')
        for name, cols in (('findings.tsv', FINDING_COLS), ('flags.tsv', FLAG_COLS),
                           ('speakers.tsv', SPEAKER_COLS)):
            for r in read_tsv(name, cols):
                t = texts.get(r['doc'])
                if t and note_without_article_text(r['note'] or '', t['text']) != (r['note'] or ''):
                    problems.append('%s: the note quotes %d or more words of the article'
                                    ' (quality.py scrub cuts them)' % (r['_where'], NOTE_RUN))
    for p in problems:
        sys.stderr.write('quality: %s\n' % p)
    print('%d articles; %d problems' % (len(docs), len(problems)))
    return 1 if problems else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('command', nargs='?', default='report',
                    choices=('report', 'packets', 'import', 'validate', 'scrub'))
    ap.add_argument('files', nargs='*', help='import: the judges\' JSON-lines files')
    ap.add_argument('--binary', default=os.path.join(ROOT, 'bazel-bin', 'tools', 'claimcheck'))
    ap.add_argument('--data', default=os.environ.get(
        'CLAIMCHECK_DATA', os.path.join(os.path.dirname(ROOT), 'shared', 'data')))
    ap.add_argument('--split', default='dev', choices=SPLITS + ('all',))
    ap.add_argument('--gate', default='error', choices=('info', 'warning', 'error'),
                    help='the --fail-on level whose precision to report (default error)')
    ap.add_argument('--unjudged', action='store_true',
                    help='list the findings, flags and speakers to look at')
    ap.add_argument('--enable', action='append', default=[], metavar='RULE',
                    help='run a rule that is off by default as well (an id or a category, '
                         'as check --enable takes; repeatable)')
    ap.add_argument('--out', help='packets: the folder to write to')
    ap.add_argument('--all', action='store_true', help='packets: judged items too')
    ap.add_argument('--keys', action='append', default=[],
                    help='import: keys.json of the packets the verdicts answer')
    args = ap.parse_args()
    if args.command == 'validate':
        return validate(args)
    if args.command == 'scrub':
        return scrub_notes(args)
    if not os.path.exists(args.binary):
        fail('%s not found: bazel build //tools:claimcheck first, or pass --binary' % args.binary)
    if args.command == 'packets':
        if not args.out:
            fail('packets needs --out DIR')
        return packets(args)
    if args.command == 'import':
        return import_verdicts(args)
    return report(args)


if __name__ == '__main__':
    sys.exit(main())
