using DanVan.Domain.Repositories;

namespace DanVan.Storage.Tests;

public sealed class ConversationRepositoryTests : StorageTest
{
    [Fact]
    public async Task The_latest_reference_of_a_user_replaces_the_previous_one()
    {
        var first = new ConversationRecord("aad:alex", "CCKL", "{\"conversation\":{\"id\":\"a\"}}", true, Alex.At);
        await Storage.Conversations.SaveAsync(first, default);
        await Storage.Conversations.SaveAsync(first with { ReferenceJson = "{\"conversation\":{\"id\":\"b\"}}" }, default);

        var read = await Storage.Conversations.GetAsync("aad:alex", default);

        Assert.Equal("{\"conversation\":{\"id\":\"b\"}}", read!.ReferenceJson);
        Assert.Equal("CCKL", read.UnitId);
        Assert.True(read.Active);
    }

    [Fact]
    public async Task Keys_with_characters_tables_forbid_are_stored_and_found()
    {
        var odd = new ConversationRecord("upn:a/b#c?d", null, "{}", true, Alex.At);
        await Storage.Conversations.SaveAsync(odd, default);

        Assert.Equal("upn:a/b#c?d", (await Storage.Conversations.GetAsync("upn:a/b#c?d", default))!.UserKey);
    }
}
