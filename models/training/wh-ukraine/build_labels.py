#!/usr/bin/env python3
"""Turns the labelling batches (labels/*.jsonl: sentence numbers) into the files the C# code reads
(character offsets into each document's `text`, so nothing of the corpus is stored here).

Splits: `dev` (before 2023-07-01), `dev2` (the round-1 and round-2 documents from 2023-07-01 on: the first test
split, retired after it had been scored three times and its errors read, and used for training since), `test2`
(round 4), `test4` (round 8: a window of the dev period, 2022-10 to 2023-03, scored with models trained without any
document of that window), `test5` (round 9: the same for 2022-01 to 2022-09), `test6` (round 10: 2023-04 to 2023-06),
`test7` (round 11: 2021) and `test8` (round 12: what was left of 2022 on that names Ukraine, aid and a sum, nearly all
press briefings and remarks, scored with models trained without its documents and those of the day before each) and `test9` (round
13: every document no round had labelled, whole or by sentences; nothing of it is trained on), the test splits. `dev3`
(round 5: press briefings and remarks of 2023-07 to 2024) was the third test split, retired into training once test4
had been labelled, after two scores. The single sentences labelled earlier (rounds 3, 6, 7) of test4's documents are
left out; those of test5's stay in the shipped models' training (taking them out cost events-cv 0.797/0.553 ->
0.753/0.535), and so do those of test6's and test7's, because these splits are only ever scored by `bench events-heldout`, which trains without its whole period.



  sentences.tsv   doc, split, start, end, label, donor, recipient     one row per labelled sentence; donor and
                  recipient are comma-separated codes, empty when the sentence names none, `?` when not labelled
                  (the roles of a whole-document label are known only for its events' evidence sentences)
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
    for chosen in (prepare.round1(corpus), prepare.round2(corpus), prepare.round4(corpus), prepare.round5(corpus),
                   prepare.round8(corpus), prepare.round9(corpus), prepare.round10(corpus), prepare.round11(corpus),
                   prepare.round12(corpus), prepare.round13(corpus)):
        for d in chosen:
            manifest[d['id']] = prepare.sentences(d['text'])
    test2 = {d['id'] for d in prepare.round4(corpus)}
    dev3 = {d['id'] for d in prepare.round5(corpus)}
    test4 = {d['id'] for d in prepare.round8(corpus)}
    test5 = {d['id'] for d in prepare.round9(corpus)}
    test6 = {d['id'] for d in prepare.round10(corpus)}
    test7 = {d['id'] for d in prepare.round11(corpus)}
    test8 = {d['id'] for d in prepare.round12(corpus)}
    test9 = {d['id'] for d in prepare.round13(corpus)}
    single = {f"{d['id']}#{n}": span for d, n, span in prepare.round3(corpus) + prepare.round6(corpus) + prepare.round7(corpus)}
    rows, documents, seen = [], [], set()
    for path in sorted(glob.glob(os.path.join(HERE, 'labels', '*.jsonl'))):
        for line in open(path, encoding='utf-8'):
            lab = json.loads(line)
            if 'id' in lab:
                # A round-3 or round-6 single sentence: its document has no gold events, so it adds no document.
                doc = lab['id'].split('#')[0]
                if doc in test4:
                    continue  # labelled again, whole, for test4: those labels stand
                a, b = single[lab['id']]
                split = 'dev' if docs[doc]['date'] < prepare.SPLIT_DATE else 'dev2'
                rows.append(f"{doc}\t{split}\t{a}\t{b}\t{lab['label']}\t{','.join(lab['donor'])}\t{','.join(lab['recipient'])}")
                continue
            if lab['doc'] in seen:
                continue
            seen.add(lab['doc'])
            d = docs[lab['doc']]
            spans = manifest[lab['doc']]
            split = ('test2' if lab['doc'] in test2 else 'dev3' if lab['doc'] in dev3 else 'test4' if lab['doc'] in test4
                     else 'test5' if lab['doc'] in test5 else 'test6' if lab['doc'] in test6
                     else 'test7' if lab['doc'] in test7 else 'test8' if lab['doc'] in test8 else 'test9' if lab['doc'] in test9 else 'dev' if d['date'] < prepare.SPLIT_DATE else 'dev2')
            roles = {}
            for e in lab['events']:
                for n in e.get('evidence', []):
                    donors, recipients = roles.setdefault(int(n), ([], []))
                    if e['donor'] not in donors: donors.append(e['donor'])
                    if e['recipient'] not in recipients: recipients.append(e['recipient'])
            for n, label in sorted(lab['sentences'].items(), key=lambda kv: int(kv[0])):
                a, b = spans[int(n)]
                donors, recipients = roles.get(int(n), (['?'], ['?']))
                rows.append(f"{lab['doc']}\t{split}\t{a}\t{b}\t{label}\t{','.join(donors)}\t{','.join(recipients)}")
            events = []
            for e in lab['events']:
                e = dict(e)
                e['evidence'] = [list(spans[int(n)]) for n in e.get('evidence', [])]
                events.append(e)
            documents.append({'doc': lab['doc'], 'split': split, 'kind': prepare.doc_kind(d), 'date': d['date'], 'events': events})
    with open(os.path.join(HERE, 'sentences.tsv'), 'w', encoding='utf-8') as f:
        f.write('doc\tsplit\tstart\tend\tlabel\tdonor\trecipient\n' + '\n'.join(rows) + '\n')
    with open(os.path.join(HERE, 'documents.jsonl'), 'w', encoding='utf-8') as f:
        for d in sorted(documents, key=lambda d: (d['date'], d['doc'])):
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    print(f"{len(rows)} sentences, {len(documents)} documents, {sum(len(d['events']) for d in documents)} events")


if __name__ == '__main__':
    main()
