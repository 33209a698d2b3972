namespace NewsWatch.Articles.Extraction;

/// <summary>How sure a class, id or role name is that its element is page furniture.</summary>
internal enum BoilerplateKind
{
    None,

    /// <summary>Names that also decorate article containers (WordPress puts <c>tag-x category-y</c> on
    /// the article itself): furniture only when the element holds little text.</summary>
    Weak,

    /// <summary>Names of furniture (share bars, related links, sidebars); a container that also calls
    /// itself content and holds several paragraphs is still kept.</summary>
    Strong,

    /// <summary>Reader comments and reply forms: often long prose, so never protected by their size.</summary>
    Comments,
}
