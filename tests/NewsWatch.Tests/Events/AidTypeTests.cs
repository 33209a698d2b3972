using NewsWatch.Events;

namespace NewsWatch.Tests.Events;

public class AidTypeTests
{
    [Theory]
    [InlineData("The package includes 155mm artillery rounds and Javelin missiles.", 2, AidType.Military)]
    [InlineData("The grant will repair substations of Ukraine's power grid and restore electricity to Kharkiv.", 0, AidType.Other)]
    [InlineData("USAID will provide $30 million to fight malaria and HIV in Zambia.", 0, AidType.Other)]
    [InlineData("The World Bank will lend Kyiv $500 million to pay pensions and salaries.", 0, AidType.Financial)]
    [InlineData("The aid includes food, medicines and shelter for displaced families.", 0, AidType.Humanitarian)]
    [InlineData("Britain will train 10,000 more Ukrainian recruits this year.", 0, AidType.Training)]
    public void The_type_with_most_cues_wins(string text, int items, string type) =>
        Assert.Equal(type, AidType.Decide(AidType.Cues(text, items), "US"));
}
