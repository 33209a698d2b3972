using System.Text;
using Microsoft.Extensions.DependencyInjection;

namespace NewsWatch.Articles;

public static class ArticlesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the charset decoder and the article extractor. Also registers the code-page
    /// encodings (windows-125x, ISO-8859-x, Shift_JIS, GBK, ...) process-wide, so that other
    /// components that decode by name (XML readers of feeds, for one) know them too.
    /// </summary>
    public static IServiceCollection AddNewsWatchArticles(this IServiceCollection services)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        services.AddSingleton<CharsetDecoder>();
        services.AddSingleton<ArticleExtractor>();
        return services;
    }
}
