using System.Text.RegularExpressions;
using NewsWatch.Entities.Countries;

namespace NewsWatch.Events;

/// <summary>
/// Who published an article, as the donor of announcements that name none ("Today, I am announcing...",
/// "the Secretary announced..."): the feed's configured publisher, else the government or body whose web
/// domain serves the page (whitehouse.gov, gov.uk, nato.int...), else the office holder a statement's title
/// names ("Statement from President Biden on..."). News outlets have no publisher: they report others.
/// </summary>
public sealed partial class PublisherResolver(Func<string, DateOnly, string?>? countryOfPerson = null)
{
    /// <summary>Host suffixes of government and body sites (a host matches itself or any subdomain); the longest match wins.</summary>
    private static readonly (string Suffix, string Code)[] Domains =
    [
        ("gov", "US"), ("mil", "US"), ("gov.uk", "GB"), ("mod.uk", "GB"), ("gc.ca", "CA"), ("canada.ca", "CA"),
        ("gouv.fr", "FR"), ("elysee.fr", "FR"), ("bund.de", "DE"), ("bundesregierung.de", "DE"), ("bundeskanzler.de", "DE"),
        ("gov.ua", "UA"), ("president.gov.ua", "UA"), ("europa.eu", "EU"), ("consilium.europa.eu", "EU"), ("nato.int", "NATO"),
        ("un.org", "UN"), ("worldbank.org", "WB"), ("imf.org", "IMF"), ("gov.pl", "PL"), ("government.nl", "NL"),
        ("rijksoverheid.nl", "NL"), ("defensie.nl", "NL"), ("regjeringen.no", "NO"), ("regeringen.se", "SE"), ("government.se", "SE"),
        ("um.dk", "DK"), ("fmn.dk", "DK"), ("stm.dk", "DK"), ("valtioneuvosto.fi", "FI"), ("defmin.fi", "FI"), ("gov.au", "AU"),
        ("go.jp", "JP"), ("korea.kr", "KR"), ("go.kr", "KR"), ("gov.lt", "LT"), ("lrv.lt", "LT"), ("gov.lv", "LV"), ("mod.gov.lv", "LV"),
        ("valitsus.ee", "EE"), ("kaitseministeerium.ee", "EE"), ("gov.cz", "CZ"), ("vlada.cz", "CZ"), ("gov.sk", "SK"),
        ("gov.ro", "RO"), ("governo.it", "IT"), ("difesa.it", "IT"), ("lamoncloa.gob.es", "ES"), ("defensa.gob.es", "ES"),
        ("admin.ch", "CH"), ("bundeskanzleramt.gv.at", "AT"), ("gv.at", "AT"), ("belgium.be", "BE"), ("gov.ie", "IE"),
        ("govt.nz", "NZ"), ("gov.il", "IL"), ("gov.tr", "TR"), ("kremlin.ru", "RU"), ("gov.ru", "RU"), ("mid.ru", "RU"),
    ];

    /// <summary>The publisher of an article, or null for news outlets and unknown sites.</summary>
    /// <param name="configured">The feed's publisher from configuration (a country or body code), which wins.</param>
    public AidParty? Resolve(string? configured, string url, string? title, DateOnly on)
    {
        if (Party(configured) is { } fromConfig) return fromConfig;
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            var host = uri.Host.ToLowerInvariant();
            var code = Domains.Where(d => host == d.Suffix || host.EndsWith("." + d.Suffix, StringComparison.Ordinal))
                .OrderByDescending(d => d.Suffix.Length).Select(d => d.Code).FirstOrDefault();
            if (code is not null) return Party(code);
        }
        if (countryOfPerson is not null && title is not null && OfficialTitle().Match(title) is { Success: true } m
            && countryOfPerson(m.Groups["name"].Value.Trim(), on) is { } country)
            return Party(country);
        return null;
    }

    /// <summary>A country or body code as a party with its name; null when the code is unknown.</summary>
    public static AidParty? Party(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var c = code.Trim().ToUpperInvariant();
        if (CountryGazetteer.Shared.FindCountry(c) is { } country) return new AidParty(country.Iso2, country.Name);
        if (CountryGazetteer.Shared.FindOrganisation(c) is { } body) return new AidParty(body.Code, body.Name);
        return null;
    }

    /// <summary>Whether a configured publisher code is one this resolver knows.</summary>
    public static bool IsKnownCode(string code) => Party(code) is not null;

    /// <summary>"Statement from President Joe Biden on...", "Remarks by Prime Minister Rishi Sunak at...", "Readout of Secretary Austin's Call".</summary>
    [GeneratedRegex(@"^(?:Statement|Remarks|Readout|Press Release|Fact Sheet|Letter|Message|Speech|Address|Op-Ed)\b[^:]{0,20}?\b(?:by|from|of)\s+(?:the\s+)?(?:(?:President|Vice President|Prime Minister|Chancellor|Secretary(?:\s+of\s+\w+)?|Minister(?:\s+of\s+\w+)?|Foreign Minister|Defen[cs]e Minister|Secretary General|Secretary-General|High Representative)\s+)(?<name>\p{Lu}[\p{L}.-]+(?:['’]\p{Lu}[\p{L}-]+)?(?:\s+\p{Lu}[\p{L}.-]+(?:['’]\p{Lu}[\p{L}-]+)?){0,3}?)(?:['’]s\b|\s+(?:on|at|to|in|and|after|before|for|regarding|with)\b|[,:]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex OfficialTitle();
}
