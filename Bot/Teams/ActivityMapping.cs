using System.Globalization;
using DanVan.App;
using DanVan.Cards.Json;
using DanVan.Domain.Repositories;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DanVan.Bot.Teams;

/// <summary>Conversions between Bot Framework types and DanVan's plain ones.</summary>
public static class ActivityMapping
{
    public static Caller CallerOf(ITurnContext turn)
    {
        var activity = turn.Activity;
        var reference = activity.GetConversationReference();
        // Proactive sends need the conversation, not the message that happened to carry it; without the
        // activity id the stored reference only changes when the conversation does.
        reference.ActivityId = null;
        var team = activity.TeamsGetTeamInfo()?.Id;
        return new Caller(
            activity.From?.Id ?? "",
            activity.Conversation?.Id ?? "",
            activity.From?.AadObjectId,
            activity.From?.Name,
            activity.Locale,
            JsonConvert.SerializeObject(reference),
            ct => FindUpnAsync(turn, ct))
        {
            Chat = ChatOf(activity.Conversation?.ConversationType, team),
            TeamId = team,
        };
    }

    /// <summary>Teams' conversationType: "personal", "channel" or "groupChat". A team in the channel data is a
    /// channel whatever the type says: a private answer must never go where a team can read it.</summary>
    public static ChatKind ChatOf(string? conversationType, string? teamId) => conversationType switch
    {
        _ when !string.IsNullOrEmpty(teamId) => ChatKind.Channel,
        "channel" => ChatKind.Channel,
        "groupChat" => ChatKind.GroupChat,
        _ => ChatKind.Personal,
    };

    /// <summary>Whether a stored reference is a personal chat: the only kind private messages may go to.</summary>
    public static bool IsPersonal(ConversationReference reference) =>
        reference.Conversation is { } c && ChatOf(c.ConversationType, null) == ChatKind.Personal && c.IsGroup != true;

    /// <summary>Teams' attachment type for a file a user sent to a bot that declares supportsFiles.</summary>
    public const string FileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>The first file the message carries (content.downloadUrl, uniqueId, fileType; the attachment's name), or
    /// null. Untrusted like everything in an activity: the App layer judges the address and the content.</summary>
    public static DanVan.App.Files.IncomingFile? FileOf(IMessageActivity activity)
    {
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.ContentType != FileDownloadInfo) continue;
            var content = attachment.Content switch
            {
                JObject o => o,
                string s => TryParse(s),
                null => null,
                var other => TryFromObject(other),
            };
            if ((string?)content?["downloadUrl"] is not { Length: > 0 } url) continue;
            return new DanVan.App.Files.IncomingFile(attachment.Name ?? "", url, (string?)content["uniqueId"], (string?)content["fileType"]);
        }
        return null;
    }

    /// <summary>Card inputs arrive as strings or JSON numbers depending on the client; flatten to strings.</summary>
    public static IReadOnlyDictionary<string, string?> FieldsOf(object? data)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        var json = data switch
        {
            null => null,
            JObject o => o,
            string s when s.TrimStart().StartsWith('{') => TryParse(s),
            _ => TryFromObject(data),
        };
        if (json is null) return fields;
        foreach (var property in json.Properties())
            if (property.Value is JValue value)
                fields[property.Name] = value.Type == JTokenType.Null ? null : Convert.ToString(value.Value, CultureInfo.InvariantCulture);
        return fields;
    }

    /// <summary>The key of a file consent card's context that names the route its answer goes to.</summary>
    public const string ConsentVerb = "verb";

    /// <summary>A fileConsent/invoke's value as the route's verb and flat fields (action, upload URL, content URL,
    /// name, unique id, file type). All of it is untrusted, the URLs included: the use case checks them.</summary>
    public static (string? Verb, IReadOnlyDictionary<string, string?> Fields) ConsentOf(object? value)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        var json = value switch { JObject o => o, null => null, _ => TryFromObject(value) };
        if (json is null) return (null, fields);
        FileConsentCardResponse? response;
        try { response = json.ToObject<FileConsentCardResponse>(); }
        catch (JsonException) { return (null, fields); }
        var verb = (response?.Context as JObject)?[ConsentVerb]?.Type == JTokenType.String ? (string?)((JObject)response!.Context)[ConsentVerb] : null;
        fields[DanVan.App.OfficialReports.ConsentFields.Action] = response?.Action;
        if (response?.UploadInfo is { } u)
        {
            fields[DanVan.App.OfficialReports.ConsentFields.UploadUrl] = u.UploadUrl;
            fields[DanVan.App.OfficialReports.ConsentFields.ContentUrl] = u.ContentUrl;
            fields[DanVan.App.OfficialReports.ConsentFields.Name] = u.Name;
            fields[DanVan.App.OfficialReports.ConsentFields.UniqueId] = u.UniqueId;
            fields[DanVan.App.OfficialReports.ConsentFields.FileType] = u.FileType;
        }
        return (verb, fields);
    }

    /// <summary>The Universal Actions answer that shows <paramref name="text"/> to the clicker and leaves the card as it is.</summary>
    public static AdaptiveCardInvokeResponse MessageResponse(string text) =>
        new() { StatusCode = 200, Type = "application/vnd.microsoft.activity.message", Value = text };

    public static IActivity ToActivity(Reply reply) => reply switch
    {
        TextReply text => MessageFactory.Text(text.Text),
        CardReply card => MessageFactory.Attachment(ToAttachment(card.Card), card.Text),
        // Teams' file consent: the context comes back in the fileConsent/invoke and names the route that answers it.
        FileOfferReply offer => MessageFactory.Attachment(new Attachment
        {
            ContentType = FileConsentCard.ContentType,
            Name = offer.FileName,
            Content = new FileConsentCard
            {
                Description = offer.Description, SizeInBytes = offer.Size,
                AcceptContext = new JObject { [ConsentVerb] = offer.Verb }, DeclineContext = new JObject { [ConsentVerb] = offer.Verb },
            },
        }),
        FileInfoReply info => MessageFactory.Attachment(new Attachment
        {
            ContentType = FileInfoCard.ContentType,
            ContentUrl = info.ContentUrl,
            Name = info.FileName,
            Content = new FileInfoCard { UniqueId = info.UniqueId, FileType = info.FileType },
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(reply)),
    };

    // JRaw: the card is already JSON; parsing it into a JObject only for Newtonsoft to write it out again costs
    // every turn a parse and a copy.
    public static Attachment ToAttachment(Card card) =>
        new() { ContentType = Card.ContentType, Content = new JRaw(card.ToString()) };

    /// <summary>The Universal Actions answer: Teams replaces the clicked card with this one.</summary>
    public static AdaptiveCardInvokeResponse CardResponse(Card card) =>
        new() { StatusCode = 200, Type = Card.ContentType, Value = new JRaw(card.ToString()) };

    private static async Task<string?> FindUpnAsync(ITurnContext turn, CancellationToken ct)
    {
        if (turn.Activity.ChannelId != "msteams" || turn.Activity.From?.Id is null) return null;
        try
        {
            var member = await TeamsInfo.GetMemberAsync(turn, turn.Activity.From.Id, ct);
            return member.UserPrincipalName ?? member.Email;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not knowing the UPN only means the user is treated as unknown; never fail the turn for it.
            return null;
        }
    }

    private static JObject? TryParse(string s)
    {
        try { return JObject.Parse(s); }
        catch (JsonReaderException) { return null; }
    }

    private static JObject? TryFromObject(object data)
    {
        try { return JObject.FromObject(data); }
        catch (ArgumentException) { return null; }
    }
}
