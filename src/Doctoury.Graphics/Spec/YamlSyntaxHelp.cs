namespace Doctoury.Graphics.Spec;

/// <summary>
/// Turns the YAML parser's complaints ("While scanning a plain scalar value, found invalid
/// mapping") into what a designer did and how to mend it, by reading the lines around the place
/// the parser stopped: a tab, a quote never closed, ': ' inside unquoted text, a line indented
/// differently from its neighbours, and a list entry among keys or the reverse.
/// </summary>
internal static class YamlSyntaxHelp
{
    /// <summary>The plain-words error, or null when the case is not one we recognise.</summary>
    public static (SourceMark At, string Message, string Fix)? Explain(string text, string parserMessage, SourceMark at)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return Tab(lines, parserMessage, at)
            ?? UnclosedQuote(lines, parserMessage, at)
            ?? ListEntryAmongKeys(lines, parserMessage, at)
            ?? KeysWithoutDash(lines, parserMessage, at)
            ?? ColonInText(lines, parserMessage, at)
            ?? Indentation(lines, at);
    }

    /// <summary>A tab in a line's indentation near the place the parser stopped (it may stop a line early), or anywhere when it names a tab.</summary>
    private static (SourceMark, string, string)? Tab(string[] lines, string parserMessage, SourceMark at)
    {
        var last = parserMessage.Contains("tab", StringComparison.OrdinalIgnoreCase) ? lines.Length : Math.Min(lines.Length, at.Line + 1);
        for (var i = 0; i < last; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0 || tab >= indent) continue;
            var neighbour = Neighbour(lines, i);
            return (new SourceMark(i + 1, tab + 1), "This line is indented with a tab; YAML indents with spaces only.",
                neighbour is { } n ? $"Replace the tab with spaces: the lines around it use {Spaces(Indent(lines[n]))}." : "Replace the tab with spaces.");
        }
        return null;
    }

    private static (SourceMark, string, string)? UnclosedQuote(string[] lines, string parserMessage, SourceMark at)
    {
        if (!parserMessage.Contains("quoted scalar", StringComparison.Ordinal) || at.Line > lines.Length) return null;
        var line = lines[at.Line - 1];
        var start = at.Column - 1;
        if (start >= line.Length || line[start] is not ('"' or '\'')) return null;
        var quote = line[start];
        var key = KeyOf(line);
        return (at, $"The text{(key is null ? "" : $" of '{key}'")} opens a quote ({quote}) that is never closed.",
            $"End the text with {quote} too, or remove the opening {quote}.");
    }

    /// <summary>'- ' where the lines around hold keys: an entry of a list that is not there.</summary>
    private static (SourceMark, string, string)? ListEntryAmongKeys(string[] lines, string parserMessage, SourceMark at)
    {
        if (!parserMessage.Contains("did not find expected key", StringComparison.Ordinal) || at.Line > lines.Length) return null;
        var line = lines[at.Line - 1];
        if (!line.TrimStart().StartsWith("- ", StringComparison.Ordinal)) return null;
        var without = line.TrimStart()[2..];
        return (new SourceMark(at.Line, Indent(line) + 1), "This line starts a list entry ('- ') among the keys of one entry.",
            $"Remove the '- ' and keep the key's indentation: '{new string(' ', Indent(line))}{without}'.");
    }

    /// <summary>Keys at the indentation of a list's '- ' entries: a new entry that lost its dash.</summary>
    private static (SourceMark, string, string)? KeysWithoutDash(string[] lines, string parserMessage, SourceMark at)
    {
        if (!parserMessage.Contains("expected '-' indicator", StringComparison.Ordinal) || at.Line > lines.Length) return null;
        var line = lines[at.Line - 1];
        var indent = Indent(line);
        var entry = Enumerable.Range(0, at.Line - 1).Reverse().FirstOrDefault(i => Indent(lines[i]) == indent && lines[i].TrimStart().StartsWith("- ", StringComparison.Ordinal), -1);
        if (entry < 0 || line.TrimStart().StartsWith('-') || !IsContent(line)) return null;
        return (new SourceMark(at.Line, indent + 1), $"This line is at the level of the list entries (like line {entry + 1}) but does not start with '- '.",
            $"Start a new entry with '- ': '{new string(' ', indent)}- {line.TrimStart()}'.");
    }

    /// <summary>': ' inside a value that is not in quotes, which YAML reads as another key.</summary>
    private static (SourceMark, string, string)? ColonInText(string[] lines, string parserMessage, SourceMark at)
    {
        if (!parserMessage.Contains("mapping", StringComparison.OrdinalIgnoreCase) || at.Line > lines.Length) return null;
        var line = lines[at.Line - 1];
        var key = KeyOf(line);
        if (key is null) return null;
        var valueStart = line.IndexOf(key + ":", StringComparison.Ordinal) + key.Length + 1;
        var value = line[valueStart..].Trim();
        if (value.Length == 0 || value[0] is '"' or '\'' || !value.Contains(": ", StringComparison.Ordinal)) return null;
        var escaped = value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        return (new SourceMark(at.Line, line.IndexOf(value, valueStart, StringComparison.Ordinal) + 1),
            $"The text of '{key}' holds ': ', which YAML reads as the start of another key.",
            $"Put the whole text in quotes: {key}: \"{escaped}\"");
    }

    /// <summary>A line indented differently from the line before it at the same level.</summary>
    private static (SourceMark, string, string)? Indentation(string[] lines, SourceMark at)
    {
        for (var line = Math.Min(at.Line, lines.Length); line >= Math.Max(1, at.Line - 1); line--)
        {
            var i = line - 1;
            if (!IsContent(lines[i]) || Neighbour(lines, i) is not { } n) continue;
            var (mine, theirs) = (Indent(lines[i]), Indent(lines[n]));
            // Off by a little from a neighbour at its own level: a slip of the space bar. Deeper than a
            // line that opens a block ('steps:') or an entry ('- id: a') is how YAML nests, not a slip.
            var opens = n < i && (lines[n].TrimEnd().EndsWith(':') || lines[n].TrimStart().StartsWith("- ", StringComparison.Ordinal));
            if (mine == theirs || Math.Abs(mine - theirs) > 2 || opens && mine > theirs) continue;
            return (new SourceMark(line, mine + 1), $"This line is indented {Spaces(mine)}; the line{(n < i ? " above" : " below")} it uses {theirs}.",
                $"Indent it {Spaces(theirs)}, like line {n + 1}, so they belong together.");
        }
        return null;
    }

    /// <summary>The nearest line above (or else below) that holds content.</summary>
    private static int? Neighbour(string[] lines, int i)
    {
        for (var j = i - 1; j >= 0; j--) if (IsContent(lines[j])) return j;
        for (var j = i + 1; j < lines.Length; j++) if (IsContent(lines[j])) return j;
        return null;
    }

    private static bool IsContent(string line) => line.Trim().Length > 0 && !line.TrimStart().StartsWith('#');

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static string Spaces(int n) => n == 1 ? "1 space" : $"{n} spaces";

    /// <summary>The key a line sets ('summary' in '  - summary: text'), or null.</summary>
    private static string? KeyOf(string line)
    {
        var trimmed = line.TrimStart(' ', '\t');
        if (trimmed.StartsWith("- ", StringComparison.Ordinal)) trimmed = trimmed[2..].TrimStart();
        var colon = trimmed.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0) colon = trimmed.EndsWith(':') ? trimmed.Length - 1 : -1;
        if (colon <= 0) return null;
        var key = trimmed[..colon];
        return key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? key : null;
    }
}
