namespace NewsWatch.Entities.Dates.TimeBank;

/// <summary>
/// One TimeML document: its name inside the archive (which names its sub-corpus, "TimeBank/" or "AQUAINT/"), the
/// document creation time, the plain text of its TEXT element and the TIMEX3 annotations inside that text.
/// </summary>
public sealed record TimeMlDocument(string Name, DateOnly CreationTime, string Text, IReadOnlyList<TimexAnnotation> Timexes);
