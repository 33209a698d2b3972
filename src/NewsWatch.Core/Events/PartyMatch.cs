namespace NewsWatch.Events;

/// <summary>A donor/recipient candidate found in a sentence, with its UTF-16 span in the article text.</summary>
public sealed record PartyMatch(AidParty Party, int Start, int End, PartySource Source);

/// <summary>Where a party came from, which decides who wins when spans overlap.</summary>
public enum PartySource
{
    /// <summary>A COUNTRY mention from the entity tagger.</summary>
    CountryMention,

    /// <summary>A body from <see cref="PartyGazetteer"/> (EU, NATO, IMF, ...): wins over overlapping mentions.</summary>
    Body,

    /// <summary>A capital or institution standing for its country ("Washington", "the Pentagon"): loses to mentions.</summary>
    Metonym,

    /// <summary>A capital named as the seat of the government that speaks ("In London, the government said", "the ministry in Oslo said"): that government, never a place.</summary>
    SeatOfGovernment,

    /// <summary>An office holder speaking for their country or body ("Biden announced..." gives US): loses to mentions.</summary>
    OfficeHolder,
}
