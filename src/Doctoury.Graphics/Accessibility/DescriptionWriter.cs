using System.Net;
using System.Text;

namespace Doctoury.Graphics.Accessibility;

/// <summary>Formats a <see cref="DescriptionModel"/> as plain text, Markdown and HTML (an ordered list of steps, a heading and list per panel).</summary>
internal static class DescriptionWriter
{
    public static string PlainText(DescriptionModel model)
    {
        var text = new StringBuilder();
        text.Append(model.Title).Append("\n\n");
        if (model.Authored is { } authored) return text.Append(authored.Trim()).Append('\n').ToString();
        text.Append(string.Join(" ", model.Overview)).Append("\n\n");
        if (model.ProcessTitle is { } processTitle) text.Append(processTitle).Append('\n');
        foreach (var step in model.Steps)
        {
            text.Append($"{step.Label}: {step.Title}. {step.Summary}\n");
            foreach (var detail in step.Details) text.Append($"  - {detail}\n");
            if (step.Duration is { } duration) text.Append($"  {model.Words.Duration}: {duration}\n");
        }
        foreach (var panel in model.Panels)
        {
            text.Append('\n').Append(panel.Title).Append('\n');
            foreach (var item in panel.Items) text.Append("  - ").Append(Item(item.Title, item.Text)).Append('\n');
        }
        if (model.Footer.Length > 0) text.Append('\n').Append(string.Join("\n", model.Footer)).Append('\n');
        return text.ToString();
    }

    public static string Markdown(DescriptionModel model)
    {
        var md = new StringBuilder();
        md.Append("## ").Append(Md(model.Title)).Append("\n\n");
        if (model.Authored is { } authored) return md.Append(Md(authored.Trim())).Append('\n').ToString();
        md.Append(Md(string.Join(" ", model.Overview))).Append("\n\n");
        if (model.ProcessTitle is { } processTitle) md.Append("### ").Append(Md(processTitle)).Append("\n\n");
        for (var i = 0; i < model.Steps.Length; i++)
        {
            var step = model.Steps[i];
            md.Append($"{i + 1}. **{Md(step.Title)}.** {Md(step.Summary)}\n");
            foreach (var detail in step.Details) md.Append("   - ").Append(Md(detail)).Append('\n');
            if (step.Duration is { } duration) md.Append($"   - {model.Words.Duration}: {Md(duration)}\n");
        }
        foreach (var panel in model.Panels)
        {
            md.Append("\n### ").Append(Md(panel.Title)).Append("\n\n");
            foreach (var item in panel.Items)
            {
                md.Append("- ").Append(item.Title is { } t ? $"**{Md(t)}:** {Md(item.Text)}" : Md(item.Text)).Append('\n');
            }
        }
        if (model.Footer.Length > 0) md.Append('\n').Append(string.Join("\n\n", model.Footer.Select(Md))).Append('\n');
        return md.ToString();
    }

    public static string Html(DescriptionModel model)
    {
        var html = new StringBuilder();
        if (model.Authored is { } authored)
        {
            foreach (var paragraph in authored.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                html.Append("<p>").Append(H(paragraph)).Append("</p>\n");
            }
            return html.ToString();
        }
        html.Append("<p>").Append(H(string.Join(" ", model.Overview))).Append("</p>\n");
        if (model.ProcessTitle is { } processTitle) html.Append("<h3>").Append(H(processTitle)).Append("</h3>\n");
        html.Append("<ol>\n");
        foreach (var step in model.Steps)
        {
            html.Append("  <li><strong>").Append(H(step.Title)).Append(".</strong> ").Append(H(step.Summary));
            if (step.Details.Length > 0 || step.Duration is not null)
            {
                html.Append("\n    <ul>\n");
                foreach (var detail in step.Details) html.Append("      <li>").Append(H(detail)).Append("</li>\n");
                if (step.Duration is { } duration) html.Append("      <li>").Append(H(model.Words.Duration)).Append(": ").Append(H(duration)).Append("</li>\n");
                html.Append("    </ul>\n  ");
            }
            html.Append("</li>\n");
        }
        html.Append("</ol>\n");
        foreach (var panel in model.Panels)
        {
            html.Append("<h3>").Append(H(panel.Title)).Append("</h3>\n<ul>\n");
            foreach (var item in panel.Items)
            {
                html.Append("  <li>").Append(item.Title is { } t ? $"<strong>{H(t)}:</strong> {H(item.Text)}" : H(item.Text)).Append("</li>\n");
            }
            html.Append("</ul>\n");
        }
        foreach (var line in model.Footer) html.Append("<p>").Append(H(line)).Append("</p>\n");
        return html.ToString();
    }

    /// <summary>A short summary for the SVG's &lt;desc&gt;: it is read with the name, so it stays brief.</summary>
    /// <summary>
    /// The SVG's &lt;desc&gt;: the overview sentences in order, leaving out any that would take it past
    /// 400 characters (ACCESSIBILITY.md checklist 11), since it is read as part of the image's name.
    /// </summary>
    public static string Brief(DescriptionModel model)
    {
        var kept = new List<string>();
        foreach (var sentence in model.Overview)
        {
            if (string.Join(" ", kept.Append(sentence)).Length <= BriefLimit) kept.Add(sentence);
        }
        return kept.Count > 0 ? string.Join(" ", kept) : model.Overview[0][..Math.Min(model.Overview[0].Length, BriefLimit)];
    }

    public const int BriefLimit = 400;

    private static string Item(string? title, string text) => title is null ? text : $"{title}: {text}";

    private static string H(string text) => WebUtility.HtmlEncode(text);

    // Escape the characters Markdown would read as markup.
    private static string Md(string text)
    {
        var md = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|') md.Append('\\');
            md.Append(c);
        }
        return md.ToString();
    }
}
