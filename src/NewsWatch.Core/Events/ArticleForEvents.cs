using NewsWatch.Entities;

namespace NewsWatch.Events;

/// <summary>
/// What the events stage needs of an article: its id, address, title, extracted text and publication time,
/// and who published it (a government or body, when its feed says so): the donor of announcements made in
/// the first person or by an unnamed official ("Today, I am announcing...", "the Secretary announced...").
/// <see cref="TitleMentions"/> are the entities tagged in the title (offsets into <see cref="Title"/>): a headline names
/// whom a story's aid is for ("UK pledges £1.2bn and Germany €2.3bn as Syria donors meet in London").
/// </summary>
public sealed record ArticleForEvents(long Id, string Url, string? Title, string Text, DateTimeOffset? PublishedAt, AidParty? Publisher = null,
    IReadOnlyList<EntityMention>? TitleMentions = null);
