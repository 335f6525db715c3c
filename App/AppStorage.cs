using DanVan.Domain.Repositories;

namespace DanVan.App;

/// <summary>
/// What the use cases need of storage, as the host builds it from Storage/ (Azure Table Storage) and the tests from
/// fakes. App adds its own caches in front (<see cref="RosterCache"/>, <see cref="UnitCache"/>) for these lifetimes.
/// </summary>
/// <param name="Roster">The roster as stored; every turn reads it through the cache.</param>
/// <param name="RosterEditor">The office's edits and the audit history; reads go to storage itself.</param>
/// <param name="Submissions">Every unit's items as stored; read through the unit cache.</param>
/// <param name="Conversations">Conversation references for proactive messages.</param>
public sealed record AppStorage(
    IRosterRepository Roster,
    IRosterEditor RosterEditor,
    ISubmissionRepository Submissions,
    IConversationRepository Conversations,
    TimeSpan RosterCacheLifetime,
    TimeSpan UnitCacheLifetime);
