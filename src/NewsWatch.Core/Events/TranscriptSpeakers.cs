using System.Text.RegularExpressions;
using NewsWatch.Entities.People;

namespace NewsWatch.Events;

/// <summary>
/// Whom a speaker of a joint press conference addresses by title: "PRESIDENT BIDEN: ... thank you, Mr. Prime Minister, for
/// the new package of military aid you recently announced" speaks to the other principal who holds that office (Albanese,
/// so Australia), named by the speaker labels of the transcript and the table of office holders.
/// </summary>
internal static partial class TranscriptSpeakers
{
    /// <summary>The country of the one the sentence at <paramref name="sentenceStart"/> addresses by title; null when the
    /// sentence addresses nobody by title, no labelled speaker precedes it, or the title fits no single other principal.</summary>
    public static AidParty? Addressee(string text, int sentenceStart, string sentence, OfficeHolders holders, DateOnly on)
    {
        if (Vocative().Match(sentence) is not { Success: true } vocative) return null;
        var office = vocative.Groups["president"].Success ? "head_of_state" : "head_of_government";
        OfficeHolder? speaker = null;
        var principals = new List<OfficeHolder>();
        foreach (Match label in ReporterQuestions.SpeakerLabel().Matches(text))
        {
            var holder = HolderOf(label.Value, holders, on);
            if (holder is null) continue;
            principals.Add(holder);
            if (label.Index < sentenceStart) speaker = holder;
        }
        if (speaker is null) return null;
        var addressed = principals.Where(h => h.Office == office && h.Country != speaker.Country).Select(h => h.Country).Distinct().ToList();
        return addressed is [var country] ? PublisherResolver.Party(country) : null;
    }

    /// <summary>The office holder a label names ("PRIME MINISTER ALBANESE:", "PRESIDENT ZELENSKYY:"): its last word as a surname.</summary>
    private static OfficeHolder? HolderOf(string label, OfficeHolders holders, DateOnly on) =>
        label.Trim().TrimEnd(':').Trim('*').Split([' ', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries) is [.., var last]
            ? holders.FindInOffice(last, on) : null;

    /// <summary>"Mr. President", "Madam Prime Minister", "Mr. Chancellor": a principal addressed by title.</summary>
    [GeneratedRegex(@"\b(?:Mr\.?|Madam|Madame)\s+(?:(?<president>President)|Prime\s+Minister|Chancellor)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Vocative();
}
