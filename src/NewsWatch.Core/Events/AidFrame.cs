using NewsWatch.Entities;

namespace NewsWatch.Events;

/// <summary>One package a sentence names, as the events stage reads it before packages are grouped: its parties, sum, date and cues.</summary>
internal sealed class AidFrame(int index, string text, AidSentencePrediction prediction)
{
    public int Index { get; } = index;
    public string Text { get; } = text;
    public AidSentencePrediction Prediction { get; } = prediction;

    /// <summary>
    /// Pledge or delivery: the classifier's, unless the sentence reports money paid out or goods handed over today, or
    /// decides to give ("has today decided to donate the entire stock of 19 CAESAR howitzers", "decided on the delivery of a
    /// 21st package", "approved a package of military assistance ... prepared on the basis of a list of needs handed over by
    /// the General Staff": what will be handed over, whatever a clause about it says).
    /// </summary>
    public string Measure { get; set; } = Decides(text) ? AidSentenceLabel.Pledge
        : SentenceCues.ReportsDelivery(text) ? AidSentenceLabel.Delivery : prediction.Measure;
    public AidParty? Donor { get; set; }
    public AidParty? Recipient { get; set; }
    public bool DonorInSentence { get; init; }
    public bool RecipientInSentence { get; init; }

    /// <summary>Whether the sentence gives this sum its own recipient ("$X to Türkiye and $Y to Syria").</summary>
    public bool OwnRecipient { get; init; }
    public EntityValue? Amount { get; init; }
    public IReadOnlyList<AidPart> Parts { get; set; } = [];

    /// <summary>What the sentence's sum buys ("for the East Jerusalem Hospital Network"), when it becomes a part.</summary>
    public string What { get; init; } = "";
    public bool GlobalScope { get; init; }
    public bool IsRecap { get; set; }
    public DateOnly? Date { get; init; }
    public IReadOnlyList<string> Items { get; init; } = [];
    public bool HasQuantity { get; init; }

    /// <summary>
    /// Relief a giver's carrier or team brought in, as the extractor read it (<see cref="SentenceCues.AidArrival"/>): a delivery worth
    /// an event without a sum. The arrival words alone make no delivery: "Japan, whose own medical team landed in Islamabad on Monday,
    /// pledged $20 million" pledges, and "people who have left Nagorno-Karabakh and arrived in Armenia" are no relief.
    /// </summary>
    public bool Arrived
    {
        get;
        init
        {
            field = value;
            if (value && !Decides(Text)) Measure = AidSentenceLabel.Delivery;
        }
    }

    private static bool Decides(string text) => SentenceCues.DecidesToGive(text) || SentenceCues.DecidesNewPackage(text);

    /// <summary>A bullet under "The assistance includes:": a part of the package named before the list.</summary>
    public bool IsListedPart { get; init; }

    /// <summary>A bullet whose first words are its giver and a giving verb ("- Canada will contribute C$40 million ...").</summary>
    public bool GiverOpensBullet { get; init; }

    /// <summary>One of the packages a sentence before counted ("announced two new tranches ... The second provides $206 million"): a package of its own, no part.</summary>
    public bool IsNumberedPackage { get; init; }

    /// <summary>A joint giver's part of a package whose sum is recorded with the first giver: an event without a sum of its own.</summary>
    public bool SharesSum { get; init; }

    /// <summary>The giver named in the sentence commits to giving with a verb of its own ("Germany will donate air defence systems to Ukraine").</summary>
    public bool GiverCommits { get; init; }

    /// <summary>An official named by title announces aid to the recipient today, yesterday or "just": news worth an event without a sum.</summary>
    public bool OfficialAnnouncesNow { get; init; }

    /// <summary>The classifier's probability, discounted for each slot the sentence had to borrow or lacks.</summary>
    public float Confidence => Prediction.EventProbability * (0.55f + (Amount is null ? 0 : 0.15f) + (Items.Count == 0 ? 0 : 0.1f)
        + (DonorInSentence ? 0.1f : 0) + (RecipientInSentence ? 0.1f : 0));
}
