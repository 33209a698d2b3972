#!/usr/bin/env python3
"""Turns the labelling batches (labels/*.jsonl: sentence numbers) into the files the C# code reads
(character offsets into each document's `text`, so nothing of the corpus is stored here):

  sentences.tsv   doc, split, start, end, label          one row per labelled sentence
  documents.jsonl {doc, split, kind, date, events:[{..., evidence:[[start, end], ...]}]}

    python3 models/training/wh-ukraine/build_labels.py ../shared/corpus/wh-ukraine/documents.jsonl.gz
"""
import glob, gzip, json, os, sys

import prepare

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    with gzip.open(sys.argv[1], 'rt', encoding='utf-8') as f:
        corpus = [json.loads(line) for line in f]
    # The corpus repeats a few documents under two kinds (same id and text): the first copy stands for both.
    docs = {}
    for d in corpus:
        docs.setdefault(d['id'], d)
    manifest = {}
    for chosen in (prepare.round1(corpus), prepare.round2(corpus)):
        for d in chosen:
            manifest[d['id']] = prepare.sentences(d['text'])
    rows, documents, seen = [], [], set()
    for path in sorted(glob.glob(os.path.join(HERE, 'labels', '*.jsonl'))):
        for line in open(path, encoding='utf-8'):
            lab = json.loads(line)
            if lab['doc'] in seen:
                continue
            seen.add(lab['doc'])
            d = docs[lab['doc']]
            spans = manifest[lab['doc']]
            split = 'dev' if d['date'] < prepare.SPLIT_DATE else 'test'
            for n, label in sorted(lab['sentences'].items(), key=lambda kv: int(kv[0])):
                a, b = spans[int(n)]
                rows.append(f"{lab['doc']}\t{split}\t{a}\t{b}\t{label}")
            events = []
            for e in lab['events']:
                e = dict(e)
                e['evidence'] = [list(spans[int(n)]) for n in e.get('evidence', [])]
                events.append(e)
            documents.append({'doc': lab['doc'], 'split': split, 'kind': prepare.doc_kind(d), 'date': d['date'], 'events': events})
    with open(os.path.join(HERE, 'sentences.tsv'), 'w', encoding='utf-8') as f:
        f.write('doc\tsplit\tstart\tend\tlabel\n' + '\n'.join(rows) + '\n')
    with open(os.path.join(HERE, 'documents.jsonl'), 'w', encoding='utf-8') as f:
        for d in sorted(documents, key=lambda d: (d['date'], d['doc'])):
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    print(f"{len(rows)} sentences, {len(documents)} documents, {sum(len(d['events']) for d in documents)} events")


if __name__ == '__main__':
    main()
