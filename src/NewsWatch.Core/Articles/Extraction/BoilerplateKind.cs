namespace NewsWatch.Articles.Extraction;

/// <summary>How sure a class, id or role name is that its element is page furniture.</summary>
internal enum BoilerplateKind
{
    None,

    /// <summary>Names that also decorate article containers (WordPress puts <c>tag-x category-y</c> on
    /// the article itself): furniture only when the element holds little text.</summary>
    Weak,

    /// <summary>Names of furniture (sidebars, menus, banners); a container that also calls itself
    /// content, or that is plainly prose, is still kept.</summary>
    Strong,

    /// <summary>Reader comments, related-article teasers, newsletter and cookie boxes, author
    /// boxes: often prose themselves, so never kept for holding prose.</summary>
    Certain,
}
