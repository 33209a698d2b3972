namespace NewsWatch.Entities.Countries;

/// <summary>What a gazetteer hit names.</summary>
public enum GazetteerKind
{
    /// <summary>A country name or short form ("Ukraine", "U.S.", "Britain").</summary>
    CountryName,

    /// <summary>A demonym or adjective ("Ukrainian", "Britons", "Dutch").</summary>
    Demonym,

    /// <summary>A non-country body (EU, NATO, UN, World Bank, IMF).</summary>
    Organisation,
}
