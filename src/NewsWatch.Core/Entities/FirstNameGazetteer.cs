namespace NewsWatch.Entities;

/// <summary>
/// Common given names from many countries (about 8,800), for model features and for telling a person from a
/// place ("Michael Jordan", "Chad Smith"). Case-insensitive lookups on spans, no allocation per call.
/// </summary>
public sealed class FirstNameGazetteer
{
    private readonly HashSet<string> _names;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>The process-wide instance (the table is an immutable list of facts).</summary>
    public static FirstNameGazetteer Shared { get; } = new();

    private FirstNameGazetteer()
    {
        _names = new HashSet<string>(EmbeddedData.Lines("first_names.txt"), StringComparer.OrdinalIgnoreCase);
        _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _names.Count;

    /// <summary>The names as listed.</summary>
    public IEnumerable<string> Names => _names;

    /// <summary>True when the word is a known given name. Only capitalised words count: "will" and "may" are no names.</summary>
    public bool IsFirstName(ReadOnlySpan<char> word) =>
        word.Length > 1 && char.IsUpper(word[0]) && _lookup.Contains(word);

    /// <inheritdoc cref="IsFirstName(ReadOnlySpan{char})"/>
    public bool IsFirstName(string? word) => word is not null && IsFirstName(word.AsSpan());
}
