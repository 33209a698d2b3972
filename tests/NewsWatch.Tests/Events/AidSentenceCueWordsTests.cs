using NewsWatch.Events;
using Xunit;

namespace NewsWatch.Tests.Events;

public class AidSentenceCueWordsTests
{
    [Fact]
    public void A_giving_verb_before_a_sum_is_a_new_sum_whatever_the_wording()
    {
        var cues = AidSentenceCueWords.Of("USAID is also providing $600,000 in additional support for disaster preparedness programs.").Split(' ');
        Assert.Contains("cgivemoney", cues);
        Assert.Contains("cnewsum", cues);
        Assert.DoesNotContain("crecapsum", cues);
    }

    [Fact]
    public void Confirming_or_unveiling_a_sum_gives_it_and_money_that_has_been_mobilised_is_a_recap()
    {
        Assert.Contains("cgivemoney", AidSentenceCueWords.Of("The Prime Minister will also confirm £240 million of new bilateral aid for Ukraine.").Split(' '));
        Assert.Contains("cgivemoney", AidSentenceCueWords.Of("The minister unveiled €90 million for mine clearance.").Split(' '));
        Assert.Contains("crecapsum", AidSentenceCueWords.Of("Under the facility, €5.6 billion has been mobilised to reimburse member states.").Split(' '));
    }

    [Fact]
    public void A_running_total_is_a_recapped_sum_not_a_new_one()
    {
        var cues = AidSentenceCueWords.Of("The United States has provided more than $66 billion in military assistance since February 2022.").Split(' ');
        Assert.Contains("crecapsum", cues);
        Assert.DoesNotContain("cnewsum", cues);
    }

    [Fact]
    public void A_total_announced_as_new_is_a_new_sum_and_a_bare_total_a_recap()
    {
        var announced = AidSentenceCueWords.Of("The Prime Minister will announce new grants totaling $90 million for flood relief in Malawi.").Split(' ');
        Assert.Contains("cnewsum", announced);
        Assert.DoesNotContain("crecap", announced);
        var summed = AidSentenceCueWords.Of("Japanese aid to the region reached a total of $2 billion.").Split(' ');
        Assert.Contains("crecapsum", summed);
        Assert.DoesNotContain("cnewsum", summed);
    }

    [Fact]
    public void A_count_of_shells_is_not_money()
    {
        var cues = AidSentenceCueWords.Of("The United States alone sent more than 2 million 155mm shells.").Split(' ');
        Assert.DoesNotContain("cmoney", cues);
        Assert.Contains("cgive", cues);
        Assert.Contains("cmoney", AidSentenceCueWords.Of("Norway will give 5 billion kroner to the fund.").Split(' '));
    }

    [Fact]
    public void Requests_halts_and_questions_have_their_own_words()
    {
        Assert.Contains("crequest", AidSentenceCueWords.Of("We urge Congress to pass the supplemental.").Split(' '));
        Assert.Contains("chalt", AidSentenceCueWords.Of("The shipments were paused last week.").Split(' '));
        Assert.Contains("cquestion", AidSentenceCueWords.Of("Q Will the package include tanks?").Split(' '));
        Assert.Equal("", AidSentenceCueWords.Of("The weather was fine."));
        Assert.Contains("cdomestic", AidSentenceCueWords.Of("The department will provide $50 million to help U.S. farmers hire workers.").Split(' '));
        Assert.DoesNotContain("cdomestic", AidSentenceCueWords.Of("Japan will provide $50 million to help Ukrainian farmers.").Split(' '));
    }
}
