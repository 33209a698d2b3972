using System.Globalization;
using System.Text.Json;

namespace NewsWatch.Entities.Amounts;

/// <summary>
/// Scores <see cref="MoneyRecognizer"/> on the Recognizers-Text <c>CurrencyModel.json</c> format
/// (<c>[{Input, Results:[{Text, Start, End, Resolution:{value, unit, isoCurrency?}}]}]</c>).
/// </summary>
/// <remarks>
/// A case with results is right when the multiset of (amount, currency) found equals the multiset expected, spans
/// aside. Expected results without a value (a bare "dollar") expect no amount. The suite's units are mapped to ISO
/// 4217 with their scale ("Cent" is 0.01 USD, "Pence" 0.01 GBP); units that name a family ("Franc", "Rupee", "Sen")
/// accept any of its currencies, since the text alone cannot tell which one.
/// </remarks>
public static class CurrencySuiteScorer
{
    private static readonly Dictionary<string, (string[] Isos, decimal Scale)> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Dollar"] = (["USD"], 1m),
        ["Pound"] = (["GBP"], 1m),
        ["Cent"] = (["USD", "EUR", "CAD", "AUD"], 0.01m),
        ["Pence"] = (["GBP"], 0.01m),
        ["Penny"] = (["GBP"], 0.01m),
        ["Franc"] = (["CHF", "FRF", "BEF", "XOF", "XAF"], 1m),
        ["Finnish markka"] = (["FIM"], 1m),
        ["Peseta"] = (["ESP"], 1m),
        ["Netherlands guilder"] = (["NLG"], 1m),
        ["Rupee"] = (["INR", "PKR", "LKR", "NPR"], 1m),
        ["Bitcoin"] = (["XBT"], 1m),
        ["Satoshi"] = (["XBT"], 0.00000001m),
        ["Sen"] = (["JPY", "MYR", "IDR"], 0.01m),
    };

    /// <summary>Scores the recogniser on the suite file's JSON; at most <paramref name="maxFailures"/> failures are described.</summary>
    public static CurrencySuiteScore Score(MoneyRecognizer recognizer, string suiteJson, int maxFailures = 50)
    {
        using var document = JsonDocument.Parse(suiteJson, new JsonDocumentOptions { AllowTrailingCommas = true });
        int cases = 0, withResult = 0, correct = 0, negatives = 0, falsePositives = 0;
        var failures = new List<string>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            cases++;
            var input = item.GetProperty("Input").GetString() ?? "";
            var expected = ReadExpected(item.GetProperty("Results"), out var anyResult);
            var found = recognizer.Recognize(input);
            if (!anyResult)
            {
                negatives++;
                if (found.Count > 0)
                {
                    falsePositives++;
                    AddFailure(failures, maxFailures, $"NEGATIVE {Quote(input)} -> {Describe(found)}");
                }
                continue;
            }
            withResult++;
            if (Matches(expected, found))
            {
                correct++;
            }
            else
            {
                AddFailure(failures, maxFailures,
                    $"{Quote(input)}\n    expected {string.Join("; ", expected.Select(e => $"{e.Amount.ToString(CultureInfo.InvariantCulture)} {string.Join("|", e.Isos)}"))}\n    found    {Describe(found)}");
            }
        }
        return new CurrencySuiteScore(cases, withResult, correct, negatives, falsePositives, failures);
    }

    private static List<Expected> ReadExpected(JsonElement results, out bool anyResult)
    {
        var expected = new List<Expected>();
        anyResult = false;
        foreach (var result in results.EnumerateArray())
        {
            anyResult = true;
            var resolution = result.GetProperty("Resolution");
            if (!resolution.TryGetProperty("value", out var valueElement) || valueElement.ValueKind != JsonValueKind.String)
            {
                continue;
            }
            var value = decimal.Parse(valueElement.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (resolution.TryGetProperty("isoCurrency", out var iso) && iso.GetString() is { Length: > 0 } code)
            {
                expected.Add(new Expected(value, [code]));
            }
            else if (resolution.TryGetProperty("unit", out var unit) && Units.TryGetValue(unit.GetString() ?? "", out var mapped))
            {
                expected.Add(new Expected(value * mapped.Scale, mapped.Isos));
            }
            else
            {
                // A unit with no ISO mapping can never be matched; keep it so the case counts as missed.
                expected.Add(new Expected(value, []));
            }
        }
        return expected;
    }

    private static bool Matches(List<Expected> expected, IReadOnlyList<MoneyMention> found)
    {
        if (expected.Count != found.Count)
        {
            return false;
        }
        var used = new bool[found.Count];
        foreach (var e in expected)
        {
            var hit = -1;
            for (var k = 0; k < found.Count && hit < 0; k++)
            {
                if (!used[k] && found[k].Amount == e.Amount && found[k].AmountHigh is null && e.Isos.Contains(found[k].Currency))
                {
                    hit = k;
                }
            }
            if (hit < 0)
            {
                return false;
            }
            used[hit] = true;
        }
        return true;
    }

    private static void AddFailure(List<string> failures, int max, string failure)
    {
        if (failures.Count < max)
        {
            failures.Add(failure);
        }
    }

    private static string Describe(IReadOnlyList<MoneyMention> found) =>
        found.Count == 0 ? "(nothing)" : string.Join("; ", found.Select(m =>
            $"'{m.Text}' {m.Amount.ToString(CultureInfo.InvariantCulture)}{(m.AmountHigh is { } h ? "-" + h.ToString(CultureInfo.InvariantCulture) : "")} {m.Currency}"));

    private static string Quote(string input) => input.Length <= 160 ? $"\"{input}\"" : $"\"{input[..157]}...\"";

    private sealed record Expected(decimal Amount, string[] Isos);
}
