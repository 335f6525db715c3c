using DanVan.Cards.Json;
using DanVan.Cards.Text;

namespace DanVan.Cards;

/// <summary>"Not understood", with a button to each command the text looked closest to, so nobody has to guess the
/// exact words. The buttons run the routes' own verbs: the access gate applies to them as to a typed command.</summary>
public static class SuggestionCard
{
    public static Card Build(Texts t, string said, IReadOnlyList<(string Title, string Verb)> suggestions) =>
        new([TextBlock.Md(t.NotUnderstood(said)), .. suggestions.Count > 0 ? new Element[] { new TextBlock(t.SuggestionsIntro, TextStyle.Subtle) } : []],
            [.. suggestions.Select(s => new ExecuteAction(s.Title, s.Verb))]);
}
