namespace NewsWatch.Entities.Model;

/// <summary>An entity span over token indexes [Start, End) of one sentence.</summary>
public readonly record struct LabeledSpan(int TypeIndex, int Start, int End)
{
    public string Type => NerLabels.Types[TypeIndex];

    /// <summary>The spans of a BIO label sequence, read the seqeval way (an I without a matching B opens a span).</summary>
    public static void FromLabels(ReadOnlySpan<int> labels, List<LabeledSpan> spans)
    {
        var i = 0;
        while (i < labels.Length)
        {
            var type = NerLabels.TypeOf(labels[i]);
            if (type < 0)
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < labels.Length && labels[end] == NerLabels.Inside(type))
            {
                end++;
            }

            spans.Add(new LabeledSpan(type, i, end));
            i = end;
        }
    }
}
