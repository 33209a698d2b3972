using NewsWatch.Alerts;

namespace NewsWatch.Tests.Alerts;

public sealed class AlertOptionsValidatorTests
{
    private static WebhookOptions Hook(string name, string url = "https://hooks.example/t0k3n") => new() { Name = name, Url = url };

    [Fact]
    public void Defaults_and_a_plain_webhook_are_valid()
    {
        var result = new AlertOptionsValidator().Validate(null, new AlertOptions { Webhooks = [Hook("ops")] });
        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Each_mistake_is_reported_by_webhook_name_without_its_url_or_secret()
    {
        var options = new AlertOptions
        {
            MaxAttempts = 0,
            InitialBackoff = TimeSpan.FromHours(2),
            LeaseDuration = TimeSpan.FromSeconds(10),
            Webhooks =
            [
                Hook("ops", "ftp://hooks.example/s3cret-path"),
                Hook("OPS"),
                new WebhookOptions { Name = "both", Url = "https://hooks.example/x", Secret = "hunter2-secret", SecretEnvironmentVariable = "X" },
                new WebhookOptions { Name = "env", Url = "https://hooks.example/y", SecretEnvironmentVariable = "NEWSWATCH_TEST_UNSET_" + Guid.NewGuid().ToString("N") },
                new WebhookOptions { Name = "", Url = "https://hooks.example/z", Filters = new AlertFilterOptions { MinAmountUsd = -1 } },
            ],
        };
        var result = new AlertOptionsValidator().Validate(null, options);
        var failures = result.Failures!.ToList();

        Assert.Contains(failures, f => f.Contains("MaxAttempts", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("MaxBackoff must not be shorter", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("LeaseDuration must be longer", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("('ops'): Url must be an absolute http or https URL", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("('OPS'): another webhook has the same name", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("('both'): set Secret or SecretEnvironmentVariable, not both", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("('env'): environment variable NEWSWATCH_TEST_UNSET_", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Alerts:Webhooks:4: The Name field is required", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("MinAmountUsd must not be negative", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("s3cret-path", StringComparison.Ordinal) || f.Contains("hunter2", StringComparison.Ordinal));
    }
}
