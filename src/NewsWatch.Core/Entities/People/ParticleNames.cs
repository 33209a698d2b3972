using NewsWatch.Entities.Countries;
using NewsWatch.Entities.Tokens;

namespace NewsWatch.Entities.People;

/// <summary>
/// "Ursula von der Leyen", "Alexander von Humboldt", "Joaquin de la Pazuela": a known given name, one or two lower-case
/// name particles and a capitalised surname. The particles are words the model sees mostly in lower-case running text,
/// so it may leave the whole name out; the given name and the particle between two capitalised words make the pattern a
/// name. The run must stand on its own (no capitalised word right before it: "Santa Maria de la Paz" is a place), no
/// word of it a country, and <see cref="NonPersonNames"/> must not veto it. Stateless, so thread-safe.
/// </summary>
public sealed class ParticleNames(FirstNameGazetteer firstNames, CountryGazetteer countries, NonPersonNames nonPersons)
{
    /// <summary>Particles inside surnames; "al", "el", "y" and "la" alone are left out, being common in place names.</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "von", "van", "der", "den", "de", "da", "di", "du", "dos", "das", "del", "della", "ter", "ten", "zu", "la", "le",
    };

    private static readonly HashSet<string> FirstParticles = new(StringComparer.Ordinal)
    {
        "von", "van", "de", "da", "di", "du", "dos", "das", "del", "della", "ter", "ten", "zu",
    };

    public static ParticleNames Shared { get; } = new(FirstNameGazetteer.Shared, CountryGazetteer.Shared, NonPersonNames.Shared);

    /// <summary>Token ranges [start, end) of such names over tokens where <paramref name="free"/> is true.</summary>
    public List<(int Start, int End)> Find(string text, IReadOnlyList<Token> tokens, ReadOnlySpan<bool> free)
    {
        var found = new List<(int, int)>();
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (!free[i] || !IsNameWord(text, tokens[i]) || !firstNames.IsFirstName(tokens[i].Slice(text))
                || i > 0 && tokens[i - 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[i - 1].Start]))
            {
                continue;
            }

            var k = i + 1;
            if (!free[k] || !FirstParticles.Contains(tokens[k].Slice(text).ToString()))
            {
                continue;
            }

            k++;
            if (k < tokens.Count && free[k] && Particles.Contains(tokens[k].Slice(text).ToString()))
            {
                k++;
            }

            if (k >= tokens.Count || !free[k] || !IsNameWord(text, tokens[k]) || IsCountry(text, tokens[i]) || IsCountry(text, tokens[k])
                || nonPersons.IsNonPerson(text, tokens[i].Start, tokens[k].End))
            {
                continue;
            }

            found.Add((i, k + 1));
            i = k;
        }

        return found;
    }

    private bool IsCountry(string text, Token token) => countries.Lookup(token.Slice(text).ToString()) is not null;

    private static bool IsNameWord(string text, Token token)
    {
        var word = token.Slice(text);
        return token.Kind == TokenKind.Word && word.Length >= 2 && char.IsUpper(word[0]) && char.IsLower(word[^1]);
    }
}
