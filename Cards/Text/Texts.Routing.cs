namespace DanVan.Cards.Text;

public abstract partial class Texts
{
    // The command list, built from the route table: one line per command the caller may use.
    public abstract string HelpIntro { get; }
    public abstract string HelpOutro { get; }
    /// <summary>Added to the list in a channel or group chat: answers come in the personal chat.</summary>
    public abstract string HelpSharedNote { get; }
    /// <summary>The help line of a route (<see cref="RouteNames"/>), for a unit head or for the office and leaders; null: not listed.</summary>
    public abstract string? HelpLine(string route, bool senior);

    /// <summary>Under "not understood", above the buttons to the closest commands.</summary>
    public abstract string SuggestionsIntro { get; }
    /// <summary>A suggestion button: the command as the reader would type it (<paramref name="word"/>, the route's first,
    /// Vietnamese, word, unless the language has its own).</summary>
    public virtual string CommandButton(string route, string word) => word.Length > 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word;
    /// <summary>"Hạn nộp": the heading of the plan's deadlines.</summary>
    public abstract string DeadlinesTitle(int year);

    // Scopes: what a channel or group chat is told instead of a private answer.
    public abstract string TeamWelcome { get; }
    public abstract string SentToPersonalChat { get; }
    public abstract string PersonalChatUnreachable { get; }
    public abstract string UsePersonalChat { get; }

    // Bounds.
    public abstract string TooManyTurns(int seconds);
}
