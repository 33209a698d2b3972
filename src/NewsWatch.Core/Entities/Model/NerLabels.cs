namespace NewsWatch.Entities.Model;

/// <summary>
/// The model's BIO label set. Ids are fixed (they index the model's classes): 0 = O, then
/// B/I pairs per entity type in <see cref="Types"/> order.
/// </summary>
public static class NerLabels
{
    public const int Outside = 0;

    public static readonly IReadOnlyList<string> Types = [EntityType.Person, EntityType.Country, EntityType.Amount, EntityType.Date];

    /// <summary>O plus a B and an I label for each of the four types.</summary>
    public const int Count = 9;

    public static int Begin(int typeIndex) => 1 + 2 * typeIndex;

    public static int Inside(int typeIndex) => 2 + 2 * typeIndex;

    public static bool IsBegin(int label) => label > 0 && label % 2 == 1;

    public static bool IsInside(int label) => label > 0 && label % 2 == 0;

    /// <summary>The entity type index of a B or I label; -1 for O.</summary>
    public static int TypeOf(int label) => label == Outside ? -1 : (label - 1) / 2;

    public static int TypeIndex(string type)
    {
        for (var i = 0; i < Types.Count; i++)
        {
            if (Types[i] == type)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(type), type, "Not an entity type the model knows.");
    }

    /// <summary>Whether <paramref name="label"/> may follow <paramref name="previous"/> (-1 = sentence start) in a valid BIO sequence.</summary>
    public static bool IsAllowed(int previous, int label) =>
        !IsInside(label) || (previous >= 0 && previous != Outside && TypeOf(previous) == TypeOf(label));

    public static string Name(int label) => label == Outside ? "O" : (IsBegin(label) ? "B-" : "I-") + Types[TypeOf(label)];
}
