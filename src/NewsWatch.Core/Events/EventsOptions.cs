using System.ComponentModel.DataAnnotations;

namespace NewsWatch.Events;

/// <summary>Configuration of aid-event detection and merging (section <c>Events</c>).</summary>
public sealed class EventsOptions
{
    public const string Section = "Events";

    /// <summary>The aid-sentence classifier. Relative paths are tried against the working directory, then the program's folder.</summary>
    [Required]
    public string ModelPath { get; set; } = "models/aid_sentences.zip";

    /// <summary>The party-role model (who gives, who receives), found as <see cref="ModelPath"/> is.</summary>
    [Required]
    public string RolesModelPath { get; set; } = "models/party_roles.zip";

    /// <summary>A sentence can become an event only when the classifier gives pledge and delivery together at least this probability.</summary>
    [Range(0.0, 1.0)]
    public double MinSentenceProbability { get; set; } = 0.4;

    /// <summary>Two reports are the same amount when their USD values differ by at most this fraction ("$1.2 billion" vs "€1.1bn").</summary>
    [Range(0.0, 1.0)]
    public double AmountTolerance { get; set; } = 0.15;

    /// <summary>Reports of one announcement lie at most this many days apart; a package with the same amount a week later is another event.</summary>
    [Range(0, 60)]
    public int MergeWindowDays { get; set; } = 3;

    /// <summary>How far back an explicit correction may reach to update an event's amount.</summary>
    [Range(0, 365)]
    public int CorrectionWindowDays { get; set; } = 14;

    /// <summary>A DATE in the sentence is taken as the announcement date only within this many days before publication.</summary>
    [Range(0, 365)]
    public int MaxAnnouncementAgeDays { get; set; } = 14;

    /// <summary>
    /// A recap ("last month's $300 million package") is recorded as another source of a stored event with the
    /// same parties and amount announced up to this many days before; it never makes an event of its own.
    /// </summary>
    [Range(0, 3650)]
    public int RecapWindowDays { get; set; } = 90;
}
