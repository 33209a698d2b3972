using NewsWatch.Entities;

namespace NewsWatch.Tests.Events;

/// <summary>Hand-made entity mentions for a text: each call tags every occurrence of a surface string.</summary>
internal sealed class MentionsBuilder(string text)
{
    private readonly List<EntityMention> _mentions = [];

    public MentionsBuilder Country(string surface, string iso2, string name) =>
        Tag(EntityType.Country, surface, new EntityValue { Iso2 = iso2, Name = name });

    public MentionsBuilder Amount(string surface, decimal amount, string currency, decimal? usd = null) =>
        Tag(EntityType.Amount, surface, new EntityValue { Amount = amount, Currency = currency, Usd = usd ?? (currency == "USD" ? amount : null) });

    public MentionsBuilder Person(string surface, string canonical) => Tag(EntityType.Person, surface, new EntityValue { Name = canonical });

    public MentionsBuilder Date(string surface, string timex) => Tag(EntityType.Date, surface, new EntityValue { Timex = timex });

    public IReadOnlyList<EntityMention> Build() => _mentions.OrderBy(m => m.Start).ToList();

    private MentionsBuilder Tag(string type, string surface, EntityValue value)
    {
        var found = false;
        for (var i = text.IndexOf(surface, StringComparison.Ordinal); i >= 0; i = text.IndexOf(surface, i + surface.Length, StringComparison.Ordinal))
        {
            _mentions.Add(new EntityMention(type, i, i + surface.Length, surface, value, 0.9f));
            found = true;
        }
        if (!found) throw new ArgumentException($"'{surface}' is not in the text.", nameof(surface));
        return this;
    }
}
