using DanVan.Domain.Repositories;

namespace DanVan.Storage.Tests;

/// <summary>What the proactive sender relies on: the active list, marking inactive with a reason, dropping.</summary>
public sealed class ConversationLifecycleTests : StorageTest
{
    private static ConversationRecord Record(string user, string conversation = "a") =>
        new(user, "CCKL", $"{{\"conversation\":{{\"id\":\"{conversation}\"}}}}", true, Alex.At);

    [Fact]
    public async Task Only_active_references_are_listed()
    {
        await Storage.Conversations.SaveAsync(Record("aad:alex"), default);
        await Storage.Conversations.SaveAsync(Record("aad:binh"), default);
        await Storage.Conversations.SaveAsync(Record("aad:chi") with { Active = false }, default);

        var active = await Storage.Conversations.ListActiveAsync(default);

        Assert.Equal(["aad:alex", "aad:binh"], active.Select(r => r.UserKey).Order());
        Assert.All(active, r => Assert.NotNull(r.Version));
    }

    [Fact]
    public async Task Marking_inactive_keeps_the_reference_with_the_reason_and_time()
    {
        await Storage.Conversations.SaveAsync(Record("aad:alex"), default);
        var at = Alex.At.AddDays(3);

        Assert.True(await Storage.Conversations.MarkInactiveAsync("aad:alex", InactiveReasons.ConversationBlockedByUser, at, null, default));

        var read = await Storage.Conversations.GetAsync("aad:alex", default);
        Assert.False(read!.Active);
        Assert.Equal((InactiveReasons.ConversationBlockedByUser, at), (read.InactiveReason, read.InactiveSince));
        Assert.Equal(Record("aad:alex").ReferenceJson, read.ReferenceJson);
        Assert.Empty(await Storage.Conversations.ListActiveAsync(default));
    }

    [Fact]
    public async Task Saving_again_reactivates_and_clears_the_reason()
    {
        await Storage.Conversations.SaveAsync(Record("aad:alex"), default);
        await Storage.Conversations.MarkInactiveAsync("aad:alex", InactiveReasons.Uninstalled, Alex.At, null, default);

        await Storage.Conversations.SaveAsync(Record("aad:alex", "b"), default);

        var read = await Storage.Conversations.GetAsync("aad:alex", default);
        Assert.True(read!.Active);
        Assert.Null(read.InactiveReason);
        Assert.Null(read.InactiveSince);
    }

    [Fact]
    public async Task A_failure_seen_on_an_old_version_does_not_touch_a_newer_reference()
    {
        await Storage.Conversations.SaveAsync(Record("aad:alex"), default);
        var seenBySender = (await Storage.Conversations.GetAsync("aad:alex", default))!;
        await Storage.Conversations.SaveAsync(Record("aad:alex", "new"), default);

        Assert.False(await Storage.Conversations.MarkInactiveAsync("aad:alex", InactiveReasons.BotDisabledByAdmin, Alex.At, seenBySender.Version, default));
        Assert.False(await Storage.Conversations.DeleteAsync("aad:alex", seenBySender.Version, default));

        Assert.True((await Storage.Conversations.GetAsync("aad:alex", default))!.Active);
    }

    [Fact]
    public async Task Delete_drops_the_reference_and_unknown_users_are_not_created()
    {
        await Storage.Conversations.SaveAsync(Record("aad:alex"), default);
        var seen = (await Storage.Conversations.GetAsync("aad:alex", default))!;

        Assert.True(await Storage.Conversations.DeleteAsync("aad:alex", seen.Version, default));
        Assert.False(await Storage.Conversations.DeleteAsync("aad:alex", null, default));
        Assert.False(await Storage.Conversations.MarkInactiveAsync("aad:nobody", InactiveReasons.Uninstalled, Alex.At, null, default));

        Assert.Null(await Storage.Conversations.GetAsync("aad:alex", default));
        Assert.Equal(0, await CountRowsAsync(Storage.Tables.Conversations, "conv"));
    }
}
