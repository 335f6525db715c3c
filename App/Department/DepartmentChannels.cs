using DanVan.App.Conversations;
using DanVan.App.Routing;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Time;

namespace DanVan.App.Department;

/// <summary>
/// "Đặt kênh sở" / "dừng kênh sở": an office member, in a team channel, makes that channel the department's channel
/// (the weekly department picture goes there) or stops it. The channel is the one the command was typed in, as
/// Teams addressed the turn; nothing in the message text chooses it.
/// </summary>
public sealed class DepartmentChannels(Plan plan, IConversationRepository conversations, DepartmentClock clock)
{
    public async Task<Answer> SetAsync(Request r, CancellationToken ct)
    {
        if (r.Caller.Chat != ChatKind.Channel || r.Caller.TeamId is not { Length: > 0 } || r.Caller.ConversationReferenceJson is not { } reference)
            return Answer.Say(r.T.DepartmentChannelOnlyInChannel);
        await conversations.SetDepartmentChannelAsync(
            new DepartmentChannel(ConversationReferences.SharedKey(r.Caller), reference, r.Who.Member.Key, clock.UtcNow), ct);
        return Answer.Say(r.T.DepartmentChannelSet(plan.DepartmentPost.Day, plan.DepartmentPost.At.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)));
    }

    public async Task<Answer> StopAsync(Request r, CancellationToken ct)
    {
        if (r.Caller.Chat != ChatKind.Channel || r.Caller.TeamId is not { Length: > 0 }) return Answer.Say(r.T.DepartmentChannelOnlyInChannel);
        return Answer.Say(await conversations.StopDepartmentChannelAsync(ConversationReferences.SharedKey(r.Caller), ct)
            ? r.T.DepartmentChannelStopped : r.T.DepartmentChannelNone);
    }
}
