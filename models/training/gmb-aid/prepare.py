#!/usr/bin/env python3
"""Picks the GMB (Voice of America news) sentences about aid and writes labelling batches outside the repository.

GMB stays in ../shared: the labels committed here (labels/*.jsonl) name a sentence by its number in
ner_dataset.csv ("Sentence: N"), and the C# training code rebuilds the text from the corpus. News prose
("Japan has pledged $10 million in emergency aid to Pakistan") is the register the daemon reads most and
the White House documents lack. Deterministic: the same corpus gives the same sentences.

    python3 models/training/gmb-aid/prepare.py ../shared/corpus/gmb/ner_dataset.csv.gz OUTDIR BATCHES [round2]

Round 1 (labels/gmb-batch*.jsonl) takes sentences with an aid word and a giving or money word; round 2
(labels/gmb-round2-batch*.jsonl) the rest of a looser net: weapons, arms and humanitarian words, more giving verbs
(fund, allocate, earmark, supply, announce), and sums of money with a giving verb.
"""
import csv, gzip, re, sys

AID = re.compile(r'\b(?:aid|assistance|donat\w*|pledg\w*|grants?|loans?|relief|contribut\w*)\b', re.I)
GIVE = re.compile(r'\b(?:million|billion|provid\w*|giv\w*|gave|send\w*|sent|deliver\w*|pledg\w*|donat\w*|offer\w*|'
                  r'promis\w*|approv\w*|request\w*|suspend\w*|cut)\b', re.I)
NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]'](?:s\b)?|n't\b|'s\b|'re\b|'ve\b|'ll\b|'d\b)")


def detokenize(words):
    text = ' '.join(words)
    text = NO_SPACE_BEFORE.sub(r'\1', text)
    return re.sub(r'([(\[$]) ', r'\1', text)


def read(path):
    """[(number, words)] in corpus order."""
    out = []
    with gzip.open(path, 'rt', encoding='utf-8', errors='replace') as f:
        rows = csv.reader(f)
        next(rows)
        for r in rows:
            if r[0].startswith('Sentence:'):
                out.append((int(r[0].split(':')[1]), []))
            if out:
                out[-1][1].append(r[1])
    return out


def chosen(sentences):
    return [i for i, (_, words) in enumerate(sentences) if AID.search(' '.join(words)) and GIVE.search(' '.join(words))]


MONEY = re.compile(r'\$\s?\d|\b\d[\d,.]*\s*(?:million|billion)\b|\b(?:million|billion) (?:dollars|euros)\b', re.I)
AID2 = re.compile(r'\b(?:aid|assistance|donat\w*|pledg\w*|grants?|loans?|relief|contribut\w*|weapons|arms|military equipment|'
                  r'humanitarian)\b', re.I)
GIVE2 = re.compile(r'\b(?:provid\w*|giv\w*|gave|send\w*|sent|deliver\w*|pledg\w*|donat\w*|offer\w*|promis\w*|approv\w*|'
                   r'supply\w*|supplied|fund\w*|allocat\w*|earmark\w*|announc\w*)\b', re.I)


def chosen_round2(sentences):
    first = set(chosen(sentences))
    out = []
    for i, (_, words) in enumerate(sentences):
        text = ' '.join(words)
        if i not in first and ((AID2.search(text) and (GIVE2.search(text) or MONEY.search(text))) or (MONEY.search(text) and GIVE2.search(text))):
            out.append(i)
    return out


def main():
    src, outdir, batches = sys.argv[1], sys.argv[2], int(sys.argv[3])
    round2 = len(sys.argv) > 4 and sys.argv[4] == 'round2'
    sentences = read(src)
    picks = chosen_round2(sentences) if round2 else chosen(sentences)
    files = [[] for _ in range(batches)]
    for k, i in enumerate(picks):
        number, words = sentences[i]
        before = detokenize(sentences[i - 1][1]) if i > 0 else ''
        files[k * batches // len(picks)].append(f"=== GMB #{number}\n    before: {before}\n  > {detokenize(words)}")
    for k, chunk in enumerate(files):
        with open(f"{outdir}/gmb-{'round2-' if round2 else ''}batch{k + 1}.txt", 'w', encoding='utf-8') as f:
            f.write('\n\n'.join(chunk) + '\n')
    print(f"gmb: {len(picks)} sentences in {batches} batches")


if __name__ == '__main__':
    main()
