using NewsWatch.Entities;

namespace NewsWatch.Events;

/// <summary>Packages of one article that are the parts of a larger one named with them fold into it.</summary>
internal static class PackageTotals
{
    /// <summary>How many smaller packages of an article are tried as parts of a total (2^n subsets).</summary>
    private const int MaxPartsSearched = 12;

    /// <summary>How far parts may miss the total they add up to: exact sums, and a total given as "nearly" or "about" one.</summary>
    private const double ExactPartsTolerance = 0.01;
    private const double ApproximatePartsTolerance = 0.025;

    /// <summary>
    /// A total announced with its parts in sentences of their own ("new contributions totaling $316 million", then
    /// "$201 million for UNRWA", "$100 million for the hospital network", "$15 million in food aid"): packages whose sums
    /// add up to a larger one's are its parts, not packages of their own.
    /// </summary>
    public static void Fold(List<List<AidFrame>> packages, DateOnly published)
    {
        decimal? Usd(List<AidFrame> package) => AidEventExtractor.UsdOf(package[0].Amount!, published);
        AidPart PartOf(List<AidFrame> package) => new(package[0].Amount!.Amount!.Value, package[0].Amount!.Currency, Usd(package), package[0].What);
        // The parts join their package: their sums are listed as its parts, their sentences become its evidence.
        void Join(List<AidFrame> whole, IReadOnlyList<List<AidFrame>> parts)
        {
            whole[0].Parts = [.. whole[0].Parts, .. parts.Select(PartOf)];
            foreach (var part in parts)
            {
                packages.Remove(part);
                whole.AddRange(part);
            }
        }

        foreach (var total in packages.Where(p => p[0].Amount is not null).OrderByDescending(p => Usd(p) ?? 0).ToList())
        {
            if (!packages.Contains(total) || total[0].Parts.Count > 0 || Usd(total) is not { } sum) continue;
            // Without "totaling" in the total's sentence, the parts must say so themselves ("It includes $900 million for ...").
            var announcedAsTotal = SentenceCues.AnnouncesTotal(total[0].Text);
            var smaller = packages.Where(p => p != total && p[0].Index > total[0].Index && p[0].Amount is not null && p[0].Parts.Count == 0
                    && (announcedAsTotal || SentenceCues.OpensWithParts(p[0].Text))
                    && Usd(p) is { } u && u < sum)
                .Take(MaxPartsSearched).ToList();
            // "nearly $2.5 billion": $1.25 billion and $1.22 billion are its parts.
            var tolerance = total[0].Amount!.Bound is null ? ExactPartsTolerance : ApproximatePartsTolerance;
            var subset = PartsAddingUpTo(smaller.Select(p => Usd(p)!.Value).ToList(), sum, tolerance);
            var parts = subset?.Select(i => smaller[i]).ToList();
            // "nearly $2.5 billion in additional security assistance. DoD will provide a drawdown package of $1.25 billion and
            // a USAI package of $1.22 billion": every sum of the next sentence, adding up to the total, is a part however worded.
            if (parts is null && packages.Where(p => p != total && p[0].Amount is not null && p[0].Parts.Count == 0 && p[0].Index > total[0].Index
                    && p[0].Index - total[0].Index <= AidEventExtractor.BorrowDistance).GroupBy(p => p[0].Index).OrderBy(g => g.Key).FirstOrDefault() is { } next
                && next.Count() >= 2 && next.All(p => Usd(p) is { } u && u < sum)
                && AidEventExtractor.AmountsAgree(next.Sum(p => Usd(p)!.Value), sum, tolerance))
                parts = next.ToList();
            if (parts is not null) Join(total, parts);
        }
        // "... I am committing $2.4 billion in USAI funding ... In total, this is $7.9 billion in new security assistance": a
        // total that sums up the sentences before it takes their sums as its parts.
        foreach (var total in packages.Where(p => p[0].Amount is not null && p[0].Parts.Count == 0 && SentenceCues.SumsUpPreceding(p[0].Text)).ToList())
        {
            if (!packages.Contains(total) || Usd(total) is not { } sum) continue;
            var parts = packages.Where(p => p != total && p[0].Amount is not null && p[0].Parts.Count == 0 && p[0].Index < total[0].Index
                && total[0].Index - p[0].Index <= AidEventExtractor.BorrowDistance && Usd(p) is { } u && u < sum).ToList();
            Join(total, parts);
        }
        // "The security assistance comes in two parts. The first, worth $350 million, ...": a numbered part belongs to the
        // larger package named before it even when the other parts' sums are not all read.
        // So does "Of the total of NOK 2 billion, NOK 1.5 billion will be channelled through ...", and a part named a few
        // sentences after its package ("The package will include around £200 million for drones", "Artillery ammunition
        // and air defence make up another 3.1 billion kronor") though the other parts are not all read.
        foreach (var part in packages.Where(p => p[0].Amount is not null && p[0].Parts.Count == 0 && !p[0].IsNumberedPackage
                     && (p[0].IsListedPart || SentenceCues.OpensWithParts(p[0].Text))).ToList())
        {
            if (Usd(part) is not { } usd) continue;
            var near = part[0].IsListedPart || SentenceCues.OpensWithOrdinalPart(part[0].Text) || SentenceCues.OpensWithShareOf(part[0].Text)
                ? int.MaxValue : AidEventExtractor.BorrowDistance;
            // "The first, $42.5 million in humanitarian assistance, ... The second, $18 million for agriculture": the first is a
            // package of its own, not the whole the second belongs to.
            var whole = packages.Where(p => p != part && p[0].Index < part[0].Index && part[0].Index - p[0].Index <= near && p[0].Amount is not null && Usd(p) > usd
                && !SentenceCues.OpensWithOrdinalPart(p[0].Text)).MaxBy(p => p[0].Index);
            if (whole is not null) Join(whole, [part]);
        }
    }

    /// <summary>
    /// "The Government decided to extend Emergency Grant Aid of 8.5 million U.S. dollars ... Of this amount, 5.5 million
    /// dollars will be provided to Türkiye and 3 million dollars to Syria": a sum split among recipients named right after
    /// it is theirs, not a package of its own.
    /// </summary>
    public static void DropSplitTotals(List<AidFrame> frames, DateOnly published)
    {
        var splits = frames.Where(f => f.OwnRecipient && f.Amount is not null && f.Recipient is not null).GroupBy(f => f.Index)
            .Where(g => g.Select(f => f.Recipient!.Code).Distinct().Count() >= 2).ToList();
        foreach (var split in splits)
        {
            var shares = split.Select(f => AidEventExtractor.UsdOf(f.Amount!, published)).ToList();
            if (shares.Any(u => u is null)) continue;
            var sum = shares.Sum(u => u!.Value);
            frames.RemoveAll(t => t.Index < split.Key && split.Key - t.Index <= AidEventExtractor.BorrowDistance && t.Amount is not null && !t.IsRecap
                && split.All(f => f.Donor?.Code == t.Donor?.Code)
                && AidEventExtractor.UsdOf(t.Amount, published) is { } u && AidEventExtractor.AmountsAgree(u, sum, ExactPartsTolerance));
        }
    }

    /// <summary>
    /// "The President announced $1.85 billion in additional security assistance for Ukraine. The package has two parts: - A
    /// Presidential drawdown of $1 billion ...; - $850 million through the Ukraine Security Assistance Initiative": sums of
    /// the next few sentences that add up to a new package's sum are its parts, however each of those sentences reads on its
    /// own (the second reads as a recap to the classifier, and a part worded below its threshold makes no frame at all).
    /// </summary>
    /// <remarks>
    /// Bullets between the parts do not count towards the distance: "The first part, a drawdown worth $150 million, includes:"
    /// and its list of items come before "The second part, $2.2 billion from USAI".
    /// </remarks>
    public static void FoldFollowingSums(List<AidFrame> frames, IReadOnlyList<(int Sentence, EntityValue Amount)> sums, IReadOnlyList<bool> bullets, DateOnly published)
    {
        int Distance(int from, int to) => Enumerable.Range(from + 1, Math.Max(0, to - from)).Count(k => !bullets[k]);
        var folded = new HashSet<EntityValue>(ReferenceEqualityComparer.Instance);
        foreach (var total in frames.Where(f => !f.IsRecap && f.Amount is not null && f.Parts.Count == 0).OrderBy(f => f.Index).ToList())
        {
            if (folded.Contains(total.Amount!) || !frames.Contains(total) || AidEventExtractor.UsdOf(total.Amount!, published) is not { } sum) continue;
            var following = sums.Where(s => s.Sentence > total.Index && Distance(total.Index, s.Sentence) <= AidEventExtractor.BorrowDistance && !folded.Contains(s.Amount)
                    && AidEventExtractor.UsdOf(s.Amount, published) is { } u && u < sum)
                .Take(MaxPartsSearched).ToList();
            // Another giver's sum is no part of this one's package, nor is a sum the sentence gives a recipient of its own
            // ("USAID will also commit $27.7 million for the Colombia Invest for Climate activity" under a global $41.1 million).
            if (following.Any(s => frames.Any(f => ReferenceEquals(f.Amount, s.Amount)
                    && (f.Donor is not null && f.Donor.Code != total.Donor?.Code
                        || f.RecipientInSentence && (!total.RecipientInSentence || f.Recipient?.Code != total.Recipient?.Code))))) continue;
            var tolerance = total.Amount!.Bound is null ? ExactPartsTolerance : ApproximatePartsTolerance;
            if (PartsAddingUpTo([.. following.Select(s => AidEventExtractor.UsdOf(s.Amount, published)!.Value)], sum, tolerance) is not { } picked) continue;
            var parts = picked.Select(k => following[k]).ToList();
            total.Parts = [.. parts.Select(s => new AidPart(s.Amount.Amount!.Value, s.Amount.Currency, AidEventExtractor.UsdOf(s.Amount, published),
                frames.FirstOrDefault(f => ReferenceEquals(f.Amount, s.Amount))?.What ?? ""))];
            foreach (var (_, amount) in parts) folded.Add(amount);
            // A part named again further on ("The $425 million drawdown includes: ...") is still that part.
            var partsUsd = parts.Select(s => AidEventExtractor.UsdOf(s.Amount, published)!.Value).ToList();
            frames.RemoveAll(f => f != total && f.Amount is not null && (folded.Contains(f.Amount)
                || f.Index > total.Index && f.Donor?.Code == total.Donor?.Code && AidEventExtractor.UsdOf(f.Amount, published) is { } u
                    && partsUsd.Any(p => AidEventExtractor.AmountsAgree(p, u, ExactPartsTolerance))));
        }
    }

    /// <summary>
    /// A sentence without a sum that points back at the package just named ("This USAI package will provide ...") is part of
    /// that package's announcement: it takes the package's measure and recap reading, so that it joins it.
    /// </summary>
    public static void JoinPointersBack(List<AidFrame> frames)
    {
        foreach (var f in frames.Where(f => f.Amount is null && SentenceCues.PointsBackToPackage(f.Text)))
        {
            if (frames.Where(g => g.Index < f.Index && f.Index - g.Index <= AidEventExtractor.BorrowDistance && g.Amount is not null
                    && g.Donor?.Code == f.Donor?.Code && g.Recipient?.Code == f.Recipient?.Code).MaxBy(g => g.Index) is not { } package) continue;
            f.Measure = package.Measure;
            f.IsRecap = package.IsRecap;
        }
    }

    /// <summary>The indices of at least two of <paramref name="sums"/> that add up to <paramref name="total"/> (within <paramref name="tolerance"/>), else null.</summary>
    private static List<int>? PartsAddingUpTo(IReadOnlyList<decimal> sums, decimal total, double tolerance)
    {
        for (var mask = 1; mask < 1 << sums.Count; mask++)
        {
            if (System.Numerics.BitOperations.PopCount((uint)mask) < 2) continue;
            var picked = Enumerable.Range(0, sums.Count).Where(i => (mask & (1 << i)) != 0).ToList();
            if (AidEventExtractor.AmountsAgree(picked.Sum(i => sums[i]), total, tolerance)) return picked;
        }
        return null;
    }
}
