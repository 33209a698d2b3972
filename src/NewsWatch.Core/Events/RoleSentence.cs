namespace NewsWatch.Events;

/// <summary>
/// A labelled aid sentence with who gives and who receives (party codes; empty when it names none), to train
/// and score the role model. <paramref name="Group"/> is its document, so a held-out part never shares one.
/// </summary>
public sealed record RoleSentence(string Group, string Text, DateOnly Published, IReadOnlyList<string> Donors, IReadOnlyList<string> Recipients);
