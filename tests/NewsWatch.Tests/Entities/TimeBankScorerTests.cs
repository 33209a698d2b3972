using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using NewsWatch.Entities.Dates;
using NewsWatch.Entities.Dates.TimeBank;

namespace NewsWatch.Tests.Entities;

public class TimeBankScorerTests
{
    /// <summary>A TimeML document written for this test in the shape of TempEval-3's files.</summary>
    internal const string Tml = """
        <?xml version="1.0" ?>
        <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">
        <DOCID>fixture_1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-05" temporalFunction="false" functionInDocument="CREATION_TIME">03/05/1998</TIMEX3></DCT>
        <TEXT>
        Officials <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-03-04">yesterday</TIMEX3> that talks lasted <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3> and ended in <TIMEX3 tid="t3" type="DATE" value="1998-02">early February</TIMEX3>, after a vote <TIMEX3 tid="t4" type="DATE" value="1997">last year</TIMEX3>.
        </TEXT>
        </TimeML>
        """;

    [Fact]
    public void Reader_keeps_the_creation_time_the_plain_text_and_the_timex_offsets()
    {
        var document = TimeMlReader.Read("TBAQ/TimeBank/fixture_1.tml", new MemoryStream(Encoding.UTF8.GetBytes(Tml)));

        Assert.Equal(new DateOnly(1998, 3, 5), document.CreationTime);
        Assert.DoesNotContain("<", document.Text, StringComparison.Ordinal);
        Assert.Equal(4, document.Timexes.Count);
        Assert.Equal(["yesterday", "three days", "early February", "last year"], document.Timexes.Select(t => document.Text[t.Start..t.End]));
        Assert.Equal(["DATE", "DURATION", "DATE", "DATE"], document.Timexes.Select(t => t.Type));
    }

    [Fact]
    public void Reader_takes_tml_entries_out_of_a_gzipped_tar()
    {
        using var archive = new MemoryStream();
        using (var gzip = new GZipStream(archive, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip))
        {
            foreach (var name in new[] { "TBAQ/TimeBank/a.tml", "TBAQ/README.txt", "TBAQ/AQUAINT/b.tml" })
            {
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(Tml)) });
            }
        }
        archive.Position = 0;

        var documents = TimeMlReader.ReadArchive(archive).ToList();

        Assert.Equal(["TBAQ/TimeBank/a.tml", "TBAQ/AQUAINT/b.tml"], documents.Select(d => d.Name));
    }

    [Fact]
    public void Scores_strict_and_relaxed_spans_and_values_over_dates_only()
    {
        var document = TimeMlReader.Read("fixture_1.tml", new MemoryStream(Encoding.UTF8.GetBytes(Tml)));
        var text = document.Text;
        DateMention At(string span, string timex)
        {
            var start = text.IndexOf(span, StringComparison.Ordinal);
            return new DateMention(start, start + span.Length, span, timex, null, null);
        }

        // Exact and right; overlapping ("February" inside "early February") and right; exact and wrong; one on a DURATION.
        var mentions = new[] { At("yesterday", "1998-03-04"), At("three days", "1998"), At("February", "1998-02"), At("last year", "1996") };

        var score = TimeBankScorer.Score([document], (_, _) => mentions);

        Assert.Equal(3, score.Gold);
        Assert.Equal(4, score.Found);
        Assert.Equal(2, score.StrictMatches);
        Assert.Equal(3, score.RelaxedMatches);
        Assert.Equal(2, score.ValuesRight);
        Assert.Equal(0.5, score.StrictPrecision, 6);
        Assert.Equal(0.75, score.RelaxedPrecision, 6);
        Assert.Equal(1.0, score.RelaxedRecall, 6);
        Assert.Equal(2.0 / 3, score.ValueAccuracy, 6);
    }

    [Fact]
    public void A_mention_typed_as_a_duration_claims_no_date()
    {
        var document = TimeMlReader.Read("fixture_1.tml", new MemoryStream(Encoding.UTF8.GetBytes(Tml)));
        var start = document.Text.IndexOf("three days", StringComparison.Ordinal);
        var duration = new DateMention(start, start + 10, "three days", null, "1998-03-02", "1998-03-04") { IsDuration = true };

        var score = TimeBankScorer.Score([document], (_, _) => [duration]);

        Assert.Equal(0, score.Found);
    }
}
