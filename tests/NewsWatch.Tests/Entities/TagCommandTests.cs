using System.Text.Json;
using NewsWatch.Cli;

namespace NewsWatch.Tests.Entities;

public sealed class TagCommandTests(TaggerFixture fixture) : IClassFixture<TaggerFixture>
{
    [Fact]
    public async Task MalformedLinesGetAnErrorLineAndTheBatchGoesOn()
    {
        var input = string.Join('\n',
            """{"id":"a","text":"Ukraine got $40 billion on Thursday.","published":"2024-06-13"}""",
            """{"id":"b","text":""",
            """[1,2,3]""",
            "",
            """{"id":7,"text":42}""",
            """{"id":"c","published":"not a date","text":"x"}""",
            """{"id":"d","text":"Mr. Biden met Hungary\u2019s Viktor Orban.","published":"2024-06-13T09:00:00Z"}""",
            """{"text":"no id here"}""");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await TagCommand.RunAsync(new StringReader(input), output, error, fixture.Tagger, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("4 of 7 line(s) failed", error.ToString());
        var answers = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(7, answers.Count); // every non-empty input line is answered, in order
        var lines = answers.Where(a => !a.TryGetProperty("error", out _)).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.Equal("d", lines[1].GetProperty("id").GetString());
        Assert.False(lines[2].TryGetProperty("id", out _));

        var a = lines[0].GetProperty("entities").EnumerateArray().ToList();
        var amount = Assert.Single(a, e => e.GetProperty("type").GetString() == "AMOUNT");
        Assert.Equal(40_000_000_000m, amount.GetProperty("value").GetProperty("amount").GetDecimal());
        Assert.Equal("USD", amount.GetProperty("value").GetProperty("currency").GetString());
        Assert.Equal("$40 billion", amount.GetProperty("text").GetString());
        Assert.Equal(12, amount.GetProperty("start").GetInt32());
        var country = Assert.Single(a, e => e.GetProperty("type").GetString() == "COUNTRY");
        Assert.Equal("UA", country.GetProperty("value").GetProperty("iso2").GetString());
        var date = Assert.Single(a, e => e.GetProperty("type").GetString() == "DATE");
        Assert.Equal("2024-06-13", date.GetProperty("value").GetProperty("timex").GetString());

        var errors = answers.Where(a => a.TryGetProperty("error", out _)).ToList();
        Assert.Equal([2, 3, 5, 6], errors.Select(e => e.GetProperty("line").GetInt32()));
        Assert.Equal(7, errors[2].GetProperty("id").GetInt32());
        Assert.Equal("c", errors[3].GetProperty("id").GetString());
    }
}
