namespace NewsWatch.Events;

/// <summary>A donor or recipient: a country (<see cref="Code"/> = ISO 3166-1 alpha-2) or a body (EU, NATO, UN, WB, IMF, ...).</summary>
public sealed record AidParty(string Code, string Name);
