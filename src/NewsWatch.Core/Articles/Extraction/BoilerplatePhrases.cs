using System.Text.RegularExpressions;

namespace NewsWatch.Articles.Extraction;

/// <summary>
/// Recognises furniture by its words, for pages whose markup gives no hint: comment-form
/// headings, share prompts, "related" headings and copyright lines, in the languages of the
/// feeds NewsWatch reads (English, German, French, Spanish). Only short paragraphs are tested,
/// so article sentences that merely mention these words are kept.
/// </summary>
internal static partial class BoilerplatePhrases
{
    /// <summary>Furniture lines are short; longer paragraphs are never judged by their words.</summary>
    public const int MaxLength = 160;

    /// <summary>A paragraph that is furniture by itself.</summary>
    public static bool IsFurniture(string paragraph)
        => paragraph.Length <= MaxLength && (Furniture().IsMatch(paragraph) || CommentsStart().IsMatch(paragraph) || Credit().IsMatch(paragraph));

    /// <summary>A paragraph that opens the comment section: nothing after it is article text.</summary>
    public static bool StartsComments(string paragraph)
        => paragraph.Length <= MaxLength && CommentsStart().IsMatch(paragraph);

    [GeneratedRegex("""
        ^(?:
            exit\ mobile\ version
          | share\ (?:this|on\ \w+|via\ \w+)\b.*
          | (?:diesen\ )?(?:artikel\ |beitrag\ )?teilen:?
          | (?:like|share|tweet|teilen|partager|compartir)(?:\s*[|:])?
          | related(?:\ (?:posts|articles|stories|content|news))?:?
          | related\ (?:article|post|story|reading|coverage)s?:.{0,120}
          | (?:you\ (?:may|might)\ also\ like|also\ read|read\ (?:more|also|next)|more\ on\ this\ topic|more\ from\ \w+
              |das\ könnte\ (?:sie|dich)\ auch\ interessieren|auch\ interessant|mehr\ zum\ thema|mehr\ themen|weitere\ artikel
              |lesen\ sie\ auch|ähnliche\ (?:beiträge|artikel)|schon\ gelesen\?|weiterlesen|mehr\ lesen
              |lire\ aussi|à\ lire\ aussi|lea\ también|lee\ también|te\ puede\ interesar|le\ puede\ interesar
            )(?:\W.{0,120})?
          | (?:über\ den\ autor|about\ the\ author|kontakt|contact(?:\ us)?|advertising\ disclosure|advertisement
              |anzeige|werbung|sponsored(?:\ content)?|publicidad|publicité):?
          | (?:©|\(c\)\ |copyright\b).{0,150}
          | .{0,80}\b(?:all\ rights\ reserved|alle\ rechte\ vorbehalten|tous\ droits\ réservés|todos\ los\ derechos\ reservados)\b.{0,80}
        )[\s.…!]*$
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Furniture();

    /// <summary>Picture captions that end in a credit ("… (Foto: Getty)", "… | © dpa").</summary>
    [GeneratedRegex("""
        (?:^|[\s(|/–-])(?:(?:foto|fotos|photo|photos|bild|bilder|image|images|quelle|source|credit|credits|copyright)\s*:|©)\s*[^.!?:]{1,60}\)?\s*$
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Credit();

    [GeneratedRegex("""
        ^(?:
            leave\ a\ (?:reply|comment)
          | \d*\s*(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?)(?:\ (?:to|zu|sur)\ .{1,120})?
          | (?:post\ a|add\ a|write\ a)\ comment
          | comments\ are\ closed
          | no\ comments(?:\ yet)?
          | your\ email\ address\ will\ not\ be\ published.*
          | (?:schreibe|hinterlasse|verfasse)\ einen\ kommentar
          | kommentar\ (?:schreiben|verfassen|abgeben)
          | (?:bisher\ |noch\ )?keine\ kommentare(?:\ vorhanden)?
          | (?:deine|ihre)\ e-mail-adresse\ wird\ nicht\ veröffentlicht.*
          | laisser\ un\ commentaire | deja\ un\ comentario | dejar\ un\ comentario
        )[\s.:!…]*$
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex CommentsStart();
}
