using System.Text;
using System.Text.Json;
using NewsWatch.Alerts;
using NewsWatch.Alerts.Payloads;

namespace NewsWatch.Tests.Alerts;

public sealed class AlertPayloadTests
{
    private static readonly DateTimeOffset SentAt = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private static AlertMessage Message(AidEventAlert? alert = null, AlertKind kind = AlertKind.New) =>
        new("0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", kind, SentAt, alert ?? TestAlerts.Create(eventId: 42));

    private static JsonElement Render(WebhookFormat format, AlertMessage message)
    {
        var bytes = AlertPayload.Render(format, message);
        return JsonDocument.Parse(bytes).RootElement;
    }

    [Fact]
    public void Summary_reads_like_a_headline()
    {
        Assert.Equal("United States pledges $1.2 billion military aid to Ukraine (3 sources)", AlertSummary.Describe(Message()));
        Assert.Equal("Amount revised: United States pledges $1.2 billion military aid to Ukraine (3 sources)",
            AlertSummary.Describe(Message(kind: AlertKind.AmountChanged)));
        var euros = TestAlerts.Create(donor: "DE", amountUsd: 541_000_000m, aidType: "humanitarian", measure: "delivery", sources: 1) with { Amount = 500_000_000m, Currency = "EUR" };
        Assert.Equal("Germany delivers €500 million (about $541 million) humanitarian aid to Ukraine (1 source)", AlertSummary.Describe(Message(euros)));
        var unknown = TestAlerts.Create(amountUsd: null, measure: "other");
        Assert.Equal("United States announces military aid to Ukraine (3 sources)", AlertSummary.Describe(Message(unknown)));
        Assert.Equal("CAD 2,500", AmountText.Format(2_500m, "CAD"));
        Assert.Equal("£1.25 trillion", AmountText.Format(1_250_000_000_000m, "GBP"));
    }

    [Fact]
    public void Generic_payload_carries_type_delivery_id_time_summary_and_the_event()
    {
        var json = Render(WebhookFormat.Generic, Message(kind: AlertKind.AmountChanged));
        Assert.Equal("aid_event.amount_changed", json.GetProperty("type").GetString());
        Assert.Equal("0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", json.GetProperty("delivery_id").GetString());
        Assert.Equal("2026-03-02T09:30:00.000Z", json.GetProperty("sent_at").GetString());
        Assert.False(json.TryGetProperty("test", out _));
        var e = json.GetProperty("event");
        Assert.Equal(42, e.GetProperty("event_id").GetInt64());
        Assert.Equal("US", e.GetProperty("donor").GetProperty("code").GetString());
        Assert.Equal(1_200_000_000m, e.GetProperty("amount_usd").GetDecimal());
        Assert.Equal(3, e.GetProperty("sources").GetArrayLength());
        Assert.Equal("https://outlet1.example/aid-42", e.GetProperty("sources")[0].GetProperty("url").GetString());
        Assert.StartsWith("The United States will provide", e.GetProperty("evidence").GetString());
    }

    [Fact]
    public void Slack_payload_has_text_and_blocks_with_mrkdwn_escaped()
    {
        var hostile = TestAlerts.Create(eventId: 42) with { Evidence = "Aid <b>&</b> more <!channel>" };
        var json = Render(WebhookFormat.Slack, Message(hostile));
        Assert.Equal("United States pledges $1.2 billion military aid to Ukraine (3 sources)", json.GetProperty("text").GetString());
        var blocks = json.GetProperty("blocks").EnumerateArray().ToList();
        Assert.All(blocks, b => Assert.Contains(b.GetProperty("type").GetString(), new[] { "section", "context" }));
        Assert.Contains("*Donor*\nUnited States (US)", blocks[1].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("text").GetString()));
        Assert.Equal("> Aid &lt;b&gt;&amp;&lt;/b&gt; more &lt;!channel&gt;", blocks[2].GetProperty("text").GetProperty("text").GetString());
        Assert.Contains("<https://outlet1.example/aid-42|Outlet 1: aid package>", blocks[3].GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("text").GetString()));
        Assert.Contains("<https://outlet3.example/aid-42|outlet3.example>", blocks[3].GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("text").GetString()));
    }

    [Fact]
    public void Discord_payload_has_content_and_an_embed_and_pings_nobody()
    {
        var json = Render(WebhookFormat.Discord, Message());
        Assert.Equal("United States pledges $1.2 billion military aid to Ukraine (3 sources)", json.GetProperty("content").GetString());
        Assert.Equal(0, json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        var embed = Assert.Single(json.GetProperty("embeds").EnumerateArray());
        Assert.Equal("https://outlet1.example/aid-42", embed.GetProperty("url").GetString());
        Assert.Equal("2026-03-02T09:30:00.000Z", embed.GetProperty("timestamp").GetString());
        var fields = embed.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("value").GetString());
        Assert.Equal("$1.2 billion", fields["Amount"]);
        Assert.Contains("[Outlet 1: aid package](https://outlet1.example/aid-42)", fields["Sources"]);
        Assert.All(fields.Values, v => Assert.InRange(v!.Length, 1, 1024));
    }

    [Fact]
    public void Teams_payload_is_a_message_with_an_adaptive_card()
    {
        var json = Render(WebhookFormat.Teams, Message());
        Assert.Equal("message", json.GetProperty("type").GetString());
        var attachment = Assert.Single(json.GetProperty("attachments").EnumerateArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.4", card.GetProperty("version").GetString());
        var body = card.GetProperty("body").EnumerateArray().ToList();
        Assert.Equal("United States pledges $1.2 billion military aid to Ukraine (3 sources)", body[0].GetProperty("text").GetString());
        Assert.Contains(body, b => b.GetProperty("type").GetString() == "FactSet");
        Assert.Equal(3, card.GetProperty("actions").GetArrayLength());
    }

    [Fact]
    public void Long_evidence_is_cut_to_each_platform_limit()
    {
        var longAlert = TestAlerts.Create() with { Evidence = new string('x', 10_000) };
        var slack = Render(WebhookFormat.Slack, Message(longAlert));
        Assert.Equal(3000, slack.GetProperty("blocks")[2].GetProperty("text").GetProperty("text").GetString()!.Length);
        var discord = Render(WebhookFormat.Discord, Message(longAlert));
        Assert.Equal(4096, discord.GetProperty("embeds")[0].GetProperty("description").GetString()!.Length);
    }

    [Fact]
    public void Non_ascii_text_stays_readable_in_the_body()
    {
        var body = Encoding.UTF8.GetString(AlertPayload.Render(WebhookFormat.Generic,
            Message(TestAlerts.Create() with { Amount = 500_000_000m, Currency = "EUR", Evidence = "Kyiv gets €500m — Zelensky" })));
        Assert.Contains("€500 million", body);
        Assert.Contains("— Zelensky", body);
    }
}
