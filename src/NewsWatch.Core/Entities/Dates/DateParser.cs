namespace NewsWatch.Entities.Dates;

/// <summary>
/// A date expression over tokens [<see cref="First"/>, <see cref="Next"/>): one value, or a range to <see cref="High"/>;
/// <see cref="Duration"/> when it is a length of time counted from the reference ("the past two months").
/// </summary>
internal readonly record struct DateHit(int First, int Next, DateValue Value, DateValue? High, bool Duration = false);

/// <summary>
/// The grammar behind <see cref="DateRecognizer"/>, for one text: each rule reads a bounded number of tokens from
/// a position, so the scan stays linear. Calendar parts without a year ("June 5") stay unresolved until a range
/// partner or the reference date fixes the year.
/// </summary>
internal sealed partial class DateParser
{
    private readonly string _text;
    private readonly List<ScanToken> _tokens;
    private readonly DateOnly _reference;

    /// <summary>Where the expression being parsed starts, and the tense of its clause once asked for.</summary>
    private int _expressionStart;

    private Tense? _tenseOfExpression;

    /// <summary>
    /// News omits the year of dates in the current year (AP style), so a date a few weeks ahead in a clause of no
    /// clear tense ("payable Dec. 1 to holders of record Nov. 10") is this year's, not nearly a year back. Chosen on
    /// the TimeBank dev split.
    /// </summary>
    private const int YearOmittedDays = 60;

    public DateParser(string text, List<ScanToken> tokens, DateOnly reference)
    {
        _text = text;
        _tokens = tokens;
        _reference = reference;
    }

    /// <summary>
    /// Set when another judge (the tagger's model) has already found a date at the parsed position: a capitalised month
    /// then needs no preposition before it ("as early as July", "February's vote"), that guard being against names and verbs.
    /// </summary>
    public bool DateKnown { get; init; }

    public int Count => _tokens.Count;

    /// <summary>
    /// The tense of the clause the expression being parsed sits in (see <see cref="TenseCues"/>): in a future clause a
    /// weekday or a date without a year resolves forward from the reference, otherwise back. Read only when a rule
    /// needs it, because most starting words ("the", numbers) begin no date.
    /// </summary>
    private Tense CurrentTense => _tenseOfExpression ??= TenseCues.Of(_text, _tokens, _expressionStart);

    public ScanToken Token(int i) => _tokens[i];

    /// <summary>The longest date expression starting at token <paramref name="i"/>, or null.</summary>
    public DateHit? TryAt(int i)
    {
        // Most words start no date; only numbers and the words in DateWords.Starters are worth parsing from.
        if (_tokens[i].Kind != ScanTokenKind.Number && !(_tokens[i].Kind == ScanTokenKind.Word && DateWords.StartersLookup.Contains(Word(i))))
        {
            return null;
        }
        (_expressionStart, _tenseOfExpression, _focusUsed) = (i, null, false);
        var between = Is(i, "between");
        var hit = between || Is(i, "from")
            ? RangeFrom(i + 1, between) is { } r && r.High is not null ? r with { First = i } : null
            : RangeFrom(i, between: false);
        // "the year-ago quarter", "a year-earlier period": the date words are only part of a compound.
        return hit is { } h && _tokens[h.Next - 1].Kind == ScanTokenKind.Word && IsGluedDash(h.Next) && h.Next + 1 < Count && _tokens[h.Next + 1].Kind == ScanTokenKind.Word && !_tokens[h.Next + 1].SpaceBefore
            ? null
            : hit;
    }

    /// <summary>The date expression at token <paramref name="i"/> alone, not joined into a range with what follows it.</summary>
    public DateHit? SingleAt(int i)
    {
        (_expressionStart, _tenseOfExpression, _focusUsed) = (i, null, false);
        if (Best(i, allowBareDay: false) is not { } piece)
        {
            return null;
        }
        piece = WithTrailingYear(piece);
        return Resolve(piece) is { } value ? new DateHit(piece.First, piece.Next, value, piece.High, piece.Duration) : null;
    }

    private DateHit? RangeFrom(int i, bool between)
    {
        if (i >= Count || Best(i, allowBareDay: true) is not { } left)
        {
            return null;
        }
        left = WithTrailingYear(left);
        var c = left.Next;
        if (IsConnector(c, between) && Best(c + 1, allowBareDay: true) is { } right && Combine(left, WithTrailingYear(right)) is { } range)
        {
            return range;
        }
        if (left.BareDay)
        {
            return null;
        }
        left = WithTrailingYear(left);
        return Resolve(left) is { } value ? new DateHit(left.First, left.Next, value, left.High, left.Duration) : null;
    }

    private bool IsConnector(int c, bool between)
    {
        if (c >= Count)
        {
            return false;
        }
        if (_tokens[c].Kind == ScanTokenKind.Dash)
        {
            return true;
        }
        return between ? Is(c, "and") || DateWords.RangeConnectorsLookup.Contains(Word(c)) : DateWords.RangeConnectorsLookup.Contains(Word(c));
    }

    // ---- pieces ---------------------------------------------------------------------------------------------

    /// <summary>
    /// A parsed piece: calendar parts still to resolve, or a resolved value (or a ready range up to <see cref="High"/>).
    /// <see cref="BareDay"/> marks pieces that only count inside a range ("9" in "9 to 12 June", "now");
    /// <see cref="BareWeekday"/> a weekday without modifier, which a range start can re-anchor; <see cref="Duration"/> a
    /// length of time counted from the reference ("the next 3 days"), which TimeML calls a DURATION.
    /// </summary>
    private readonly record struct Piece(int First, int Next, Cal? Parts, DateValue? Value, bool BareDay = false, DateValue? High = null, DayOfWeek? BareWeekday = null, bool Duration = false);

    private readonly record struct Cal(int? Year, int? Month, int? Day);

    private Piece? Best(int i, bool allowBareDay)
    {
        if (i >= Count)
        {
            return null;
        }
        Piece? best = null;
        Consider(ref best, MonthFirst(i));
        Consider(ref best, DayFirst(i));
        Consider(ref best, Numeric(i, afterWeekday: false));
        Consider(ref best, YearLed(i));
        Consider(ref best, RelativeDay(i));
        Consider(ref best, Weekday(i));
        Consider(ref best, AnaphoricPeriod(i));
        Consider(ref best, RelativePeriod(i));
        Consider(ref best, QuarterOrWeek(i));
        Consider(ref best, Offset(i));
        Consider(ref best, Holiday(i));
        Consider(ref best, Era(i));
        Consider(ref best, PartOfPeriod(i));
        Consider(ref best, Fortnight(i));
        Consider(ref best, DurationFrom(i));
        Consider(ref best, Season(i));
        Consider(ref best, ReportedQuarter(i));
        Consider(ref best, MonthOfRelativeYear(i));
        Consider(ref best, QuarterOfYear(i));
        Consider(ref best, YearAgoPeriod(i));
        Consider(ref best, FiscalPeriod(i));
        Consider(ref best, HalfOfYear(i));
        Consider(ref best, YearEnd(i));
        if (best is null && allowBareDay && Day(i, cardinals: false) is var (day, next))
        {
            best = new Piece(i, next, new Cal(null, null, day), null, BareDay: true);
        }
        if (best is null && allowBareDay && Is(i, "now"))
        {
            best = new Piece(i, i + 1, null, DateValue.Day(_reference), BareDay: true);
        }
        return best;
    }

    /// <summary>"28 June in 2020", "5/7, 2020": a year after a date that has none.</summary>
    private Piece WithTrailingYear(Piece piece)
    {
        if (piece.Parts is { Year: null, Month: not null } parts && (Is(piece.Next, "in") || Punct(piece.Next, ','))
            && Year(piece.Next + 1, twoDigits: false) is var (year, next))
        {
            return piece with { Parts = parts with { Year = year }, Next = next };
        }
        return piece;
    }

    private static void Consider(ref Piece? best, Piece? candidate)
    {
        if (candidate is { } c && (best is null || c.Next > best.Value.Next))
        {
            best = c;
        }
    }

    private DateHit? Combine(Piece left, Piece right)
    {
        DateValue low, high;
        if (right.BareWeekday is { } weekday && (right.Value is not null) && Resolve(left) is { Grain: DateGrain.Day } start)
        {
            // "from next Monday to Friday": the first such weekday after the start.
            var days = ((int)weekday - (int)start.First.DayOfWeek + 7) % 7;
            right = right with { Value = DateValue.Day(start.First.AddDays(days == 0 ? 7 : days)) };
        }
        if (left.Parts is { } a && right.Parts is { } b)
        {
            if (a.Month is null && a.Day is not null && b.Month is not null)
            {
                a = a with { Month = b.Month, Year = a.Year ?? b.Year };
            }
            if (b.Month is null && b.Day is not null && b.Year is null && a.Month is not null && a.Day is not null)
            {
                b = b with { Month = b.Day < a.Day ? a.Month % 12 + 1 : a.Month };
                if (a.Year is not null)
                {
                    b = b with { Year = b.Day < a.Day && a.Month == 12 ? a.Year + 1 : a.Year };
                }
            }
            if ((a.Month is null && a.Year is null) || (b.Month is null && b.Year is null) || (a.Day is not null && a.Month is null) || (b.Day is not null && b.Month is null))
            {
                return null;
            }
            if (a.Year is null && b.Year is not null)
            {
                a = a with { Year = b.Year - (Later(a, b) ? 1 : 0) };
            }
            if (a.Year is null)
            {
                if (ResolveCal(a) is not { } anchored)
                {
                    return null;
                }
                a = a with { Year = anchored.First.Year };
            }
            if (b.Year is null)
            {
                b = b with { Year = a.Year + (Later(a, b) ? 1 : 0) };
            }
            if (ResolveCal(a) is not { } l || ResolveCal(b) is not { } h)
            {
                return null;
            }
            (low, high) = (l, h);
        }
        else
        {
            if ((left.BareDay && left.Value is null) || (right.BareDay && right.Value is null))
            {
                return null;
            }
            // A year-less side of a range is placed on the right side of the resolved one: "between now and November 15th".
            if (left.Value is { } fixedLow && right.Parts is { Year: null, Month: not null } openHigh)
            {
                right = right with { Parts = openHigh with { Year = fixedLow.First.Year + (Later(new Cal(null, fixedLow.First.Month, fixedLow.First.Day), openHigh) ? 1 : 0) } };
            }
            else if (right.Value is { } fixedHigh && left.Parts is { Year: null, Month: not null } openLow)
            {
                left = left with { Parts = openLow with { Year = fixedHigh.First.Year - (Later(openLow, new Cal(null, fixedHigh.First.Month, fixedHigh.First.Day)) ? 1 : 0) } };
            }
            if (Resolve(left) is not { } l || Resolve(right) is not { } h)
            {
                return null;
            }
            (low, high) = (l, h);
        }
        return high.First > low.First ? new DateHit(left.First, right.Next, low, high) : null;
    }

    /// <summary>True when <paramref name="a"/> falls later in the year than <paramref name="b"/> (so a range from a to b crosses a new year).</summary>
    private static bool Later(Cal a, Cal b) =>
        (a.Month ?? 1) > (b.Month ?? 12) || ((a.Month ?? 1) == (b.Month ?? 12) && (a.Day ?? 1) > (b.Day ?? 31));

    private DateValue? Resolve(Piece piece) => piece.Value ?? (piece.Parts is { } parts ? ResolveCal(parts) : null);

    /// <summary>Resolves calendar parts; a missing year (or month) is the one nearest the reference date, ties to the past.</summary>
    private DateValue? ResolveCal(Cal c)
    {
        if (c.Month is { } month && (month < 1 || month > 12))
        {
            return null;
        }
        switch (c)
        {
            case { Year: { } y, Month: { } m, Day: { } d }:
                return ValidDay(y, m, d) ? DateValue.Day(new DateOnly(y, m, d)) : null;
            case { Year: null, Month: { } m, Day: { } d }:
                return Directed(Enumerable.Range(_reference.Year - 1, 3).Where(y => ValidDay(y, m, d)).Select(y => new DateOnly(y, m, d))) is { } day
                    ? DateValue.Day(day) : null;
            case { Year: { } y, Month: { } m, Day: null }:
                return y is >= 1 and <= 9999 ? DateValue.Month(y, m) : null;
            case { Year: null, Month: { } m, Day: null }:
                return DateValue.Month(NearestMonthYear(m), m);
            case { Year: { } y, Month: null, Day: null }:
                return y is >= 1 and <= 9999 ? DateValue.Year(y) : null;
            case { Year: null, Month: null, Day: { } d }:
                var candidates = new List<DateOnly>(3);
                for (var k = -1; k <= 1; k++)
                {
                    var first = new DateOnly(_reference.Year, _reference.Month, 1).AddMonths(k);
                    if (ValidDay(first.Year, first.Month, d))
                    {
                        candidates.Add(new DateOnly(first.Year, first.Month, d));
                    }
                }
                return Directed(candidates) is { } dayOfMonth ? DateValue.Day(dayOfMonth) : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// Of candidate days in date order: in a past clause the last on or before the reference; in a future clause the
    /// first on or after it, and in a clause of unknown tense the last on or before it, unless that is more than
    /// <see cref="YearOmittedDays"/> away and the candidate on the other side is not ("between 10/1 and 11/7" written
    /// on 24 October in a future clause began this October).
    /// </summary>
    private DateOnly? Directed(IEnumerable<DateOnly> days)
    {
        DateOnly? past = null;
        DateOnly? ahead = null;
        foreach (var day in days)
        {
            if (day < _reference || (day == _reference && CurrentTense != Tense.Future))
            {
                past = day;
            }
            else
            {
                ahead ??= day;
            }
        }
        return CurrentTense switch
        {
            Tense.Past => past ?? ahead,
            Tense.Future => NearOrPreferred(ahead, past),
            _ => NearOrPreferred(past, ahead),
        };
    }

    /// <summary>The other candidate when only it lies within <see cref="YearOmittedDays"/> of the reference, else the preferred one.</summary>
    private DateOnly? NearOrPreferred(DateOnly? preferred, DateOnly? other)
    {
        bool Near(DateOnly? day) => day is { } d && Math.Abs(d.DayNumber - _reference.DayNumber) <= YearOmittedDays;
        return Near(other) && !Near(preferred) ? other : preferred ?? other;
    }

    private DateOnly? Nearest(IEnumerable<DateOnly> days)
    {
        DateOnly? best = null;
        var bestDistance = int.MaxValue;
        foreach (var day in days)
        {
            var distance = Math.Abs(day.DayNumber - _reference.DayNumber);
            // Candidates come in date order, so "<" keeps the earlier of two equally near ones.
            if (distance < bestDistance)
            {
                best = day;
                bestDistance = distance;
            }
        }
        return best;
    }

    private int NearestMonthYear(int month)
    {
        var here = _reference.Year * 12 + _reference.Month - 1;
        var best = _reference.Year;
        var bestDistance = int.MaxValue;
        for (var y = _reference.Year - 1; y <= _reference.Year + 1; y++)
        {
            var distance = Math.Abs(y * 12 + month - 1 - here);
            if (distance < bestDistance)
            {
                best = y;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static bool ValidDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    // ---- explicit calendar dates ----------------------------------------------------------------------------

    /// <summary>"June 5", "June 5th, 2023", "Dec. 31 , 1994", "june the 28th 2020", "February 2022", "june of 1992", "dec-2018", "March" (after "in").</summary>
    private Piece? MonthFirst(int i)
    {
        if (Month(i) is not var (month, j))
        {
            return null;
        }
        if (WordYear(Is(j, "of") || Punct(j, ',') ? j + 1 : j) is var (wordYear, afterWordYear))
        {
            return new Piece(i, afterWordYear, new Cal(wordYear, month, null), null);
        }
        // "Oct/2", "jun-15"
        if (Sep(j) is not null && Tight(j) && Numbers(j + 1, Sep(j)!.Value) is { Count: 1 } single && single[0].Length <= 2
            && int.Parse(single[0].Text) is var glued and >= 1 and <= 31)
        {
            return new Piece(i, single[0].Next, new Cal(null, month, glued), null);
        }
        var k = j;
        if (Punct(k, ',') && Day(k + 1, cardinals: false) is not null && IsOrdinalDay(k + 1))
        {
            k++;
        }
        if (Is(k, "the"))
        {
            k++;
        }
        if (Day(k, cardinals: true) is var (day, afterDay) && !IsClockAt(afterDay))
        {
            var y = afterDay;
            if (Punct(y, ',') || Is(y, "of"))
            {
                y++;
            }
            if ((Year(y, twoDigits: Is(y - 1, "of")) ?? WordYear(y)) is var (year, afterYear))
            {
                return new Piece(i, afterYear, new Cal(year, month, day), null);
            }
            return new Piece(i, afterDay, new Cal(null, month, day), null);
        }
        // "Sep-23-2020", "September-2020-23"
        if (Sep(j) is { } sep && Numbers(j + 1, sep) is { Count: 2 } parts)
        {
            var (yearPart, dayPart) = parts[0].Length == 4 ? (parts[0], parts[1]) : (parts[1], parts[0]);
            if (yearPart.Length == 4 && int.Parse(dayPart.Text) is var d2 && d2 <= 31)
            {
                return new Piece(i, parts[1].Next, new Cal(int.Parse(yearPart.Text), month, d2), null);
            }
        }
        var m = j;
        var joined = Punct(m, ',') || Is(m, "of") || (Sep(m) is not null && Tight(m));
        if (joined)
        {
            m++;
        }
        if (Year(m, twoDigits: Is(m - 1, "of")) is var (y2, afterY2))
        {
            return new Piece(i, afterY2, new Cal(y2, month, null), null);
        }
        return MonthAloneAllowed(i, j) ? new Piece(i, j, new Cal(null, month, null), null) : null;
    }

    private bool MonthAloneAllowed(int i, int next)
    {
        // "may" and "march" are verbs too: after "to", "and" or "or" they stay verbs ("to march on", "and may decide").
        var verbLike = DateWords.AmbiguousMonthsLookup.Contains(Word(i)) && !char.IsUpper(_text[_tokens[i].Start])
            && (Is(i - 1, "to") || Is(i - 1, "and") || Is(i - 1, "or"));
        if (i > 0 && DateWords.LeadLookup.Contains(Word(i - 1)) && !verbLike || DateKnown && char.IsUpper(_text[_tokens[i].Start]))
        {
            return true;
        }
        // "May to March": the start of a range of months.
        return IsConnector(next, between: false) && Month(next + 1) is not null;
    }

    /// <summary>"5 June 2023", "the 24th of May", "second of Aug", "05-Aug-2016", "15 April of 87", "the 24th".</summary>
    private Piece? DayFirst(int i)
    {
        var j = i;
        var the = Is(j, "the");
        if (the)
        {
            j++;
        }
        if (Day(j, cardinals: true) is not var (day, k) || PrecededByCurrency(j))
        {
            return null;
        }
        var ordinal = IsOrdinalDay(j);
        // "the 15th day of next month", "the twenty-sixth day of the month", "the 15th day of June"
        if (ordinal && Is(k, "day") && Is(k + 1, "of"))
        {
            var r = k + 2;
            if (MonthRef(r) is var (ry, rm, afterRef))
            {
                return ValidDay(ry, rm, day) ? new Piece(i, afterRef, Month(r) is not null && Year(r + 1, false) is null ? new Cal(null, rm, day) : new Cal(ry, rm, day), null) : null;
            }
            if (Is(r, "the") && Is(r + 1, "month") && ValidDay(_reference.Year, _reference.Month, day))
            {
                return new Piece(i, r + 2, new Cal(_reference.Year, _reference.Month, day), null);
            }
        }
        var m = k;
        if (Is(m, "of") || (Sep(m) is not null && Tight(m)))
        {
            m++;
        }
        // "the 21st this month", "the 3rd of next month"
        if (ordinal && Month(m) is null && MonthRef(m) is var (refYear, refMonth, afterRelative))
        {
            return ValidDay(refYear, refMonth, day) ? new Piece(i, afterRelative, new Cal(refYear, refMonth, day), null) : null;
        }
        if (Month(m) is var (month, afterMonth))
        {
            var y = afterMonth;
            if (Punct(y, ',') || Is(y, "of") || (Sep(y) is not null && Tight(y)))
            {
                y++;
            }
            if ((Year(y, twoDigits: Is(y - 1, "of") || Sep(y - 1) is not null) ?? WordYear(y)) is var (year, afterYear))
            {
                return new Piece(i, afterYear, new Cal(year, month, day), null);
            }
            return new Piece(i, afterMonth, new Cal(null, month, day), null);
        }
        // "the 24th", "on 29th": a day of a month near the reference, only when nothing that it could count follows.
        var onDigits = !the && Is(i - 1, "on") && _tokens[j].Kind == ScanTokenKind.Number;
        // "the first" or "the two" alone are as often counts as days; in words they need a preposition ("on the first").
        var inWords = _tokens[j].Kind == ScanTokenKind.Word;
        if ((the || onDigits) && ordinal && (!inWords || WeekdayPrepositionLookup.Contains(Word(i - 1))) && !IsClockAt(k) && EndsPhrase(k) && !(Is(k, "day") || Is(k, "anniversary")) && !IsGluedDash(k))
        {
            return new Piece(i, k, new Cal(null, null, day), null);
        }
        return null;
    }

    /// <summary>"2016-10-16", "10/16/2016", "22/04", "23.04.2022", "20161016", "2019/aug/01", "23/Sep/2020".</summary>
    private Piece? Numeric(int i, bool afterWeekday)
    {
        if (_tokens[i].Kind != ScanTokenKind.Number || PrecededByCurrency(i))
        {
            return null;
        }
        // "rose 1 7/8 to 30 1/2": a fraction after a whole number, no date.
        if (i > 0 && _tokens[i - 1].Kind == ScanTokenKind.Number && Punct(i + 1, '/'))
        {
            return null;
        }
        var raw = Word(i, any: true);
        List<Part> parts;
        char sep;
        int next;
        if (raw.Contains('.'))
        {
            if (raw.Contains(','))
            {
                return null;
            }
            parts = [];
            foreach (var range in raw.Split('.'))
            {
                parts.Add(new Part(raw[range].ToString(), i + 1, null));
            }
            sep = '.';
            next = i + 1;
            // "2082.1", "1.8300": an index level or an exchange rate. A dotted year and month write the month in two digits.
            if (parts.Count == 2 && parts.Any(p => p.Text.Length == 4) && parts.Any(p => p.Text.Length == 1 || (p.Text.Length == 4 && int.Parse(p.Text) > _reference.Year + 50)))
            {
                return null;
            }
        }
        else
        {
            if (raw.Contains(','))
            {
                return null;
            }
            if (raw.Length == 8 && !(Sep(i + 1) is not null && Tight(i + 1) && i + 2 < Count && _tokens[i + 2].Kind == ScanTokenKind.Number))
            {
                var y8 = int.Parse(raw[..4]);
                var m8 = int.Parse(raw[4..6]);
                var d8 = int.Parse(raw[6..]);
                return y8 is >= 1900 and <= 2100 && ValidDay(y8, m8, d8) ? new Piece(i, i + 1, new Cal(y8, m8, d8), null) : null;
            }
            if (Sep(i + 1) is not { } s || !Tight(i + 1))
            {
                return null;
            }
            sep = s;
            parts = [new Part(raw.ToString(), i + 1, null)];
            var k = i + 1;
            while (parts.Count < 3 && Sep(k) == sep && Tight(k) && k + 1 < Count)
            {
                if (Month(k + 1) is var (mm, afterM))
                {
                    parts.Add(new Part("", afterM, mm));
                    k = afterM;
                }
                else if (_tokens[k + 1].Kind == ScanTokenKind.Number && !Word(k + 1, any: true).ContainsAny('.', ','))
                {
                    parts.Add(new Part(Word(k + 1, any: true).ToString(), k + 2, null));
                    k += 2;
                }
                else
                {
                    break;
                }
            }
            next = parts[^1].Next;
        }
        if (parts.Count < 2 || IsClockAt(next) || Punct(next, '%') || parts.Any(p => p.Month is null && p.Text.Length is 0 or 3 or > 4))
        {
            return null;
        }
        var cal = Interpret(parts, sep, afterWeekday);
        return cal is { } c && ResolveCal(c) is not null ? new Piece(i, next, c, null) : null;
    }

    private readonly record struct Part(string Text, int Next, int? Month)
    {
        public int Length => Text.Length;
    }

    private List<Part>? Numbers(int i, char sep)
    {
        var parts = new List<Part>(2);
        var k = i;
        while (parts.Count < 2 && k < Count && _tokens[k].Kind == ScanTokenKind.Number && !Word(k, any: true).ContainsAny('.', ','))
        {
            parts.Add(new Part(Word(k, any: true).ToString(), k + 1, null));
            if (parts.Count < 2 && Sep(k + 1) == sep && Tight(k + 1))
            {
                k += 2;
            }
            else
            {
                break;
            }
        }
        return parts;
    }

    private Cal? Interpret(List<Part> parts, char sep, bool afterWeekday)
    {
        var monthIndex = parts.FindIndex(p => p.Month is not null);
        if (monthIndex >= 0)
        {
            int? year = null, day = null;
            foreach (var p in parts.Where((_, n) => n != monthIndex))
            {
                var v = int.Parse(p.Text);
                if (p.Length == 4 && year is null)
                {
                    year = v;
                }
                else if (v is >= 1 and <= 31 && day is null)
                {
                    day = v;
                }
                else if (p.Length == 2 && year is null)
                {
                    year = TwoDigitYear(v);
                }
                else
                {
                    return null;
                }
            }
            return new Cal(year, parts[monthIndex].Month, day);
        }
        var n = parts.Select(p => int.Parse(p.Text)).ToArray();
        if (parts.Count == 3)
        {
            if (parts[0].Length == 4)
            {
                return new Cal(n[0], n[1], n[2]);
            }
            if (parts[2].Length is 4 or 2)
            {
                var year = parts[2].Length == 4 ? n[2] : TwoDigitYear(n[2]);
                // Month first (U.S. order) unless the first number cannot be a month.
                return n[0] > 12 ? new Cal(year, n[1], n[0]) : new Cal(year, n[0], n[1]);
            }
            return null;
        }
        if (parts[0].Length == 4)
        {
            return n[1] is >= 1 and <= 12 ? new Cal(n[0], n[1], null) : null;
        }
        if (parts[1].Length == 4)
        {
            return n[0] is >= 1 and <= 12 ? new Cal(n[1], n[0], null) : null;
        }
        // "10/1", "22/04": a bare month/day needs a slash, or a weekday before it ("Friday 7-6", "Friday 7.6").
        if (sep != '/' && !afterWeekday)
        {
            return null;
        }
        return n[0] > 12 ? new Cal(null, n[1], n[0]) : new Cal(null, n[0], n[1]);
    }

    private int TwoDigitYear(int yy) => 2000 + yy <= _reference.Year + 10 ? 2000 + yy : 1900 + yy;

    /// <summary>
    /// A year in words: "two thousand and fifteen", "two thousand", "nineteen ninety six", "nineteen hundred ninety three",
    /// "twenty twenty".
    /// </summary>
    private (int Year, int Next)? WordYear(int i)
    {
        if (!DateWords.CardinalsLookup.TryGetValue(Word(i), out var head))
        {
            return null;
        }
        if (head == 2 && Is(i + 1, "thousand"))
        {
            var k = Is(i + 2, "and") ? i + 3 : i + 2;
            return WordsBelow100(k) is var (rest, after) ? (2000 + rest, after) : (2000, i + 2);
        }
        if (head is >= 10 and <= 20)
        {
            var k = i + 1;
            if (Is(k, "hundred"))
            {
                k = Is(k + 1, "and") ? k + 2 : k + 1;
                return WordsBelow100(k) is var (r, a) ? (head * 100 + r, a) : (head * 100, i + 2);
            }
            if (WordsBelow100(k) is var (rest, after) && rest >= 10)
            {
                return (head * 100 + rest, after);
            }
        }
        return null;
    }

    private (int Value, int Next)? WordsBelow100(int i)
    {
        if (!DateWords.CardinalsLookup.TryGetValue(Word(i), out var v) || v >= 100)
        {
            return null;
        }
        if (v >= 20 && v % 10 == 0)
        {
            var k = i + 1 < Count && _tokens[i + 1].Kind == ScanTokenKind.Dash ? i + 2 : i + 1;
            if (DateWords.CardinalsLookup.TryGetValue(Word(k), out var ones) && ones < 10)
            {
                return (v + ones, k + 1);
            }
        }
        return (v, i + 1);
    }

    /// <summary>"2023", "2017 april", "2019 q1", "2019-H2", "in two thousand and twenty".</summary>
    private Piece? YearLed(int i)
    {
        var led = i > 0 && (DateWords.LeadLookup.Contains(Word(i - 1)) || Punct(i - 1, '=') || Punct(i - 1, '(') || Punct(i - 1, '>') || Punct(i - 1, '<'));
        if ((Year(i, twoDigits: false) ?? (led && i > 0 && !Is(i - 1, "the") || IsCenturyWord(i) ? WordYear(i) : null)) is not var (year, j) || PrecededByCurrency(i))
        {
            return null;
        }
        var k = Sep(j) is not null && Tight(j) ? j + 1 : j;
        if (Letter(k, 'q') is { } q && q is >= 1 and <= 4)
        {
            return new Piece(i, k + 2, null, DateValue.Quarter(year, q));
        }
        if (Letter(k, 'h') is { } h && h is >= 1 and <= 2)
        {
            return new Piece(i, k + 2, null, DateValue.Half(year, h));
        }
        if (Month(j) is var (month, afterMonth) && !Is(j, "may"))
        {
            return new Piece(i, afterMonth, new Cal(year, month, null), null);
        }
        if (!_tokens[j < Count ? j : i].SpaceBefore && j < Count && _tokens[j].Kind == ScanTokenKind.Word)
        {
            return null;
        }
        var ends = EndsPhrase(j) || IsConnector(j, between: false) || Is(j, "and") || Is(j, "or");
        return (led || ends || IsAttributiveYear(i, j, year)) && !Punct(j, '%') && year is >= 1000 and <= 2999 ? new Piece(i, j, new Cal(year, null, null), null) : null;
    }

    // ---- relative expressions ---------------------------------------------------------------------------------

    /// <summary>"today", "tomorrow", "yesterday", "the day after tomorrow", "the day before", "the next day".</summary>
    private Piece? RelativeDay(int i)
    {
        var w = Word(i);
        if (w.Equals("today", StringComparison.OrdinalIgnoreCase) || w.Equals("tonight", StringComparison.OrdinalIgnoreCase))
        {
            return Day(i, i + 1, 0);
        }
        if (w.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) || w.Equals("tmrw", StringComparison.OrdinalIgnoreCase))
        {
            return Day(i, i + 1, 1);
        }
        if (w.Equals("yesterday", StringComparison.OrdinalIgnoreCase))
        {
            return Day(i, i + 1, -1);
        }
        var j = Is(i, "the") ? i + 1 : i;
        if (Is(j, "day"))
        {
            if (Is(j + 1, "after") && Is(j + 2, "tomorrow"))
            {
                return Day(i, j + 3, 2);
            }
            if (Is(j + 1, "before") && Is(j + 2, "yesterday"))
            {
                return Day(i, j + 3, -2);
            }
            if (j > i && (Is(j + 1, "after") || Is(j + 1, "before")) && EndsPhrase(j + 2))
            {
                return Day(i, j + 2, Is(j + 1, "after") ? 1 : -1);
            }
            if (j > i && i > 0 && (Is(i - 1, "of") || Is(i - 1, "for")) && EndsPhrase(j + 1))
            {
                return Day(i, j + 1, 0);
            }
        }
        if (j > i && (Is(j, "next") || Is(j, "following") || Is(j, "previous")) && Is(j + 1, "day"))
        {
            return Day(i, j + 2, Is(j, "previous") ? -1 : 1);
        }
        return null;
    }

    private Piece Day(int first, int next, int offset) => new(first, next, null, DateValue.Day(_reference.AddDays(offset)));

    /// <summary>"Thursday", "next Friday", "this past Wednesday", "next week Wednesday", "Tuesday of last week", "Tue May 9", "Monday 21".</summary>
    private Piece? Weekday(int i)
    {
        // "every Friday" is a set, no date.
        if (Is(i - 1, "every") || Is(i - 1, "each"))
        {
            return null;
        }
        var j = i;
        var modifier = WeekdayModifier(ref j);
        int? weekShift = null;
        if (modifier is "this" or "next" or "last" or "previous" or "following" && Is(j, "week"))
        {
            weekShift = modifier == "this" ? 0 : modifier is "next" or "following" ? 1 : -1;
            j++;
            if (_tokens.Count > j && (_tokens[j].Kind == ScanTokenKind.Dash || Punct(j, ',') || Is(j, "on")))
            {
                j++;
            }
        }
        if (WeekdayWord(j) is not { } weekday)
        {
            return null;
        }
        var afterWeekday = j + 1;
        var abbreviation = Word(j).Length <= 4;
        // An explicit date after the weekday decides ("Tue May 9", "Friday 7/6", "Monday 21", "Friday-Jun-15").
        var k = afterWeekday;
        if (Punct(k, ',') || _tokens.Count > k && _tokens[k].Kind == ScanTokenKind.Dash || Punct(k, '('))
        {
            k++;
        }
        if (weekShift is null)
        {
            Piece? explicitDate = null;
            Consider(ref explicitDate, MonthFirst(k));
            Consider(ref explicitDate, DayFirst(k));
            Consider(ref explicitDate, k < Count ? Numeric(k, afterWeekday: true) : null);
            if (explicitDate is { Parts: { } parts } p && parts.Month is { } explicitMonth)
            {
                var end = Punct(p.Next, ')') ? p.Next + 1 : p.Next;
                // "Saturday, April 25": the weekday names the year, whatever the tense.
                if (modifier is null && parts is { Year: null, Day: { } explicitDay } && YearOfWeekday(weekday, explicitMonth, explicitDay) is { } fitting)
                {
                    parts = parts with { Year = fitting };
                }
                return new Piece(i, end, parts, null);
            }
            // "on Sunday, the first of several flights": a count, not the first of the month.
            if ((Is(k, "the") ? Day(k + 1, cardinals: true) : Day(k, cardinals: false)) is var (dayOfMonth, afterDay) && EndsPhrase(afterDay) && !Is(afterDay, "of"))
            {
                return DayOfMonthOnWeekday(weekday, dayOfMonth) is { } matched ? new Piece(i, afterDay, null, DateValue.Day(matched)) : null;
            }
        }
        // "sat", "Sun", "Wed" alone are words or names ("Sun Microsystems", "Sun said"): a weekday only capitalised
        // and after a preposition ("on Sun.").
        if (abbreviation && modifier is null && weekShift is null && DateWords.AmbiguousWeekdaysLookup.Contains(Word(j))
            && (!char.IsUpper(_text[_tokens[j].Start]) || !WeekdayPrepositionLookup.Contains(Word(j - 1))))
        {
            return null;
        }
        var next = afterWeekday;
        // "Tuesday of next week", "monday of the following week"
        if (weekShift is null && modifier is null && Is(next, "of"))
        {
            var w = next + 1;
            if (Is(w, "the"))
            {
                w++;
            }
            var shift = Is(w, "this") ? 0 : Is(w, "next") || Is(w, "following") ? 1 : Is(w, "last") || Is(w, "previous") ? -1 : (int?)null;
            if (shift is not null && Is(w + 1, "week"))
            {
                weekShift = shift;
                next = w + 2;
            }
        }
        var monday = DateValue.WeekOf(_reference).First;
        var inWeek = (int)weekday == 0 ? 6 : (int)weekday - 1;
        DateOnly day;
        if (weekShift is { } ws)
        {
            day = monday.AddDays(7 * ws + inWeek);
        }
        else
        {
            var delta = ((int)weekday - (int)_reference.DayOfWeek + 7) % 7;
            day = modifier switch
            {
                "this" => monday.AddDays(inWeek),
                "next" or "following" => monday.AddDays(7 + inWeek),
                "last" or "previous" => monday.AddDays(-7 + inWeek),
                "past" => _reference.AddDays(delta == 0 ? -7 : delta - 7),
                "coming" => _reference.AddDays(delta == 0 ? 7 : delta),
                _ => _reference.AddDays(CurrentTense == Tense.Future || delta == 0 ? delta : delta - 7),
            };
        }
        return new Piece(i, next, null, DateValue.Day(day), BareWeekday: modifier is null && weekShift is null ? weekday : null);
    }

    private string? WeekdayModifier(ref int j)
    {
        if (Is(j, "this") && (Is(j + 1, "past") || Is(j + 1, "coming") || Is(j + 1, "upcoming")))
        {
            var m = Is(j + 1, "past") ? "past" : "coming";
            j += 2;
            return m;
        }
        foreach (var (word, meaning) in WeekdayModifiers)
        {
            if (Is(j, word))
            {
                j++;
                return meaning;
            }
        }
        return null;
    }

    private static readonly HashSet<string> WeekdayPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "by", "since", "until", "till", "from", "before", "after", "through", "to", "and", "or", "between",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WeekdayPrepositionLookup = WeekdayPrepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly (string Word, string Meaning)[] WeekdayModifiers =
    [
        ("this", "this"), ("next", "next"), ("following", "following"), ("last", "last"), ("previous", "previous"),
        ("past", "past"), ("coming", "coming"), ("upcoming", "coming"),
    ];

    /// <summary>The year next to the reference's in which month/day falls on <paramref name="weekday"/>, nearest first.</summary>
    private int? YearOfWeekday(DayOfWeek weekday, int month, int day)
    {
        foreach (var year in (ReadOnlySpan<int>)[_reference.Year, _reference.Year - 1, _reference.Year + 1])
        {
            if (ValidDay(year, month, day) && new DateOnly(year, month, day).DayOfWeek == weekday)
            {
                return year;
            }
        }
        return null;
    }

    private DateOnly? DayOfMonthOnWeekday(DayOfWeek weekday, int dayOfMonth)
    {
        DateOnly? best = null;
        for (var k = -12; k <= 12; k++)
        {
            var first = new DateOnly(_reference.Year, _reference.Month, 1).AddMonths(k);
            if (ValidDay(first.Year, first.Month, dayOfMonth) && new DateOnly(first.Year, first.Month, dayOfMonth) is var candidate
                && candidate.DayOfWeek == weekday
                && (best is null || Math.Abs(candidate.DayNumber - _reference.DayNumber) < Math.Abs(best.Value.DayNumber - _reference.DayNumber)))
            {
                best = candidate;
            }
        }
        return best;
    }

    /// <summary>
    /// "last week", "next month", "this year", "the week after next", "earlier this year", "later in the month",
    /// "end of this month", "mid-November", "early 2023", "this September", "year to date", "the weekend".
    /// </summary>
    private Piece? RelativePeriod(int i)
    {
        var j = Is(i, "the") ? i + 1 : i;
        // earlier/later this year, earlier in the week
        if (Is(j, "earlier") || Is(j, "later"))
        {
            var k = j + 1;
            if (Is(k, "in") && (Is(k + 1, "the") || Is(k + 1, "this")))
            {
                k += 2;
            }
            else if (Is(k, "this") || Is(k, "previous") || Is(k, "last") || Is(k, "next"))
            {
                return Shifted(i, k + 2, Unit(k + 1), Is(k, "this") ? 0 : Is(k, "next") ? 1 : -1);
            }
            else
            {
                return null;
            }
            return Shifted(i, k + 1, Unit(k + 1), 0);
        }
        // end/beginning/middle of X
        if (Is(j, "end") || Is(j, "beginning") || Is(j, "start") || Is(j, "middle"))
        {
            if (!Is(j + 1, "of"))
            {
                return null;
            }
            var k = j + 2;
            if (Is(k, "the") && Unit(k + 1) is not null)
            {
                return Shifted(i, k + 2, Unit(k + 1), 0);
            }
            if (Unit(k) is not null && Is(j, "end"))
            {
                return Shifted(i, k + 1, Unit(k), 0);
            }
            if (Is(k, "the"))
            {
                k++;
            }
            if (Best(k, allowBareDay: false) is not { } inner || inner.Parts is { Day: not null })
            {
                return null;
            }
            return inner with { First = i };
        }
        // early/late/mid X
        if (Is(j, "early") || Is(j, "late") || Is(j, "mid"))
        {
            var k = j + 1;
            if (_tokens.Count > k && _tokens[k].Kind == ScanTokenKind.Dash && Tight(k))
            {
                k++;
            }
            if (Month(k) is var (month, afterMonth))
            {
                if (Year(afterMonth, twoDigits: false) is var (year, afterYear))
                {
                    return new Piece(i, afterYear, new Cal(year, month, null), null);
                }
                return new Piece(i, afterMonth, new Cal(null, month, null), null);
            }
            if (Year(k, twoDigits: false) is var (y, afterY))
            {
                return new Piece(i, afterY, new Cal(y, null, null), null);
            }
            if ((Is(k, "this") || Is(k, "next") || Is(k, "last")) && Unit(k + 1) is not null)
            {
                return Shifted(i, k + 2, Unit(k + 1), Is(k, "this") ? 0 : Is(k, "next") ? 1 : -1);
            }
            return null;
        }
        if (Is(j, "same") && Unit(j + 1) is { } sameUnit)
        {
            return Shifted(i, j + 2, sameUnit, 0);
        }
        if (Is(j, "year") && Is(j + 1, "to") && Is(j + 2, "date"))
        {
            return Shifted(i, j + 3, "year", 0);
        }
        if (Is(j, "ytd") || Is(j, "eoy"))
        {
            return Shifted(i, j + 1, "year", 0);
        }
        if (Is(j, "end") && Is(j + 1, "of") && Is(j + 2, "year"))
        {
            return Shifted(i, j + 3, "year", 0);
        }
        if (j > i && Is(j, "week") && Is(j + 1, "after") && Is(j + 2, "next"))
        {
            return Shifted(i, j + 3, "week", 2);
        }
        var shift = Is(j, "this") || Is(j, "current") || Is(j, "present") ? 0
            : Is(j, "next") || Is(j, "following") || Is(j, "coming") || Is(j, "upcoming") ? 1
            : Is(j, "last") || Is(j, "previous") || Is(j, "past") || Is(j, "prior") ? -1
            : (int?)null;
        if (shift is { } s)
        {
            var k = j + 1;
            if (Is(k, "calendar") || ((Is(k, "working") || Is(k, "work")) && Is(k + 1, "week")))
            {
                k++;
            }
            if (Unit(k) is { } unit)
            {
                return Shifted(i, k + 1, unit, s);
            }
            if (Month(k) is var (month, afterMonth))
            {
                var year = s switch
                {
                    0 => _reference.Year,
                    > 0 => month > _reference.Month ? _reference.Year : _reference.Year + 1,
                    _ => month < _reference.Month ? _reference.Year : _reference.Year - 1,
                };
                return new Piece(i, afterMonth, null, DateValue.Month(year, month));
            }
            return null;
        }
        // "in the week", "of the year", "for the month", "the weekend"
        if (j > i && Unit(j) is { } u && u != "quarter" && i > 0 && (Is(i - 1, "of") || Is(i - 1, "in") || Is(i - 1, "for") || Is(i - 1, "during")) && EndsPhrase(j + 1))
        {
            return Shifted(i, j + 1, u, 0);
        }
        if (Is(j, "weekend") && (j > i || !(i > 0 && (Is(i - 1, "a") || Is(i - 1, "every") || Is(i - 1, "each")))))
        {
            // "over the weekend" in news of Monday to Thursday is the one just past, unless the clause speaks of the future.
            var past = CurrentTense != Tense.Future && _reference.DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Thursday;
            return Shifted(i, j + 1, "weekend", past ? -1 : 0);
        }
        if (Is(j, "calendar") && Is(j + 1, "year") && Year(j + 2, twoDigits: false) is var (cy, afterCy))
        {
            return new Piece(i, afterCy, new Cal(cy, null, null), null);
        }
        return null;
    }

    private string? Unit(int i)
    {
        var w = Word(i);
        if (w.Equals("workweek", StringComparison.OrdinalIgnoreCase))
        {
            return "week";
        }
        foreach (var unit in Units)
        {
            if (w.Equals(unit, StringComparison.OrdinalIgnoreCase))
            {
                return unit;
            }
        }
        return null;
    }

    private static readonly string[] Units = ["week", "weekend", "month", "year", "quarter"];

    private Piece? Shifted(int first, int next, string? unit, int shift)
    {
        DateValue? value = unit switch
        {
            "week" => DateValue.WeekOf(_reference.AddDays(7 * shift)),
            "weekend" => DateValue.WeekendOf(_reference.AddDays(7 * shift)),
            "month" => DateValue.Month(_reference.AddMonths(shift).Year, _reference.AddMonths(shift).Month),
            "year" => DateValue.Year(_reference.Year + shift),
            "quarter" => DateValue.Quarter(_reference.AddMonths(3 * shift).Year, (_reference.AddMonths(3 * shift).Month + 2) / 3),
            _ => null,
        };
        return value is { } v ? new Piece(first, next, null, v) : null;
    }

    /// <summary>"Q3 2024", "q1", "2019-Q1" (via <see cref="YearLed"/>), "the first quarter of 2013", "week 31", "the first week of 2015", "the week of April 10th", "the third month of 2021".</summary>
    private Piece? QuarterOrWeek(int i)
    {
        if (Letter(i, 'q') is { } q && q is >= 1 and <= 4)
        {
            var k = i + 2;
            if (Is(k, "of") || (Sep(k) is not null && Tight(k)))
            {
                k++;
            }
            return Year(k, twoDigits: false) is var (year, afterYear)
                ? new Piece(i, afterYear, null, DateValue.Quarter(year, q))
                : new Piece(i, i + 2, null, DateValue.Quarter(_reference.Year, q));
        }
        if (Letter(i, 'h') is { } h && h is >= 1 and <= 2 && Year(i + 2, twoDigits: false) is var (hy, afterHy))
        {
            return new Piece(i, afterHy, null, DateValue.Half(hy, h));
        }
        var j = Is(i, "the") ? i + 1 : i;
        if (Is(j, "week") && _tokens.Count > j + 1 && _tokens[j + 1].Kind == ScanTokenKind.Number && Word(j + 1, any: true) is { Length: <= 2 } wn
            && int.Parse(wn) is var week and >= 1 and <= 53)
        {
            var k = j + 2;
            var year = _reference.Year;
            if (Is(k, "of") && YearRef(k + 1) is var (y, afterY))
            {
                year = y;
                k = afterY;
            }
            return IsoWeekStart(year, week) is { } monday ? new Piece(i, k, null, DateValue.WeekOf(monday)) : null;
        }
        if ((Is(j, "week") && (Is(j + 1, "of") || Is(j + 1, "beginning") || Is(j + 1, "starting") || Is(j + 1, "commencing")))
            || (Is(j, "w") && Punct(j + 1, '/') && Is(j + 2, "c")))
        {
            var k = Is(j, "w") ? j + 3 : j + 2;
            if (Is(k, "on"))
            {
                k++;
            }
            return Best(k, allowBareDay: false) is { } inner && inner.Parts is { Day: not null } && Resolve(inner) is { } v
                ? new Piece(i, inner.Next, null, DateValue.WeekOf(v.First)) : null;
        }
        if (OrdinalAt(j) is var (n, afterN))
        {
            var unitWord = Word(afterN);
            // "third-quarter profit": the quarter of the reference year.
            if (IsGluedDash(afterN) && Is(afterN + 1, "quarter") && !_tokens[afterN + 1].SpaceBefore && n is >= 1 and <= 4)
            {
                return new Piece(i, afterN + 2, null, DateValue.Quarter(_reference.Year, n));
            }
            if (unitWord.Equals("quarter", StringComparison.OrdinalIgnoreCase) && n is >= 1 and <= 4 or -1)
            {
                var year = _reference.Year;
                var k = afterN + 1;
                if (Is(k, "of"))
                {
                    if (YearRef(k + 1) is var (y, afterY))
                    {
                        year = y;
                        k = afterY;
                    }
                    else if (Is(k + 1, "the") && Is(k + 2, "year"))
                    {
                        k += 3;
                    }
                }
                return new Piece(i, k, null, DateValue.Quarter(year, n == -1 ? 4 : n));
            }
            if (unitWord.Equals("week", StringComparison.OrdinalIgnoreCase) && Is(afterN + 1, "of"))
            {
                var k = afterN + 2;
                if (YearRef(k) is var (y, afterY) && Month(k) is null)
                {
                    var weeks = System.Globalization.ISOWeek.GetWeeksInYear(y);
                    var nth = n == -1 ? weeks : n;
                    return nth <= weeks && IsoWeekStart(y, nth) is { } monday ? new Piece(i, afterY, null, DateValue.WeekOf(monday)) : null;
                }
                if (MonthRef(k) is var (my, mm, afterMonth))
                {
                    var first = new DateOnly(my, mm, 1);
                    var day = n == -1 ? first.AddMonths(1).AddDays(-1) : first.AddDays(7 * (n - 1));
                    return day.Month == mm ? new Piece(i, afterMonth, null, DateValue.WeekOf(day)) : null;
                }
            }
            if (unitWord.Equals("month", StringComparison.OrdinalIgnoreCase) && n is >= 1 and <= 12 && Is(afterN + 1, "of") && YearRef(afterN + 2) is var (y2, afterY2))
            {
                return new Piece(i, afterY2, null, DateValue.Month(y2, n));
            }
        }
        return null;
    }

    private static DateOnly? IsoWeekStart(int year, int week) =>
        week <= System.Globalization.ISOWeek.GetWeeksInYear(year)
            ? DateOnly.FromDateTime(System.Globalization.ISOWeek.ToDateTime(year, week, DayOfWeek.Monday))
            : null;

    /// <summary>A year named outright or relative to the reference: "2021", "this year", "next year", "last year".</summary>
    private (int Year, int Next)? YearRef(int i)
    {
        if (Year(i, twoDigits: false) is var (y, next))
        {
            return (y, next);
        }
        if (Is(i + 1, "year"))
        {
            if (Is(i, "this"))
            {
                return (_reference.Year, i + 2);
            }
            if (Is(i, "next"))
            {
                return (_reference.Year + 1, i + 2);
            }
            if (Is(i, "last"))
            {
                return (_reference.Year - 1, i + 2);
            }
        }
        return null;
    }

    /// <summary>A month with its year: "Jan 2015", "July" (nearest), "this month", "last month", "next month".</summary>
    private (int Year, int Month, int Next)? MonthRef(int i)
    {
        if (Month(i) is var (m, afterMonth))
        {
            if (Year(afterMonth, twoDigits: false) is var (y, afterYear))
            {
                return (y, m, afterYear);
            }
            return (NearestMonthYear(m), m, afterMonth);
        }
        if (Is(i + 1, "month") && (Is(i, "this") || Is(i, "next") || Is(i, "last")))
        {
            var shifted = _reference.AddMonths(Is(i, "this") ? 0 : Is(i, "next") ? 1 : -1);
            return (shifted.Year, shifted.Month, i + 2);
        }
        return null;
    }

    /// <summary>"first".."fifth", "1st".."12th", "last" (-1).</summary>
    private (int N, int Next)? OrdinalAt(int i)
    {
        if (Is(i, "last"))
        {
            return (-1, i + 1);
        }
        if (DateWords.OrdinalsLookup.TryGetValue(Word(i), out var n))
        {
            return (n, i + 1);
        }
        if (_tokens.Count > i + 1 && _tokens[i].Kind == ScanTokenKind.Number && !_tokens[i + 1].SpaceBefore
            && DateWords.SuffixesLookup.Contains(Word(i + 1)) && int.TryParse(Word(i, any: true), out var v) && v is >= 1 and <= 53)
        {
            return (v, i + 2);
        }
        return null;
    }

    /// <summary>
    /// "two weeks ago", "in 3 days", "a fortnight later", "3 days from today", "2 weeks before May 13 1999",
    /// and the ranges "the next 3 days", "the last 3 months".
    /// </summary>
    private Piece? Offset(int i)
    {
        var j = i;
        var inPrefix = Is(j, "in");
        if (inPrefix)
        {
            j++;
        }
        var rangeShift = 0;
        if (!inPrefix)
        {
            var t = Is(j, "the") ? j + 1 : j;
            if (Is(t, "next") || Is(t, "coming") || Is(t, "following") || Is(t, "upcoming"))
            {
                rangeShift = 1;
                j = t + 1;
            }
            else if (Is(t, "last") || Is(t, "past") || Is(t, "previous"))
            {
                rangeShift = -1;
                j = t + 1;
            }
        }
        if (CountAt(j) is not var (count, afterCount))
        {
            return null;
        }
        // "the 5 upcoming years", "the 10 previous weeks"
        if (rangeShift == 0 && !inPrefix)
        {
            if (Is(afterCount, "next") || Is(afterCount, "upcoming") || Is(afterCount, "coming") || Is(afterCount, "following"))
            {
                rangeShift = 1;
                afterCount++;
            }
            else if (Is(afterCount, "past") || Is(afterCount, "previous") || Is(afterCount, "last"))
            {
                rangeShift = -1;
                afterCount++;
            }
        }
        if (OffsetUnit(afterCount) is not var (days, months, afterUnit))
        {
            return null;
        }
        if (rangeShift != 0)
        {
            // "the next 3 days": from the day after the reference; "the last 3 months": up to the day before it.
            if (count < 2 && _tokens[j].Kind != ScanTokenKind.Number)
            {
                return null;
            }
            if (count > 1 && !Word(afterUnit - 1).EndsWith("s", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
            var (low, high) = rangeShift > 0
                ? (_reference.AddDays(1), Add(_reference, days, months, count))
                : (Add(_reference, days, months, -count), _reference.AddDays(-1));
            if (months == 3)
            {
                // Quarters are whole calendar quarters: "the last 2 quarters" ends where this quarter begins.
                var quarterStart = DateValue.Quarter(_reference.Year, (_reference.Month + 2) / 3).First;
                (low, high) = rangeShift > 0
                    ? (quarterStart.AddMonths(3), quarterStart.AddMonths(3 + 3 * count).AddDays(-1))
                    : (quarterStart.AddMonths(-3 * count), quarterStart.AddDays(-1));
            }
            return new Piece(i, afterUnit, null, DateValue.Day(low), High: DateValue.Day(high), Duration: true);
        }
        if (inPrefix)
        {
            return new Piece(i, afterUnit, null, DateValue.Day(Add(_reference, days, months, count)));
        }
        var k = afterUnit;
        // "two years ago" is a year, as TimeML writes it; a day would claim a precision the text does not have.
        DateValue Shift(int by) => months == 12 ? DateValue.Year(_reference.Year + by) : DateValue.Day(Add(_reference, days, months, by));
        if (Is(k, "ago") || Is(k, "earlier"))
        {
            return new Piece(i, k + 1, null, months == 12 && QuarterYearsBack(count) is { } quarter ? quarter : Shift(-count));
        }
        if (Is(k, "later") || Is(k, "hence"))
        {
            return new Piece(i, k + 1, null, Shift(count));
        }
        if (Is(k, "from") && Is(k + 1, "now"))
        {
            return new Piece(i, k + 2, null, DateValue.Day(Add(_reference, days, months, count)));
        }
        if (Is(k, "after") || Is(k, "before") || Is(k, "from"))
        {
            var sign = Is(k, "before") ? -1 : 1;
            if (Best(k + 1, allowBareDay: false) is { } anchor && Resolve(anchor) is { Grain: DateGrain.Day } a)
            {
                return new Piece(i, anchor.Next, null, DateValue.Day(Add(a.First, days, months, sign * count)));
            }
        }
        return null;
    }

    private static DateOnly Add(DateOnly day, int days, int months, int count) =>
        months != 0 ? day.AddMonths(months * count) : day.AddDays(days * count);

    private (int Count, int Next)? CountAt(int i)
    {
        if (i >= Count)
        {
            return null;
        }
        if (_tokens[i].Kind == ScanTokenKind.Number && Word(i, any: true) is { Length: <= 3 } digits && int.TryParse(digits, out var n))
        {
            return (n, i + 1);
        }
        if (Is(i, "a") || Is(i, "an"))
        {
            return Is(i + 1, "couple") && Is(i + 2, "of") ? (2, i + 3) : (1, i + 1);
        }
        if (Is(i, "couple"))
        {
            return Is(i + 1, "of") ? (2, i + 2) : (2, i + 1);
        }
        if (DateWords.CardinalsLookup.TryGetValue(Word(i), out var c) && c < 100)
        {
            if (c >= 20 && c % 10 == 0 && DateWords.CardinalsLookup.TryGetValue(Word(i + 1), out var ones) && ones < 10)
            {
                return (c + ones, i + 2);
            }
            return (c, i + 1);
        }
        return null;
    }

    private (int Days, int Months, int Next)? OffsetUnit(int i)
    {
        return DateWords.OffsetUnitsLookup.TryGetValue(Word(i), out var unit) ? (unit.Days, unit.Months, i + 1) : null;
    }

    /// <summary>"Christmas", "last Easter", "Independence Day of this year", "Saint Patrick 2020".</summary>
    private Piece? Holiday(int i)
    {
        // "the weekend of Halloween", "weekend of Thanksgiving 2023"
        var w = Is(i, "the") ? i + 1 : i;
        if (Is(w, "weekend") && Is(w + 1, "of"))
        {
            return Holiday(w + 2) is { Value: { Grain: DateGrain.Day } day } inner ? new Piece(i, inner.Next, null, HolidayWeekend(day.First)) : null;
        }
        var j = i;
        var shift = 0;
        if (Is(j, "last") || Is(j, "previous"))
        {
            shift = -1;
            j++;
        }
        else if (Is(j, "next") || Is(j, "following"))
        {
            shift = 1;
            j++;
        }
        else if (Is(j, "this"))
        {
            shift = 2;
            j++;
        }
        if (!Holidays.FirstWordsLookup.Contains(Word(j)))
        {
            return null;
        }
        foreach (var (words, on) in Holidays.All)
        {
            if (MatchWords(j, words) is not { } after)
            {
                continue;
            }
            var k = after;
            if (Is(k, "of") && YearRef(k + 1) is var (oy, afterOy))
            {
                return new Piece(i, afterOy, null, DateValue.Day(on(oy)));
            }
            // "Labor Day weekend", "Labor Day 2021 weekend", "Halloween weekend 2021"
            var weekend = Is(k, "weekend");
            if (Year(weekend ? k + 1 : k, twoDigits: false) is var (y, afterY))
            {
                weekend |= Is(afterY, "weekend");
                return new Piece(i, Is(afterY, "weekend") ? afterY + 1 : afterY, null, weekend ? HolidayWeekend(on(y)) : DateValue.Day(on(y)));
            }
            var year = _reference.Year;
            DateOnly day = shift switch
            {
                -1 => on(year) < _reference ? on(year) : on(year - 1),
                1 => on(year) > _reference ? on(year) : on(year + 1),
                2 => on(year),
                _ => Nearest([on(year - 1), on(year), on(year + 1)])!.Value,
            };
            return weekend ? new Piece(i, k + 1, null, HolidayWeekend(day)) : new Piece(i, k, null, DateValue.Day(day));
        }
        return null;
    }

    /// <summary>The weekend a holiday belongs to: the one before a Monday holiday (Labor Day), else the one of its week.</summary>
    private static DateValue HolidayWeekend(DateOnly day) => DateValue.WeekendOf(day.DayOfWeek == DayOfWeek.Monday ? day.AddDays(-1) : day);

    /// <summary>Matches words in order, skipping apostrophes and a possessive "s" ("New Year's Day").</summary>
    private int? MatchWords(int i, string[] words)
    {
        var k = i;
        foreach (var word in words)
        {
            while (k < Count && (Punct(k, '\'') || Punct(k, '\u2019')))
            {
                k++;
                if (Is(k, "s"))
                {
                    k++;
                }
            }
            if (!Is(k, word))
            {
                return null;
            }
            k++;
        }
        if ((Punct(k, '\'') || Punct(k, '\u2019')) && Is(k + 1, "s"))
        {
            k += 2;
        }
        return k;
    }

    // ---- token helpers ------------------------------------------------------------------------------------------

    private (int Month, int Next)? Month(int i)
    {
        if (!DateWords.MonthsLookup.TryGetValue(Word(i), out var month))
        {
            return null;
        }
        // Lower-case "may"/"march" next to a verb are no months; they need a number or a preposition around them,
        // which the callers check. A glued full stop belongs to an abbreviation ("Dec.").
        var next = i + 1;
        if (Punct(next, '.') && !_tokens[next].SpaceBefore && DateWords.MonthAbbreviationsLookup.Contains(Word(i)))
        {
            next++;
        }
        return (month, next);
    }

    private DayOfWeek? WeekdayWord(int i) => DateWords.WeekdaysLookup.TryGetValue(Word(i), out var day) ? day : null;

    /// <summary>A day of the month: "5", "05", "5th", "fifth", "twenty-first", and with <paramref name="cardinals"/> "twenty nine".</summary>
    private (int Day, int Next)? Day(int i, bool cardinals)
    {
        if (i >= Count)
        {
            return null;
        }
        if (_tokens[i].Kind == ScanTokenKind.Number)
        {
            var digits = Word(i, any: true);
            if (digits.Length > 2 || !int.TryParse(digits, out var d) || d is < 1 or > 31)
            {
                return null;
            }
            var next = i + 1;
            if (next < Count && !_tokens[next].SpaceBefore && DateWords.SuffixesLookup.Contains(Word(next)))
            {
                next++;
            }
            else if (next < Count && !_tokens[next].SpaceBefore && _tokens[next].Kind == ScanTokenKind.Word)
            {
                return null;
            }
            return (d, next);
        }
        var w = Word(i);
        if (DateWords.OrdinalsLookup.TryGetValue(w, out var ordinal))
        {
            return (ordinal, i + 1);
        }
        if (DateWords.CardinalsLookup.TryGetValue(w, out var tens) && tens is 20 or 30)
        {
            var k = i + 1;
            if (k < Count && _tokens[k].Kind == ScanTokenKind.Dash)
            {
                k++;
            }
            if (DateWords.OrdinalsLookup.TryGetValue(Word(k), out var unit) && unit < 10 && tens + unit <= 31)
            {
                return (tens + unit, k + 1);
            }
            if (cardinals && DateWords.CardinalsLookup.TryGetValue(Word(k), out var one) && one < 10 && tens + one <= 31)
            {
                return (tens + one, k + 1);
            }
            return cardinals ? (tens, i + 1) : null;
        }
        if (cardinals && DateWords.CardinalsLookup.TryGetValue(w, out var small) && small <= 19)
        {
            return (small, i + 1);
        }
        return null;
    }

    private bool IsOrdinalDay(int i) =>
        DateWords.OrdinalsLookup.ContainsKey(Word(i)) || DateWords.CardinalsLookup.ContainsKey(Word(i))
        || (i + 1 < Count && _tokens[i].Kind == ScanTokenKind.Number && !_tokens[i + 1].SpaceBefore && DateWords.SuffixesLookup.Contains(Word(i + 1)));

    private (int Year, int Next)? Year(int i, bool twoDigits)
    {
        if (i >= Count || _tokens[i].Kind != ScanTokenKind.Number)
        {
            return null;
        }
        var digits = Word(i, any: true);
        if (digits.Length == 4 && int.TryParse(digits, out var y) && y is >= 1000 and <= 2999)
        {
            return (y, i + 1);
        }
        if (twoDigits && digits.Length == 2 && int.TryParse(digits, out var yy))
        {
            return (TwoDigitYear(yy), i + 1);
        }
        return null;
    }

    /// <summary>"q3" / "Q3" / "h1": a letter glued to a one-digit number.</summary>
    private int? Letter(int i, char letter)
    {
        if (i + 1 >= Count || Word(i).Length != 1 || char.ToLowerInvariant(Word(i)[0]) != letter
            || _tokens[i + 1].SpaceBefore || _tokens[i + 1].Kind != ScanTokenKind.Number || Word(i + 1, any: true).Length != 1)
        {
            return null;
        }
        return Word(i + 1, any: true)[0] - '0';
    }

    private char? Sep(int i)
    {
        if (i >= Count)
        {
            return null;
        }
        var t = _tokens[i];
        if (t.Kind == ScanTokenKind.Dash)
        {
            return _text[t.Start] == '-' ? '-' : null;
        }
        return t.Kind == ScanTokenKind.Punct && _text[t.Start] is '/' ? '/' : null;
    }

    /// <summary>True when token <paramref name="i"/> is glued to both neighbours ("2016-10-16", not "2014 - 2018").</summary>
    private bool Tight(int i) => i < Count && !_tokens[i].SpaceBefore && (i + 1 >= Count || !_tokens[i + 1].SpaceBefore);

    /// <summary>"the third-quarter": a hyphen glued to the word before it joins a compound.</summary>
    private bool IsGluedDash(int i) => i < Count && _tokens[i].Kind == ScanTokenKind.Dash && !_tokens[i].SpaceBefore;

    private bool Punct(int i, char c) => i >= 0 && i < Count && _tokens[i].Kind is ScanTokenKind.Punct or ScanTokenKind.Symbol && _text[_tokens[i].Start] == c;

    private bool PrecededByCurrency(int i) => i > 0 && _tokens[i - 1].Kind == ScanTokenKind.Symbol;

    /// <summary>A clock time follows ("5:30", "5 pm", "10am"): the number before it is no date.</summary>
    private bool IsClockAt(int i) =>
        (Punct(i, ':') && i + 1 < Count && _tokens[i + 1].Kind == ScanTokenKind.Number && !_tokens[i + 1].SpaceBefore) || Is(i, "am") || Is(i, "pm") || Is(i, "a.m") || Is(i, "p.m") || (Is(i, "a") && Punct(i + 1, '.') && Is(i + 2, "m"))
        || (Is(i, "p") && Punct(i + 1, '.') && Is(i + 2, "m")) || Is(i, "o'clock") || Is(i, "hrs") || Is(i, "gmt") || Is(i, "utc");

    /// <summary>Nothing that could extend the phrase follows: the end, punctuation, or a function word.</summary>
    private bool EndsPhrase(int i)
    {
        if (i >= Count)
        {
            return true;
        }
        var t = _tokens[i];
        if (t.Kind is ScanTokenKind.Punct or ScanTokenKind.Dash)
        {
            return _text[t.Start] is not '%';
        }
        return t.Kind == ScanTokenKind.Word && FunctionWordLookup.Contains(Word(i));
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "to", "through", "till", "until", "at", "in", "on", "of", "for", "with", "by", "when", "as", "but",
        "is", "was", "will", "this", "that", "next", "last", "from", "before", "after", "since", "then", "so", "if", "we",
        "he", "she", "they", "i", "it", "there", "where", "which", "who", "would", "should", "could", "were", "are", "be",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordLookup = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private bool Is(int i, string word) => Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private ReadOnlySpan<char> Word(int i, bool any = false)
    {
        if (i < 0 || i >= Count)
        {
            return [];
        }
        var t = _tokens[i];
        return any || t.Kind == ScanTokenKind.Word ? _text.AsSpan(t.Start, t.Length) : [];
    }
}
