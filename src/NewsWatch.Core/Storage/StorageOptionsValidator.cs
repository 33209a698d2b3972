using Microsoft.Extensions.Options;
using NewsWatch.Common;

namespace NewsWatch.Storage;

/// <summary>Refuses an unknown provider and a postgres provider without a connection string, each in one line.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var errors = new List<string>();
        AnnotationErrors.Add(options, StorageOptions.Section, errors);
        var provider = StorageProviders.Parse(options.Provider);
        if (provider is null)
            errors.Add($"Storage:Provider '{options.Provider}' is not one of {StorageProviders.Names}.");
        else if (provider == StorageProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString))
            errors.Add("Storage:ConnectionString is required when Storage:Provider is postgres.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
