namespace DanVan.App.Routing;

/// <summary>
/// Finds the route a typed message means, the way a civil servant types it: words in any order, extra words
/// ("cho em xem tình hình đơn vị ạ"), with or without diacritics, one slip of the keyboard per longer word. Everything
/// is decided from the route table's own words, offline and deterministically: the same text always gives the same
/// route, and ties go to the route declared first.
/// </summary>
public sealed class CommandMatcher
{
    /// <summary>Politeness and filler a message may carry around a command; they neither match nor count against one.</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "cho", "em", "toi", "minh", "anh", "chi", "a", "ah", "oi", "hoi", "xin", "vui", "long", "lam", "on", "giup", "muon", "can",
        "xem", "mo", "coi", "nhap", "gui", "cap", "nhat", "kiem", "tra", "duoc", "khong", "ko", "k", "nhe", "nha", "voi", "di", "the",
        "nao", "la", "gi", "ve", "cua", "tai", "cac", "nhung", "bay", "gio", "hien", "nay", "ngay", "luon", "dum", "ho", "vay",
        "thuc", "hien", "so", "lieu", "dang", "ky", "moi", "them", "thay", "doi", "su", "dung", "ban", "danvan", "bot", "file", "phai",
        "please", "show", "me", "my", "i", "want", "to", "you", "what", "is", "open", "see", "let", "check", "our", "pls", "plz",
        "submit", "send", "enter", "update", "new", "add", "the", "a", "of", "for", "when",
    };

    private readonly List<(Route Route, string[] Words, string Joined)> _phrases = [];
    private readonly Dictionary<string, Route> _exact = new(StringComparer.Ordinal);

    /// <summary>How many routes use each word: a word only one route uses ("tập", "xuất") says more than one several
    /// share ("báo", "hạn"), so "báo cáo tập huấn" is the training form and "xuất báo cáo" the export.</summary>
    private readonly Dictionary<string, int> _routesUsing = new(StringComparer.Ordinal);

    /// <param name="routes">In declaration order: on a tie, the earlier route wins.</param>
    public CommandMatcher(IEnumerable<Route> routes)
    {
        foreach (var route in routes)
            foreach (var phrase in route.Words)
            {
                var normal = Commands.Normalize(phrase);
                if (normal.Length == 0) throw new InvalidOperationException($"Route {route.Name} declares an empty command word.");
                if (_exact.TryGetValue(normal, out var other) && other != route)
                    throw new InvalidOperationException($"Command \"{phrase}\" is declared by two routes ({other.Name}, {route.Name}).");
                _exact[normal] = route;
                _phrases.Add((route, normal.Split(' '), normal.Replace(" ", "", StringComparison.Ordinal)));
            }
        foreach (var group in _phrases.SelectMany(p => p.Words.Select(w => (Word: w, p.Route))).Distinct().GroupBy(x => x.Word))
            _routesUsing[group.Key] = group.Count();
    }

    /// <summary>The route <paramref name="text"/> asks for, or null when no route's words are all there.</summary>
    public Route? Match(string? text)
    {
        var normal = Commands.Normalize(text);
        if (normal.Length == 0) return null;
        if (_exact.TryGetValue(normal, out var exact)) return exact;
        var words = normal.Split(' ');
        // "tinhhinh", "tìnhhình": the whole message is one phrase with its spaces lost (or one more slip).
        var joined = normal.Replace(" ", "", StringComparison.Ordinal);
        foreach (var p in _phrases)
            if (p.Joined.Length >= 6 && Distance(joined, p.Joined) <= 1) return p.Route;

        Route? best = null;
        var bestScore = 0;
        foreach (var (route, phrase, _) in _phrases)
        {
            var score = Covers(words, phrase);
            // Longer phrases say more ("xuất báo cáo" over "báo cáo"); exact words beat slips. Strictly greater: the
            // route declared first keeps a tie.
            if (score > bestScore) (best, bestScore) = (route, score);
        }
        if (best is null) return null;
        // Every word left over must be filler or part of some command: "báo cáo quý" is not the results report.
        return words.All(w => Filler.Contains(w) || _phrases.Any(p => p.Words.Any(pw => Same(w, pw) > 0))) ? best : null;
    }

    /// <summary>Up to <paramref name="max"/> routes that look most like <paramref name="text"/>, best first, among
    /// <paramref name="allowed"/> (the caller's own): for the buttons under "not understood".</summary>
    public IReadOnlyList<Route> Suggest(string? text, Func<Route, bool> allowed, int max = 3)
    {
        var words = Commands.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Filler.Contains(w)).ToArray();
        // Per phrase: how much of it the text has (a word only this route uses counts double), over its length, so
        // "báo cáo quý" is closest to "báo cáo" rather than to the longer "hạn nộp báo cáo".
        return _phrases
            // A slip alone is too weak a hint ("trời" is one letter from "thời"): a phrase needs one word exactly.
            .Where(p => allowed(p.Route) && p.Words.Any(pw => words.Contains(pw, StringComparer.Ordinal)))
            .Select((p, order) => (p.Route, Score: (double)p.Words.Sum(pw => (words.Max(w => (int?)Same(w, pw)) ?? 0) * (_routesUsing[pw] == 1 ? 2 : 1)) / p.Words.Length, Order: order))
            .Where(s => s.Score > 0)
            .GroupBy(s => s.Route)
            .Select(g => (Route: g.Key, Score: g.Max(s => s.Score), Order: g.Min(s => s.Order)))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Order)
            .Take(max)
            .Select(s => s.Route)
            .ToList();
    }

    /// <summary>How well <paramref name="words"/> cover every word of <paramref name="phrase"/>, each used once, in any
    /// order: 0 when one is missing; otherwise more for more words and for exact ones.</summary>
    private int Covers(string[] words, string[] phrase)
    {
        var used = new bool[words.Length];
        var score = 0;
        foreach (var pw in phrase)
        {
            var found = -1;
            var quality = 0;
            for (var i = 0; i < words.Length; i++)
            {
                if (used[i]) continue;
                var q = Same(words[i], pw);
                if (q > quality) (found, quality) = (i, q);
                if (quality == 2) break;
            }
            if (found < 0) return 0;
            used[found] = true;
            score += quality * (_routesUsing[pw] == 1 ? 2 : 1);
        }
        return score * 10 + phrase.Length;
    }

    /// <summary>2: the same word; 1: one slip (a letter wrong, missing, extra or two swapped, as a Telex key left over
    /// in "tinhf") in a word of four letters or more that starts the same; 0: another word. Short syllables ("ke",
    /// "han") must be exact, and so must the first letter: "hinh" is not "tinh".</summary>
    private static int Same(string word, string expected)
    {
        if (word == expected) return 2;
        return expected.Length >= 4 && word.Length >= 3 && word[0] == expected[0] && Distance(word, expected) <= 1 ? 1 : 0;
    }

    /// <summary>Optimal string alignment distance (Levenshtein with adjacent swaps).</summary>
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2) return 3;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
