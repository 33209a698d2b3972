namespace NewsWatch.Entities.Dates;

/// <summary>How much time a resolved date value covers.</summary>
public enum DateGrain
{
    Day,
    Week,
    Weekend,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}
