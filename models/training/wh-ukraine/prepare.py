#!/usr/bin/env python3
"""Picks the wh-ukraine documents to label, splits them into sentences and writes labelling batches.

The texts stay in ../shared: this script prints them into batch files outside the repository, and the
labels committed here refer to documents by id and to sentences by character offsets into `text`.
Deterministic: the same corpus gives the same documents, sentences and offsets.

    python3 models/training/wh-ukraine/prepare.py ../shared/corpus/wh-ukraine/documents.jsonl.gz OUTDIR BATCHES round1|...|round11

round1 (5 batches, labels/batch1-5.jsonl) and round2 (4 batches, labels/round2-batch1-4.jsonl) were labelled
as whole documents (sentences and events). round3 (labels/round3-batch*.jsonl) labels single sentences, with
their donor and recipient, from dev-period documents not chosen before (press briefings and remarks, where
aid is requested, recapped and announced in many more ways); those documents have no gold events.
round4 (labels/round4-batch*.jsonl) labels whole test-period documents as a second test split, `test2`.
round5 (labels/round5-batch*.jsonl) labels test-period press briefings and remarks of 2023-07 to 2024 about Ukraine
aid money as a third test split, `test3`; being long, they are printed as their cue sentences with the sentence
on each side, and every sentence not printed counts as `other`.
round6 (labels/round6-batch*.jsonl) labels single sentences as round 3 does, from any document of any date that no
test split holds and that was not labelled before (the rest of round 3's pool, and press briefings and remarks of
2023-07 on that round 5 did not take), for training; round7 (labels/round7-batch*.jsonl) the rest of that pool.
round8 (labels/round8-batch*.jsonl) labels whole documents of a dev-period window, 2022-10-01 to 2023-03-31, as a fourth
test split, `test4`: every document of the window not labelled whole before that names Ukraine, aid and a sum (press
briefings and remarks, mostly), and the window's short statements, readouts and memoranda, with or without money. Some of
their sentences were labelled singly in rounds 3, 6 and 7; the test4 figure is therefore measured with models trained
without any document dated in the window (`bench events-heldout`), so nothing of that period is learnt from.
round9 (labels/round9-batch*.jsonl) makes the fifth test split, `test5`, the same way from the nine months before test4's
window, 2022-01-01 to 2022-09-30, and is scored the same way.
round10 (labels/round10-batch*.jsonl) makes `test6` the same way from the three months after test4's window, 2023-04-01 to
2023-06-30, and round11 (labels/round11-batch*.jsonl) makes `test7` from 2021: the last windows no split held. round12 makes `test8` (see
build_labels.py); round13 (labels/round13-batch*.jsonl) makes `test9` of every document left: remarks and briefings that
no round had labelled, whole or by sentences, printed as round 12's are.
"""
import gzip, json, random, re, sys

KINDS = {'statements-releases', 'presidential-actions', 'fact-sheets', 'briefings-statements', 'articles'}
MAX_CHARS = 25000
SPLIT_DATE = '2023-07-01'   # dev before, test on or after
OTHERS = 80                 # documents without an amount, sampled
SEED = 7
# Round 2 (more test-period documents with aid money, since few short ones fall after SPLIT_DATE):
ROUND2_KINDS = {'speeches-remarks', 'remarks', 'statements-releases', 'articles', 'presidential-actions'}
ROUND2_MAX_CHARS = 40000
ROUND5_END = '2025-01-01'
TEST4_FROM, TEST4_TO = '2022-10-01', '2023-04-01'   # test4's window: from, and the first day after it
TEST5_FROM, TEST5_TO = '2022-01-01', '2022-10-01'   # test5's window (the nine months before test4's)
TEST6_FROM, TEST6_TO = '2023-04-01', '2023-07-01'   # test6's window (the three months after test4's)
TEST7_FROM, TEST7_TO = '2021-01-01', '2022-01-01'   # test7's window (the corpus's first year)
TEST8_FROM, TEST8_TO = '2022-01-01', '2027-01-01'   # test8: whatever rounds 1 to 11 left of 2022 on
SHORT_CHARS = 8000          # round 8 prints a document this short whole, a longer one as its cue sentences
AID_WORD = re.compile(r'assistance|\baid\b|package|drawdown', re.I)
# Round 3 (sentences): money with an aid cue, or aid words with a giving verb.
ROUND3_SENTENCES = 1000
STRICT_MONEY = re.compile(r'[$€£]\s?\d|\b\d[\d,.]*\s*(?:million|billion)\b', re.I)
AID_THING = re.compile(r'assistance|\baid\b|package|drawdown|pledg|donat|humanitarian|weapons|HIMARS|Javelin|Stinger|'
                       r'artillery|ammunition|tanks?\b', re.I)
GIVING = re.compile(r'provid|send|deliver|announc|give|giving|commit|approv|request|sign', re.I)

MONEY = re.compile(r'[$€£]\s?\d|\b\d[\d,.]*\s*(?:million|billion|trillion)\b|\b(?:million|billion)\b', re.I)
CUE = re.compile(r'assistance|\baid\b|package|drawdown|provid|pledg|commit|deliver|donat|\bgrant|loan|fund|'
                 r'weapon|equipment|munition|humanitarian|budget|supplemental|appropriat|request|\$|€|£|'
                 r'billion|million|support', re.I)
ABBREV = re.compile(r'(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Adm|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|'
                    r'Oct|Nov|Dec|Amb|Sec|Pres|Jr|Sr|Inc|Co|Corp|Ltd|vs|approx)|\b[A-Z](?:\.[A-Z])*)\.$')
BREAK = re.compile(r'[.!?][\"”’)\]*]*(?=\s+[\"“‘(\[*]*[A-Z0-9])')
ITEM = re.compile(r'^\s*(?:[-*+]|\d+\.)\s+')


def paragraphs(text):
    """(start, end) of paragraphs: blank-line separated, and every list item on its own."""
    spans, start, pos = [], None, 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if not stripped or ITEM.match(line):
            if start is not None:
                spans.append((start, pos))
            start = None if not stripped else pos
        elif start is None:
            start = pos
        pos += len(line)
    if start is not None:
        spans.append((start, pos))
    return spans


def sentences(text):
    out = []
    for p0, p1 in paragraphs(text):
        s = p0
        for m in BREAK.finditer(text, p0, p1):
            if ABBREV.search(text[max(s, m.start() - 12):m.start() + 1]):
                continue
            out.append((s, m.end()))
            s = m.end()
        out.append((s, p1))
    result = []
    for a, b in out:
        while a < b and text[a].isspace(): a += 1
        while b > a and text[b - 1].isspace(): b -= 1
        if b - a >= 3:
            result.append((a, b))
    return result


def doc_kind(d):
    t = d['title'].lower()
    if 'fact sheet' in t: return 'fact_sheet'
    if t.startswith('readout') or 'readout' in t: return 'readout'
    if 'memorandum' in t or d['kind'] == 'presidential-actions': return 'memorandum'
    if 'statement' in t: return 'statement'
    return 'other'


_MEMO = {}


def memo(choose):
    """The rounds build on one another (round 13 takes what rounds 1 to 12 left), so each is chosen once per corpus list."""
    def chosen(docs):
        key = (choose.__name__, id(docs))
        if key not in _MEMO:
            _MEMO[key] = choose(docs)
        return _MEMO[key]
    chosen.__name__ = choose.__name__
    return chosen


@memo
def round1(docs):
    pool = sorted((d for d in docs if d['kind'] in KINDS and len(d['text']) < MAX_CHARS), key=lambda d: (d['date'], d['id']))
    money = [d for d in pool if MONEY.search(d['text']) and CUE.search(d['text'])]
    rest = [d for d in pool if d not in money]
    random.Random(SEED).shuffle(rest)
    return sorted(money + rest[:OTHERS], key=lambda d: (d['date'], d['id']))


@memo
def round2(docs):
    first = {d['id'] for d in round1(docs)}
    return sorted((d for d in docs if d['id'] not in first and d['date'] >= SPLIT_DATE and d['kind'] in ROUND2_KINDS
                   and len(d['text']) < ROUND2_MAX_CHARS and MONEY.search(d['text']) and AID_WORD.search(d['text'])),
                  key=lambda d: (d['date'], d['id']))


@memo
def round3(docs):
    """(document, sentence number, (start, end)) of the round-3 sentences, in corpus order."""
    labelled = {d['id'] for d in round1(docs)} | {d['id'] for d in round2(docs)}
    seen, found = set(), []
    for d in sorted(docs, key=lambda d: (d['date'], d['id'])):
        if d['id'] in labelled or d['id'] in seen or d['date'] >= SPLIT_DATE:
            continue
        seen.add(d['id'])
        for n, (a, b) in enumerate(sentences(d['text'])):
            s = d['text'][a:b]
            if (STRICT_MONEY.search(s) and CUE.search(s)) or (AID_THING.search(s) and GIVING.search(s)):
                found.append((d, n, (a, b)))
    random.Random(SEED).shuffle(found)
    return sorted(found[:ROUND3_SENTENCES], key=lambda f: (f[0]['date'], f[0]['id'], f[1]))


@memo
def round4(docs):
    """Test-period documents of the round-1 kinds not chosen before, with or without money: a second test split
    ("test2"), labelled after the first was scored, so one test figure comes from text nobody had looked at."""
    chosen = {d['id'] for d in round1(docs)} | {d['id'] for d in round2(docs)} | {d['id'] for d, _, _ in round3(docs)}
    seen, out = set(), []
    for d in sorted(docs, key=lambda d: (d['date'], d['id'])):
        if d['id'] in chosen or d['id'] in seen:
            continue
        seen.add(d['id'])
        if d['date'] >= SPLIT_DATE and d['kind'] in KINDS and len(d['text']) < MAX_CHARS:
            out.append(d)
    return out


@memo
def round5(docs):
    """Every third test-period document of 2023-07 to 2024 not chosen before that names Ukraine, aid and a sum."""
    chosen = ({d['id'] for d in round1(docs)} | {d['id'] for d in round2(docs)} | {d['id'] for d, _, _ in round3(docs)}
              | {d['id'] for d in round4(docs)})
    seen, pool = set(), []
    for d in sorted(docs, key=lambda d: (d['date'], d['id'])):
        if d['id'] in chosen or d['id'] in seen:
            continue
        seen.add(d['id'])
        if (SPLIT_DATE <= d['date'] < ROUND5_END and 'Ukrain' in d['text'] and STRICT_MONEY.search(d['text'])
                and AID_WORD.search(d['text'])):
            pool.append(d)
    return pool[::3]


@memo
def round8(docs):
    """test4: the window's documents not labelled whole before that name Ukraine, aid and a sum, and its short
    statements, readouts and memoranda."""
    chosen = ({d['id'] for d in round1(docs)} | {d['id'] for d in round2(docs)} | {d['id'] for d in round4(docs)}
              | {d['id'] for d in round5(docs)})
    return window(docs, chosen, TEST4_FROM, TEST4_TO)


@memo
def round9(docs):
    """test5: the same choice as round 8's in the nine months before test4's window."""
    chosen = ({d['id'] for d in round1(docs)} | {d['id'] for d in round2(docs)} | {d['id'] for d in round4(docs)}
              | {d['id'] for d in round5(docs)} | {d['id'] for d in round8(docs)})
    return window(docs, chosen, TEST5_FROM, TEST5_TO)


@memo
def round10(docs):
    """test6: the same choice as round 8's in the three months after test4's window."""
    return window(docs, whole_before(docs), TEST6_FROM, TEST6_TO)


@memo
def round11(docs):
    """test7: the same choice as round 8's in 2021."""
    return window(docs, whole_before(docs), TEST7_FROM, TEST7_TO)


@memo
def round12(docs):
    """test8: the documents of 2022 on that no round labelled whole and that name Ukraine, aid and a sum (press
    briefings and remarks, almost all: every statement, fact sheet, readout and memorandum was taken before)."""
    return window(docs, whole_before(docs) | {d['id'] for d in round10(docs)} | {d['id'] for d in round11(docs)},
                  TEST8_FROM, TEST8_TO)


@memo
def round13(docs):
    """test9: every document no earlier round labelled, whole or by single sentences (remarks and press briefings of
    2021-2025, nearly all without a sum for Ukraine; what the daemon must leave alone as much as what it must find)."""
    taken = (whole_before(docs) | {d['id'] for d in round10(docs)} | {d['id'] for d in round11(docs)}
             | {d['id'] for d in round12(docs)} | {d['id'] for d, _, _ in round3(docs) + round6(docs) + round7(docs)})
    seen, out = set(), []
    for d in sorted(docs, key=lambda d: (d['date'], d['id'])):
        if d['id'] not in taken and d['id'] not in seen:
            seen.add(d['id'])
            out.append(d)
    return out


@memo
def whole_before(docs):
    """The documents rounds 1 to 9 labelled whole."""
    return ({d['id'] for d in round1(docs)} | {d['id'] for d in round2(docs)} | {d['id'] for d in round4(docs)}
            | {d['id'] for d in round5(docs)} | {d['id'] for d in round8(docs)} | {d['id'] for d in round9(docs)})


def window(docs, chosen, first, after):
    """The documents of [first, after) not in `chosen` that name Ukraine, aid and a sum, and the window's short
    statements, readouts and memoranda."""
    seen, out = set(), []
    for d in sorted(docs, key=lambda d: (d['date'], d['id'])):
        if d['id'] in chosen or d['id'] in seen or not first <= d['date'] < after:
            continue
        seen.add(d['id'])
        if (('Ukrain' in d['text'] and STRICT_MONEY.search(d['text']) and AID_WORD.search(d['text']))
                or (d['kind'] in KINDS and len(d['text']) < MAX_CHARS)):
            out.append(d)
    return out


ROUND6_SENTENCES = 1500


@memo
def round6(docs):
    """(document, sentence number, (start, end)) of the round-6 sentences, in corpus order."""
    return single_pool(docs)[0]


@memo
def round7(docs):
    """The rest of round 6's pool, in corpus order."""
    return single_pool(docs)[1]


@memo
def single_pool(docs):
    """Every sentence with money or aid cues of a document no test split holds and not labelled before, shuffled and
    cut into round 6 and round 7, each in corpus order."""
    chosen = ({d['id'] for d in round1(docs)} | {d['id'] for d in round2(docs)} | {d['id'] for d in round4(docs)}
              | {d['id'] for d in round5(docs)})
    before = {(d['id'], n) for d, n, _ in round3(docs)}
    seen, found = set(), []
    for d in sorted(docs, key=lambda d: (d['date'], d['id'])):
        if d['id'] in chosen or d['id'] in seen:
            continue
        seen.add(d['id'])
        for n, (a, b) in enumerate(sentences(d['text'])):
            s = d['text'][a:b]
            if (d['id'], n) not in before and ((STRICT_MONEY.search(s) and CUE.search(s)) or (AID_THING.search(s) and GIVING.search(s))):
                found.append((d, n, (a, b)))
    random.Random(SEED).shuffle(found)
    return [sorted(part, key=lambda f: (f[0]['date'], f[0]['id'], f[1])) for part in (found[:ROUND6_SENTENCES], found[ROUND6_SENTENCES:])]


def write_sentences(which, chosen, outdir, batches):
    files = [[] for _ in range(batches)]
    for i, (d, n, (a, b)) in enumerate(chosen):
        spans = sentences(d['text'])
        before = ' '.join(d['text'][spans[n - 1][0]:spans[n - 1][1]].split()) if n > 0 else ''
        text = ' '.join(d['text'][a:b].split())
        files[i * batches // len(chosen)].append(
            f"=== {d['id']} #{n} | {d['date']} | {d['kind']} | {d['title']}\n    before: {before}\n  > {text}")
    for k, chunk in enumerate(files):
        with open(f'{outdir}/{which}-batch{k + 1}.txt', 'w', encoding='utf-8') as f:
            f.write('\n\n'.join(chunk) + '\n')
    print(f"{which}: {sum(map(len, files))} sentences in {batches} batches")


def main():
    src, outdir = sys.argv[1], sys.argv[2]
    batches = int(sys.argv[3]) if len(sys.argv) > 3 else 4
    which = sys.argv[4] if len(sys.argv) > 4 else 'round1'
    with gzip.open(src, 'rt', encoding='utf-8') as f:
        docs = [json.loads(line) for line in f]
    if which in ('round3', 'round6', 'round7'):
        return write_sentences(which, {'round3': round3, 'round6': round6, 'round7': round7}[which](docs), outdir, batches)
    chosen = {'round1': round1, 'round2': round2, 'round4': round4, 'round5': round5, 'round8': round8,
              'round9': round9, 'round10': round10, 'round11': round11, 'round12': round12, 'round13': round13}[which](docs)
    manifest = []
    files = [[] for _ in range(batches)]
    for i, d in enumerate(chosen):
        split = {'round4': 'test2', 'round5': 'test3', 'round8': 'test4', 'round9': 'test5', 'round10': 'test6',
                 'round11': 'test7', 'round12': 'test8', 'round13': 'test9'}.get(which, 'dev' if d['date'] < SPLIT_DATE else 'test')
        sents = sentences(d['text'])
        manifest.append({'doc': d['id'], 'date': d['date'], 'split': split, 'kind': doc_kind(d),
                         'sentences': [[a, b] for a, b in sents]})
        lines = [f"=== DOC {d['id']} | {d['date']} | {doc_kind(d)} | {d['title']}"]
        texts = [' '.join(d['text'][a:b].split()) for a, b in sents]
        cues = [bool(CUE.search(t)) for t in texts]
        whole = which not in ('round5', 'round8', 'round9', 'round10', 'round11', 'round12', 'round13') or (which != 'round5' and len(d['text']) < SHORT_CHARS)
        shown = (set(range(len(texts))) if whole
                 else {m for n, c in enumerate(cues) if c for m in (n - 1, n, n + 1) if 0 <= m < len(texts)})
        for n, text in enumerate(texts):
            if n not in shown:
                if n - 1 in shown:
                    lines.append('   ...')
                continue
            lines.append(f"[{n}]{'*' if cues[n] else ' '} {text}")
        files[i % batches].append('\n'.join(lines))
    for k, chunk in enumerate(files):
        with open(f'{outdir}/{which}-batch{k + 1}.txt', 'w', encoding='utf-8') as f:
            f.write('\n\n'.join(chunk) + '\n')
    with open(f'{outdir}/{which}-manifest.json', 'w', encoding='utf-8') as f:
        json.dump(manifest, f)
    dev = sum(m['split'] == 'dev' for m in manifest)
    print(f"{which}: {len(chosen)} documents, dev {dev}, test {len(chosen) - dev}")


if __name__ == '__main__':
    main()
