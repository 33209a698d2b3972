using NewsWatch.Entities.Amounts;

namespace NewsWatch.Tests.Entities;

public class CurrencySuiteScorerTests
{
    [Fact]
    public void Scores_amount_and_currency_and_counts_false_positives()
    {
        const string suite = """
        [
          {"Input": "they paid $ 5 million .", "Results": [{"Text": "$ 5 million", "Start": 10, "End": 20, "Resolution": {"value": "5000000", "unit": "Dollar"}}]},
          {"Input": "it fell 34 cents", "Results": [{"Text": "34 cents", "Start": 8, "End": 15, "Resolution": {"value": "34", "unit": "Cent"}}]},
          {"Input": "a loan of 10 swiss francs", "Results": [{"Text": "10 swiss francs", "Start": 10, "End": 24, "Resolution": {"value": "10", "unit": "Swiss franc", "isoCurrency": "CHF"}}]},
          {"Input": "a loan of 7 widgets", "Results": [{"Text": "7 widgets", "Start": 10, "End": 18, "Resolution": {"value": "7", "unit": "Widget"}}]},
          {"Input": "the dollar rose", "Results": [{"Text": "dollar", "Start": 4, "End": 9, "Resolution": {"value": null, "unit": "Dollar"}}]},
          {"Input": "All 70 of us.", "Results": []},
          {"Input": "it cost $ 3 .", "Results": []}
        ]
        """;
        var score = CurrencySuiteScorer.Score(MoneyRecognizer.Shared, suite);
        Assert.Equal(7, score.Cases);
        Assert.Equal(5, score.WithResult);
        Assert.Equal(4, score.Correct);
        Assert.Equal(2, score.Negatives);
        Assert.Equal(1, score.FalsePositives);
        Assert.Equal(2, score.Failures.Count);
    }
}
