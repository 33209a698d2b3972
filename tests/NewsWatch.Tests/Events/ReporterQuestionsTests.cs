using NewsWatch.Events;
using static NewsWatch.Tests.Events.AidWording;

namespace NewsWatch.Tests.Events;

/// <summary>Briefing transcripts: a reporter's turn runs from "Q" to the next speaker's label and announces nothing.</summary>
public sealed class ReporterQuestionsTests
{
    private const string Transcript =
        "MS. JEAN-PIERRE:  Good afternoon, everyone.\n\n"
        + "Q    Thanks, Karine.  Is the President sending Ukraine another $300 million package this week?\n"
        + "And will it include air defense?\n\n"
        + "MS. JEAN-PIERRE:  I don't have anything to announce today.\n\n"
        + "Q: One more on that.\n\n"
        + "MR. KIRBY:  Sure.\n";

    [Fact]
    public void A_turn_runs_from_the_reporters_line_to_the_next_speakers_label()
    {
        var turns = ReporterQuestions.Find(Transcript);

        Assert.Equal(2, turns.Count);
        Assert.StartsWith("Q    Thanks, Karine.", Transcript[turns[0]]);
        Assert.EndsWith("air defense?\n\n", Transcript[turns[0]]);
        Assert.Equal("Q: One more on that.\n\n", Transcript[turns[1]]);
        Assert.True(ReporterQuestions.Asks(turns, Transcript.IndexOf("And will it", StringComparison.Ordinal)));
        Assert.False(ReporterQuestions.Asks(turns, Transcript.IndexOf("I don't have", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_position_is_asked_only_inside_a_turn_however_many_turns_there_are()
    {
        Range[] turns = [new(2, 5), new(10, 20), new(20, 21), new(30, 40)];
        int[] asked = [2, 3, 4, 10, 19, 20, 30, 39];
        int[] answered = [0, 1, 5, 9, 21, 29, 40, 100];
        Assert.All(asked, at => Assert.True(ReporterQuestions.Asks(turns, at)));
        Assert.All(answered, at => Assert.False(ReporterQuestions.Asks(turns, at)));
        Assert.False(ReporterQuestions.Asks([], 0));
    }

    [Fact]
    public void Prose_without_a_reporters_line_has_no_turns()
    {
        Assert.Empty(ReporterQuestions.Find("Quebec will provide $5 million.\nQatar pledged more.\nQ-ships were used in the war."));
    }

    [Fact]
    public void A_reporters_figure_no_official_names_is_no_event_and_the_officials_answer_is()
    {
        const string text = "Q    Is the President announcing a new $300 million package of security assistance for Ukraine today?\n\n"
            + "MR. KIRBY:  Today the President approved a new $325 million package of security assistance for Ukraine.\n";
        var e = Assert.Single(NewAid(text, m => m.Country("Ukraine", "UA", "Ukraine").Amount("$300 million", 300_000_000m, "USD")
            .Amount("$325 million", 325_000_000m, "USD").Date("today", "2024-06-13").Date("Today", "2024-06-13"), UnitedStates));
        Assert.Equal(("US", "UA", 325_000_000m), (e.Donor.Code, e.Recipient.Code, e.Amount));
        Assert.Contains("Today the President approved a new $325 million", e.Evidence);
    }

    [Fact]
    public void A_reporters_figure_an_official_confirms_is_news_told_in_the_questions_words()
    {
        const string text = "Q    This weekend, you guys sent $40 billion in security assistance to Ukraine.  How does it fit the domestic agenda?\n\n"
            + "MR. SULLIVAN:  Well, the President signed the bill today.\n\n"
            + "Q    When will the weapons arrive?\n\n"
            + "MR. SULLIVAN:  A portion of that $40 billion is drawdown authority.\n";
        var e = Assert.Single(NewAid(text, m => m.Country("Ukraine", "UA", "Ukraine").Amount("$40 billion", 40_000_000_000m, "USD"), UnitedStates));
        Assert.Equal(("US", "UA"), (e.Donor.Code, e.Recipient.Code));
    }
}
