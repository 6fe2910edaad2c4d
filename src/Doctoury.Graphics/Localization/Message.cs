using System.Text;

namespace Doctoury.Graphics.Localization;

/// <summary>Fills a message's named placeholders (<c>{title}</c>) in one pass, so an author's text holding braces is never read as one.</summary>
internal static class Message
{
    public static string Fill(string template, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var text = new StringBuilder(template.Length + 64);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0) break;
            var close = template.IndexOf('}', open + 1);
            if (close < 0) break;
            text.Append(template, i, open - i);
            var name = template.AsSpan(open + 1, close - open - 1);
            var found = false;
            foreach (var (key, value) in values)
            {
                if (!name.SequenceEqual(key)) continue;
                text.Append(value);
                found = true;
                break;
            }
            if (!found) throw new InvalidOperationException($"The message '{template}' has no value for {{{name}}}.");
            i = close + 1;
            // A title that asks a question ends the sentence itself: "When to call?" takes no full stop after it.
            if (i < template.Length && template[i] == '.' && text.Length > 0 && EndsSentence(text[^1])) i++;
        }
        return text.Append(template, i, template.Length - i).ToString();
    }

    /// <summary>A question or exclamation mark, Latin, Arabic (؟) or Greek (;), that a full stop must not follow.</summary>
    public static bool EndsSentence(char c) => c is '?' or '!' or '\u061F' or '\u037E';

    /// <summary>The placeholder names of <paramref name="template"/>, in order.</summary>
    public static IEnumerable<string> Placeholders(string template)
    {
        var i = 0;
        while (template.IndexOf('{', i) is var open and >= 0 && template.IndexOf('}', open + 1) is var close and >= 0)
        {
            yield return template[(open + 1)..close];
            i = close + 1;
        }
    }
}
