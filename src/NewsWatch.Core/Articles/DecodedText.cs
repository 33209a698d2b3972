namespace NewsWatch.Articles;

/// <summary>A fetched body turned into text, with the WHATWG-style name of the charset that was used.</summary>
public sealed record DecodedText(string Text, string Charset);
