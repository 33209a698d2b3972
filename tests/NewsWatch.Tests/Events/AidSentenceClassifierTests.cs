using NewsWatch.Events;

namespace NewsWatch.Tests.Events;

/// <summary>Sanity checks on sentences written for these tests (not in the training set).</summary>
public class AidSentenceClassifierTests
{
    [Theory]
    [InlineData("The Netherlands will send Ukraine another €400 million worth of drones and air defence missiles, the defence minister said.", AidSentenceLabel.Pledge)]
    [InlineData("The first Patriot launchers donated by Germany have arrived in Ukraine, the air force said on Monday.", AidSentenceLabel.Delivery)]
    [InlineData("Zelensky urged Western leaders to send more air defence systems to protect Ukraine's power plants.", AidSentenceLabel.Appeal)]
    [InlineData("The White House suspended all weapons deliveries to Ukraine pending a review of stockpiles.", AidSentenceLabel.Cut)]
    [InlineData("Since the start of the war, Germany has provided more than €28 billion in military aid to Ukraine.", AidSentenceLabel.PastMention)]
    [InlineData("Russian forces shelled the city of Kharkiv overnight, damaging several apartment blocks.", AidSentenceLabel.None)]
    public void Classifies_clear_sentences(string sentence, string expected)
    {
        var prediction = EventsTestHost.Classifier.Classify(sentence);
        Assert.Equal(expected, prediction.Label);
        Assert.InRange(prediction.Probability, 0.2f, 1f);
    }

    [Fact]
    public void The_held_out_split_is_stable_and_about_a_fifth()
    {
        var sentences = Enumerable.Range(0, 2000).Select(i => $"Sentence number {i} about aid.").ToList();
        var heldOut = sentences.Count(AidSentenceDataset.IsHeldOut);
        Assert.InRange(heldOut, 330, 470);
        Assert.Equal(sentences.Select(AidSentenceDataset.IsHeldOut), sentences.Select(AidSentenceDataset.IsHeldOut));
    }
}
