using Microsoft.Extensions.DependencyInjection;

namespace NewsWatch.Pipeline;

/// <summary>
/// <see cref="Lazy{T}"/> from the container: a stage that holds a model (the entity tagger, the aid-sentence
/// classifier) gets it on its first article, so an idle daemon never loads one.
/// </summary>
internal sealed class LazyService<T>(IServiceProvider services) : Lazy<T>(services.GetRequiredService<T>) where T : notnull;
