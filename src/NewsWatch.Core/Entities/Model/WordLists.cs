using System.Collections.Frozen;

namespace NewsWatch.Entities.Model;

/// <summary>
/// Small closed word lists the model uses as features and the GMB label mapping uses to
/// trim spans. Looked up lower-cased, without a trailing dot ("Sept." → "sept").
/// </summary>
public static class WordLists
{
    /// <summary>Words that precede a name and are not part of it (GMB puts them inside per spans).</summary>
    public static readonly FrozenSet<string> Titles = Set(
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "president", "president-elect", "prime", "minister",
        "premier", "vice", "deputy", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor",
        "gov", "mayor", "general", "gen", "lieutenant", "lt", "colonel", "col", "major", "maj", "captain", "capt",
        "sergeant", "sgt", "admiral", "adm", "commander", "cmdr", "brigadier", "brig", "marshal", "corporal", "private",
        "king", "queen", "prince", "princess", "emperor", "sultan", "emir", "sheikh", "ayatollah", "pope", "cardinal",
        "archbishop", "bishop", "reverend", "rev", "rabbi", "imam", "chancellor", "secretary", "secretary-general",
        "undersecretary", "ambassador", "envoy", "chairman", "chairwoman", "chief", "judge", "justice", "prosecutor",
        "spokesman", "spokeswoman", "foreign", "defense", "defence", "interior", "finance", "former", "acting", "interim",
        "professor", "prof", "director", "leader", "speaker", "senior", "opposition", "first", "crown", "grand", "supreme");

    public static readonly FrozenSet<string> Months = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    public static readonly FrozenSet<string> Weekdays = Set(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

    public static readonly FrozenSet<string> RelativeDays = Set("today", "yesterday", "tomorrow", "tonight");

    public static readonly FrozenSet<string> DateUnits = Set("week", "month", "year", "weekend", "decade", "quarter", "century");

    public static readonly FrozenSet<string> TimesOfDay = Set(
        "morning", "afternoon", "evening", "night", "noon", "midnight", "dawn", "dusk", "overnight", "midday");

    public static readonly FrozenSet<string> CurrencyWords = Set(
        "dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "yen", "yuan", "renminbi", "rupee", "rupees",
        "ruble", "rubles", "rouble", "roubles", "hryvnia", "hryvnias", "franc", "francs", "won", "krona", "kronor", "krone",
        "kroner", "zloty", "zlotys", "shekel", "shekels", "riyal", "riyals", "rial", "rials", "dinar", "dinars", "dirham",
        "dirhams", "peso", "pesos", "real", "reais", "rand", "lira", "liras", "naira", "baht", "ringgit", "rupiah", "usd",
        "eur", "gbp", "jpy", "cny", "rub", "uah", "inr", "chf", "cad", "aud");

    public static readonly FrozenSet<string> Magnitudes = Set(
        "thousand", "million", "millions", "billion", "billions", "trillion", "trillions", "bn", "mn", "m", "k", "tn",
        "mln", "bln", "crore", "lakh");

    /// <summary>Whether a word as written ("Gen.", "President") is one of <see cref="Titles"/>.</summary>
    public static bool IsTitle(string word) => Titles.Contains(word.TrimEnd('.').ToLowerInvariant());

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
