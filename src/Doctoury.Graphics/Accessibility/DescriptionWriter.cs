using Doctoury.Graphics.Localization;
using System.Net;
using System.Text;

namespace Doctoury.Graphics.Accessibility;

/// <summary>Formats a <see cref="DescriptionModel"/> as plain text, Markdown and HTML (an ordered list of steps, a heading and list per panel).</summary>
internal static class DescriptionWriter
{
    public static string PlainText(DescriptionModel model)
    {
        var colon = model.Words.Colon;
        var text = new StringBuilder();
        text.Append(model.Title).Append("\n\n");
        if (model.Authored is { } authored) return text.Append(authored.Trim()).Append('\n').ToString();
        text.Append(model.OverviewText).Append("\n\n");
        if (model.ProcessTitle is { } processTitle) text.Append(processTitle).Append('\n');
        foreach (var step in model.Steps)
        {
            text.Append($"{step.Label}{colon}{step.Title}. {step.Summary}\n");
            foreach (var detail in step.Details) text.Append($"  - {detail}\n");
            if (step.Duration is { } duration) text.Append($"  {model.Words.Duration}{colon}{duration}\n");
        }
        foreach (var panel in model.Panels)
        {
            text.Append('\n').Append(panel.Title).Append('\n');
            // A panel item's title is drawn with ": " whatever the language, so the description says it the same way.
            foreach (var item in panel.Items) text.Append("  - ").Append(item.Title is { } t ? t + ": " + item.Text : item.Text).Append('\n');
        }
        if (model.Footer.Length > 0) text.Append('\n').Append(string.Join("\n", model.Footer)).Append('\n');
        return text.ToString();
    }

    public static string Markdown(DescriptionModel model)
    {
        var md = new StringBuilder();
        md.Append("## ").Append(Md(model.Title)).Append("\n\n");
        if (model.Authored is { } authored) return md.Append(Md(authored.Trim())).Append('\n').ToString();
        md.Append(Md(model.OverviewText)).Append("\n\n");
        if (model.ProcessTitle is { } processTitle) md.Append("### ").Append(Md(processTitle)).Append("\n\n");
        for (var i = 0; i < model.Steps.Length; i++)
        {
            var step = model.Steps[i];
            md.Append($"{i + 1}. **{Md(step.Title)}.** {Md(step.Summary)}\n");
            foreach (var detail in step.Details) md.Append("   - ").Append(Md(detail)).Append('\n');
            if (step.Duration is { } duration) md.Append($"   - {Md(model.Words.Duration)}{model.Words.Colon}{Md(duration)}\n");
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

    /// <remarks>
    /// When the spec's language has no words of ours, the generated words are English: the whole
    /// description is then wrapped in <c>lang="en"</c> and every piece of the author's text inside it
    /// carries the spec's own <c>lang</c>, so a screen reader speaks each in its own voice (WCAG 3.1.2).
    /// </remarks>
    public static string Html(DescriptionModel model)
    {
        var html = new StringBuilder();
        // Right-to-left text says so (dir, which also isolates it), so it reads right on a left-to-right page.
        var rtl = LanguageTable.DirectionOf(model.SpecLang) == TextDirection.Rtl;
        var own = rtl ? $"<div lang=\"{H(model.SpecLang)}\" dir=\"rtl\">\n" : "";
        if (model.Authored is { } authored)
        {
            html.Append(own);
            foreach (var paragraph in authored.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                html.Append("<p>").Append(H(paragraph)).Append("</p>\n");
            }
            if (rtl) html.Append("</div>\n");
            return html.ToString();
        }
        // Marked only when the generated words differ in language from the author's.
        var mark = model.GeneratedLang is not null;
        var author = mark ? $" lang=\"{H(model.SpecLang)}\"{(rtl ? " dir=\"rtl\"" : "")}" : "";
        string Said(string generated) => mark ? $"<span lang=\"{H(model.GeneratedLang!)}\"{(rtl ? " dir=\"ltr\"" : "")}>{H(generated)}</span>" : H(generated);

        if (mark) html.Append($"<div lang=\"{H(model.GeneratedLang!)}\"{(rtl ? " dir=\"ltr\"" : "")}>\n");
        else html.Append(own);
        html.Append("<p>");
        foreach (var part in model.Overview.SelectMany(s => s.Parts.Append((Text: " ", Authored: false))).SkipLast(1))
        {
            html.Append(part.Authored && mark ? $"<span{author}>{H(part.Text)}</span>" : H(part.Text));
        }
        html.Append("</p>\n");
        if (model.ProcessTitle is { } processTitle) html.Append($"<h3{author}>").Append(H(processTitle)).Append("</h3>\n");
        html.Append("<ol>\n");
        foreach (var step in model.Steps)
        {
            html.Append($"  <li{author}><strong>").Append(H(step.Title)).Append(".</strong> ").Append(H(step.Summary));
            if (step.Details.Length > 0 || step.Duration is not null)
            {
                html.Append("\n    <ul>\n");
                foreach (var detail in step.Details) html.Append("      <li>").Append(H(detail)).Append("</li>\n");
                if (step.Duration is { } duration) html.Append("      <li>").Append(Said(model.Words.Duration)).Append(H(model.Words.Colon)).Append(H(duration)).Append("</li>\n");
                html.Append("    </ul>\n  ");
            }
            html.Append("</li>\n");
        }
        html.Append("</ol>\n");
        foreach (var panel in model.Panels)
        {
            html.Append($"<h3{author}>").Append(H(panel.Title)).Append($"</h3>\n<ul{author}>\n");
            foreach (var item in panel.Items)
            {
                html.Append("  <li>").Append(item.Title is { } t ? $"<strong>{H(t)}:</strong> {H(item.Text)}" : H(item.Text)).Append("</li>\n");
            }
            html.Append("</ul>\n");
        }
        foreach (var line in model.Footer) html.Append($"<p{author}>").Append(H(line)).Append("</p>\n");
        if (mark || rtl) html.Append("</div>\n");
        return html.ToString();
    }

    /// <summary>
    /// The SVG's &lt;desc&gt;: the overview sentences in order, leaving out any that would take it past
    /// 400 characters (ACCESSIBILITY.md checklist 11), since it is read as part of the image's name.
    /// </summary>
    public static string Brief(DescriptionModel model)
    {
        var kept = new List<string>();
        foreach (var sentence in model.Overview.Select(s => s.Text))
        {
            if (string.Join(" ", kept.Append(sentence)).Length <= BriefLimit) kept.Add(sentence);
        }
        var first = model.Overview[0].Text;
        return kept.Count > 0 ? string.Join(" ", kept) : first[..Math.Min(first.Length, BriefLimit)];
    }

    public const int BriefLimit = 400;

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
