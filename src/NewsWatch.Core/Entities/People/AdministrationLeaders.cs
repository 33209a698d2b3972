using System.Text.RegularExpressions;

namespace NewsWatch.Entities.People;

/// <summary>
/// "the Biden-Harris administration", "the Obama-Biden Administration", "the Trump administration": government texts name
/// an administration after its leaders, one word or two joined by a hyphen, and the model, which reads "Biden-Harris" as
/// one word, tags neither. Each part is a person when the text names that person elsewhere or the office-holder table
/// knows the surname, so "the Small Business Administration" names nobody. Stateless, so thread-safe.
/// </summary>
public sealed partial class AdministrationLeaders(OfficeHolders holders)
{
    public static AdministrationLeaders Shared { get; } = new(OfficeHolders.Shared);

    /// <summary>The leaders' mentions in <paramref name="text"/> that no mention in <paramref name="mentions"/> overlaps, with their canonical names.</summary>
    public List<EntityMention> Find(string text, IReadOnlyList<EntityMention> mentions, DateOnly on, float confidence)
    {
        var found = new List<EntityMention>();
        foreach (Match match in Administration().Matches(text))
        {
            var last = match.Groups["second"].Success ? match.Groups["second"] : match.Groups["first"];
            var (start, end) = (match.Index, last.Index + last.Length);
            // A PERSON span of the leaders' names, with or without "Administration" ("Biden Administration"), gives way.
            if (mentions.Any(m => m.Start < end && start < m.End && !(m.Type == EntityType.Person && m.Start == start && m.End <= match.Index + match.Length)))
            {
                continue;
            }

            foreach (var group in new[] { match.Groups["first"], match.Groups["second"] }.Where(g => g.Success))
            {
                var surname = group.Value;
                var name = mentions.FirstOrDefault(m => m.Type == EntityType.Person && m.Value?.Name is { } n && (n == surname || n.EndsWith(" " + surname, StringComparison.Ordinal)))?.Value!.Name
                    ?? holders.Find(surname, on)?.Name;
                if (name is not null)
                {
                    found.Add(new EntityMention(EntityType.Person, group.Index, group.Index + group.Length, surname, new EntityValue { Name = name }, confidence));
                }
            }
        }

        return found;
    }

    [GeneratedRegex(@"\b(?<first>\p{Lu}\p{Ll}+)(?:-(?<second>\p{Lu}\p{Ll}+))?\s+[Aa]dministration\b", RegexOptions.CultureInvariant)]
    private static partial Regex Administration();
}
