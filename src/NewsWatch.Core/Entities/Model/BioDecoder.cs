namespace NewsWatch.Entities.Model;

/// <summary>
/// Constrained Viterbi over per-token label scores: the best label sequence among those that
/// are valid BIO (an I-X only right after B-X or I-X). ML.NET has no CRF; the classifier scores
/// each token independently and this decode supplies the sequence structure, optionally
/// with label-bigram transition scores.
/// </summary>
public static class BioDecoder
{
    /// <summary>
    /// <paramref name="scores"/>: n × C row-major per-token scores (log-probabilities).
    /// <paramref name="transitions"/>: (C + 1) × C, row p = score of moving from label p to each label,
    /// row C = score of starting a sentence with each label; empty for none.
    /// </summary>
    public static void Decode(ReadOnlySpan<float> scores, int classes, ReadOnlySpan<float> transitions, Span<int> labels)
    {
        var n = labels.Length;
        if (n == 0)
        {
            return;
        }

        if (scores.Length < n * classes)
        {
            throw new ArgumentException("Fewer scores than tokens × classes.", nameof(scores));
        }

        var hasTransitions = !transitions.IsEmpty;
        var back = new byte[n * classes];
        Span<float> current = stackalloc float[classes];
        Span<float> next = stackalloc float[classes];
        for (var y = 0; y < classes; y++)
        {
            current[y] = NerLabels.IsAllowed(-1, y)
                ? scores[y] + (hasTransitions ? transitions[classes * classes + y] : 0f)
                : float.NegativeInfinity;
        }

        for (var t = 1; t < n; t++)
        {
            for (var y = 0; y < classes; y++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < classes; p++)
                {
                    if (!NerLabels.IsAllowed(p, y) || float.IsNegativeInfinity(current[p]))
                    {
                        continue;
                    }

                    var s = current[p] + (hasTransitions ? transitions[p * classes + y] : 0f);
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                next[y] = best + scores[t * classes + y];
                back[t * classes + y] = (byte)arg;
            }

            next.CopyTo(current);
        }

        var label = 0;
        for (var y = 1; y < classes; y++)
        {
            if (current[y] > current[label])
            {
                label = y;
            }
        }

        for (var t = n - 1; t >= 0; t--)
        {
            labels[t] = label;
            label = back[t * classes + label];
        }
    }
}
