#!/usr/bin/env python3
"""Turns the annotators' batch files into labels.jsonl: offsets into each document's plain text and a hash of each
mention's text instead of the text itself (nothing of the corpus is committed).

    python3 models/training/wh-entities/build_labels.py OUTDIR/manifest.jsonl OUTDIR/labels/batch*.jsonl > ROUND.jsonl

labels.jsonl is round 1's output followed by round 2's (rounds: see prepare.py).

An annotator's offsets are into a window file (the window's text exactly); the window id is `<doc>@<start>`.
"""
import hashlib, json, sys

TYPES = {'PERSON', 'DATE', 'MONEY'}


def main():
    manifest = {f"{m['doc']}@{m['start']}": m for m in map(json.loads, open(sys.argv[1], encoding='utf-8'))}
    rows = {}
    for path in sys.argv[2:]:
        for line in open(path, encoding='utf-8'):
            if not line.strip():
                continue
            labelled = json.loads(line)
            m = manifest[labelled['window']]
            mentions = []
            for x in labelled['mentions']:
                if x['type'] not in TYPES:
                    raise SystemExit(f"{path}: unknown type {x['type']}")
                out = {'type': x['type'], 'start': m['start'] + x['start'], 'end': m['start'] + x['end'],
                       'hash': hashlib.sha256(x['text'].encode('utf-8')).hexdigest()[:8]}
                if x['type'] == 'DATE':
                    out['value'] = x.get('value') or ''
                if x['type'] == 'MONEY':
                    out['amount'] = x['amount']
                    out['currency'] = x['currency']
                    if x.get('amount_high') is not None:
                        out['amount_high'] = x['amount_high']
                mentions.append(out)
            rows[labelled['window']] = {'doc': m['doc'], 'split': m['split'], 'round': m.get('round', 1), 'date': m['date'], 'kind': m['kind'],
                                        'start': m['start'], 'end': m['end'], 'mentions': mentions}
    missing = set(manifest) - set(rows)
    if missing:
        raise SystemExit(f'windows without labels: {sorted(missing)}')
    for key in sorted(rows, key=lambda k: (rows[k]['date'], k)):
        print(json.dumps(rows[key]))


if __name__ == '__main__':
    main()
