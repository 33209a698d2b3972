#!/usr/bin/env python3
"""Picks windows of wh-ukraine documents for labelling people, dates and money, and writes labelling batches.

The texts stay in ../shared: batches are written outside the repository; the labels committed here refer to a
document by id and to a mention by character offsets into the document's plain text (the Markdown converted as
`MarkdownText.ToPlainText` converts it, ported below) plus a short hash of the mention's text, so a drift of the
converter is caught instead of scored.

    python3 models/training/wh-entities/prepare.py ../shared/corpus/wh-ukraine/documents.jsonl.gz OUTDIR BATCHES [ROUND]

Split by date before anything was looked at: documents dated before 2023-07-01 are dev, the rest test.
Round 1 (session 30) chose 36 windows a split; round 2 (the same session, labelled after round 1's dev errors had been read
and rules written for them, so that its dev windows give a first-run figure of those rules) 36 more from documents that
round 1 did not take. Deterministic: the same corpus gives the same windows.
"""
import gzip, json, os, random, re, sys

SPLIT_DATE = '2023-07-01'
PER_SPLIT = 36
WINDOW_CHARS = 2500      # a window grows paragraph by paragraph to at least this many characters
MAX_WINDOW_CHARS = 4500
SEEDS = {1: 11, 2: 23}

IMAGE = re.compile(r'!\[[^\]]*\]\([^)]*\)')
LINK = re.compile(r'\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)')
TAG = re.compile(r'</?[a-zA-Z][^>]{0,300}>')
EMPHASIS = re.compile(r'\*{1,3}(?=\S)|(?<=\S)\*{1,3}|(?<![\w])__|__(?![\w])')
ESCAPE = re.compile(r'\\([\\`*_{}\[\]()#+\-.!|>~])')


def plain_text(markdown):
    text = IMAGE.sub('', markdown)
    text = LINK.sub(r'\1', text)
    text = TAG.sub('', text)
    text = EMPHASIS.sub('', text)
    return ESCAPE.sub(r'\1', text)


def paragraphs(text):
    """(start, end) of the non-blank lines' runs."""
    spans, start, pos = [], None, 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            if start is None:
                start = pos
        elif start is not None:
            spans.append((start, pos))
            start = None
        pos += len(line)
    if start is not None:
        spans.append((start, pos))
    return spans


def window(text, rng):
    paras = paragraphs(text)
    if not paras:
        return None
    first = rng.randrange(len(paras))
    # Start early enough that the window can fill up.
    while first > 0 and paras[-1][1] - paras[first][0] < WINDOW_CHARS:
        first -= 1
    start, end = paras[first][0], paras[first][1]
    for s, e in paras[first + 1:]:
        if end - start >= WINDOW_CHARS or e - start > MAX_WINDOW_CHARS:
            break
        end = e
    return start, min(end, start + MAX_WINDOW_CHARS)


def main():
    corpus, outdir, batches = sys.argv[1], sys.argv[2], int(sys.argv[3])
    round_ = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    docs = [json.loads(l) for l in gzip.open(corpus, 'rt', encoding='utf-8')]
    docs.sort(key=lambda d: (d['date'], d['id']))
    # Earlier rounds' documents, drawn again with their own seeds, are not drawn twice.
    taken = set()
    for earlier in range(1, round_):
        taken |= {d['id'] for _, d, _, _ in draw(docs, random.Random(SEEDS[earlier]), set())}
    rng = random.Random(SEEDS[round_])
    chosen = draw(docs, rng, taken)
    rng.shuffle(chosen)
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, 'manifest.jsonl'), 'w', encoding='utf-8') as manifest:
        for i, (split, d, text, (s, e)) in enumerate(chosen):
            manifest.write(json.dumps({'doc': d['id'], 'split': split, 'date': d['date'], 'kind': d['kind'], 'start': s, 'end': e, 'round': round_}) + '\n')
            batch = os.path.join(outdir, f'batch{i % batches + 1}')
            os.makedirs(batch, exist_ok=True)
            # Exactly the window's text, so an annotator's offsets are offsets into this file.
            with open(os.path.join(batch, f'{i:03d}.txt'), 'w', encoding='utf-8', newline='') as f:
                f.write(text[s:e])
            with open(os.path.join(batch, 'index.tsv'), 'a', encoding='utf-8') as f:
                f.write(f"{i:03d}\t{d['id']}@{s}\t{d['date']}\t{d['kind']}\n")


def draw(docs, rng, taken):
    """(split, document, plain text, window): PER_SPLIT documents a split, none of `taken`, each with its window."""
    chosen = []
    for split, pool in (('dev', [d for d in docs if d['date'] < SPLIT_DATE]), ('test', [d for d in docs if d['date'] >= SPLIT_DATE])):
        for d in rng.sample([d for d in pool if d['id'] not in taken], PER_SPLIT):
            text = plain_text(d['text'])
            w = window(text, rng)
            if w:
                chosen.append((split, d, text, w))
    return chosen


if __name__ == '__main__':
    main()
