using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace NewsWatch.Common;

public static class StrictBinding
{
    /// <summary>
    /// Binds options to their section and refuses keys the options do not have: a misspelt or retired key
    /// (Scheduling:MaxConcurrency became MaxConcurrentPolls) would otherwise be ignored without a word.
    /// </summary>
    public static OptionsBuilder<T> BindStrictly<T>(this OptionsBuilder<T> options, IConfigurationSection section) where T : class =>
        options.Bind(section, binder => binder.ErrorOnUnknownConfiguration = true);
}
