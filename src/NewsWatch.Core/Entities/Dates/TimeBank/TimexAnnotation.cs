namespace NewsWatch.Entities.Dates.TimeBank;

/// <summary>A gold TIMEX3 in a TimeML document's text: UTF-16 offsets into <see cref="TimeMlDocument.Text"/> (end exclusive), its type (DATE, TIME, DURATION, SET) and value.</summary>
public sealed record TimexAnnotation(int Start, int End, string Type, string Value);
