namespace NewsWatch.Entities.Model;

/// <summary>Gazetteer and word-list hits of one token, used as model features (one bit, one feature).</summary>
[Flags]
public enum LexiconHit : uint
{
    None = 0,
    CountryStart = 1 << 0,
    CountryInside = 1 << 1,
    Demonym = 1 << 2,
    FirstName = 1 << 3,
    Month = 1 << 4,
    Weekday = 1 << 5,
    CurrencyWord = 1 << 6,
    CurrencySymbol = 1 << 7,
    Title = 1 << 8,
    Magnitude = 1 << 9,
    Year = 1 << 10,
    RelativeDay = 1 << 11,
    DateUnit = 1 << 12,
    TimeOfDay = 1 << 13,
    Organisation = 1 << 14,

    // Feature version 2 (NameHints): a model of version 1 never sees these bits.
    Surname = 1 << 15,
    OtherGivenName = 1 << 16,
    CommonWord = 1 << 17,
}
