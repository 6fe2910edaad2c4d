using System.Globalization;
using System.Net;
using System.Text;

namespace Doctoury.Graphics.Cli;

/// <summary>Everything the preview page shows, gathered by the server; the page itself is a pure function of it.</summary>
/// <param name="Specs">Every watched spec, in file order.</param>
/// <param name="Selected">The spec on screen, or null when the folder has none.</param>
/// <param name="Theme">The built-in theme every spec is drawn in, or null for each spec's own.</param>
/// <param name="LastSaved">The file name saved most recently.</param>
/// <param name="Files">The selected spec's written files, as the manifest lists them.</param>
internal sealed record PreviewView(
    IReadOnlyList<WatchedSpec> Specs,
    WatchedSpec? Selected,
    string? Theme,
    string? LastSaved,
    AuditLevel Level,
    bool AllowAuditFailures,
    IReadOnlyList<OutputFile> Files);

/// <summary>
/// The preview page: a bar of controls (theme, view, zoom), a sticky list of specs with their
/// status, and the chosen spec's picture large, its findings outlined on it and listed, its alt
/// text, long description and figure snippet with copy buttons, and its files to download. The
/// script (<see cref="PreviewAssets"/>) keeps the view, zoom and open sections across updates.
/// </summary>
internal static class PreviewPage
{
    private static string H(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Render(PreviewView view)
    {
        var title = view.Selected is { } selected ? $"{selected.Name} – Doctoury.Graphics preview" : "Doctoury.Graphics preview";
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{H(title)}}</title>
            <link rel="stylesheet" href="/preview.css">
            </head>
            <body>
            <a class="skip" href="#picture">Skip to the picture</a>
            <header class="bar">
            <h1>Preview</h1>
            {{Controls(view)}}
            </header>
            <div id="app" class="layout" data-theme="{{H(view.Theme ?? "")}}">
            {{SpecList(view)}}
            <main id="main">
            {{(view.Selected is null ? "<h2>No specs yet</h2>\n<p>Save a .yaml spec in the watched folder, or run <code>doctoury-graphics init \"Your process\"</code> there; it appears here as soon as it is saved.</p>" : Spec(view, view.Selected))}}
            </main>
            </div>
            <footer class="foot"><p id="announce" role="status" aria-live="polite"></p><p>Served by <code>doctoury-graphics watch</code> on this computer only.</p></footer>
            <script src="/preview.js"></script>
            </body>
            </html>
            """;
    }

    private static string Controls(PreviewView view)
    {
        var themes = new StringBuilder();
        themes.Append($"<option value=\"\"{(view.Theme is null ? " selected" : "")}>As each spec says</option>");
        foreach (var name in Bundled.ThemeNames) themes.Append($"<option value=\"{H(name)}\"{(view.Theme == name ? " selected" : "")}>{H(name)}</option>");
        return $"""
            <div class="controls">
            <div class="control"><label for="theme">Theme</label> <select id="theme">{themes}</select></div>
            <fieldset class="control"><legend>View</legend>
            <label><input type="radio" name="view" value="horizontal" checked> Horizontal</label>
            <label><input type="radio" name="view" value="phone"> Phone</label>
            </fieldset>
            <div class="control zoom" role="group" aria-labelledby="zoom-label"><span id="zoom-label">Zoom</span>
            <button type="button" data-zoom="fit">Fit</button>
            <button type="button" data-zoom="1">100 %</button>
            <button type="button" data-zoom="out" aria-label="Zoom out">−</button>
            <output id="zoom-level" aria-live="polite">Fit</output>
            <button type="button" data-zoom="in" aria-label="Zoom in">+</button>
            </div>
            <div class="control"><label><input type="checkbox" id="follow" checked> Show the spec I save</label></div>
            </div>
            """;
    }

    private static string SpecList(PreviewView view)
    {
        var items = new StringBuilder();
        foreach (var spec in view.Specs)
        {
            var (kind, label) = Status(spec);
            var current = spec == view.Selected ? " aria-current=\"page\"" : "";
            var saved = spec.Name == view.LastSaved ? " saved" : "";
            items.Append($"<li class=\"{kind}{saved}\"><a href=\"/?spec={Uri.EscapeDataString(spec.Name)}\"{current}><span class=\"name\">{H(spec.Name)}</span> <span class=\"status\">{H(label)}</span>{(saved.Length > 0 ? " <span class=\"just-saved\">last saved</span>" : "")}</a></li>\n");
        }
        return $"""
            <nav class="specs" aria-label="Specs">
            <h2>Specs <span class="count">({view.Specs.Count})</span></h2>
            <ul>
            {items}</ul>
            <p><a href="/icons">Icons</a></p>
            </nav>
            """;
    }

    /// <summary>A status in words, so colour is never the only sign: ok, warnings, fails the audit, errors.</summary>
    internal static (string Kind, string Label) Status(WatchedSpec spec)
    {
        var errors = spec.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = spec.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        if (spec.DrawnButNotWritten) return ("failed", $"not written, {Count(errors, "problem")}");
        if (errors > 0) return ("failed", Count(errors, "error"));
        if (warnings > 0) return ("warned", Count(warnings, "warning"));
        return ("ok", "ok");
    }

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";

    private static string Spec(PreviewView view, WatchedSpec spec)
    {
        var body = new StringBuilder();
        var (kind, label) = Status(spec);
        body.Append($"<h2>{H(spec.Name)} <span class=\"status {kind}\">{H(label)}</span></h2>\n");
        body.Append(Banner(view, spec));
        if (spec.Drawn is { } drawn)
        {
            body.Append(Stage(spec, drawn));
            body.Append(Findings(spec));
            body.Append(Texts(spec, drawn));
        }
        body.Append(Downloads(view, spec));
        body.Append(spec.Written
            ? $"<p class=\"time\">Files written {spec.Milliseconds} ms after the save, at {spec.When:HH:mm:ss}.</p>\n"
            : $"<p class=\"time\">Checked {spec.Milliseconds} ms after the save, at {spec.When:HH:mm:ss}; the files were not changed.</p>\n");
        return body.ToString();
    }

    private static string Banner(PreviewView view, WatchedSpec spec)
    {
        var problems = spec.Diagnostics.Where(d => !d.Code.StartsWith("DG01", StringComparison.Ordinal)).ToList();
        var text = new StringBuilder();
        if (spec.DrawnButNotWritten)
        {
            text.Append("<div class=\"notice failed\"><p><strong>Not written.</strong> This picture is drawn here so you can see what to fix; its files keep their last good version. ");
            text.Append(spec.Diagnostics.Any(d => d.Code == DuplicateIds.Code)
                ? "Another spec uses the same id.</p>"
                : $"It fails the accessibility audit (WCAG 2.2 {view.Level}): each finding is outlined on the picture and listed below it. To write it anyway, run watch with <code>--allow-audit-failures</code>.</p>");
        }
        else if (spec.Failed)
        {
            text.Append("<div class=\"notice failed\"><p><strong>Not updated.</strong> The spec has errors; ");
            text.Append(spec.Drawn is null ? "there is no earlier picture to show.</p>" : "the last good picture is shown.</p>");
        }
        else if (problems.Count > 0)
        {
            text.Append("<div class=\"notice warned\"><p><strong>Written, with warnings.</strong></p>");
        }
        else
        {
            return "";
        }
        if (problems.Count > 0)
        {
            text.Append("<ul class=\"diagnostics\">");
            foreach (var d in problems) text.Append($"<li><code>{H(d.ToString())}</code></li>");
            text.Append("</ul>");
        }
        return text.Append("</div>\n").ToString();
    }

    /// <summary>Both cuts, one shown at a time; each picture carries its findings as numbered outlines.</summary>
    private static string Stage(WatchedSpec spec, Infographic drawn)
    {
        var stamp = spec.When.ToUnixTimeMilliseconds();
        var html = new StringBuilder("<div id=\"picture\" class=\"stage\" data-view=\"horizontal\">\n");
        var number = 0;
        foreach (var cut in new[] { Orientation.Horizontal, Orientation.Vertical })
        {
            if (!spec.Audits.ContainsKey(cut) && cut == Orientation.Vertical) continue;
            var picture = drawn.WithOrientation(cut);
            var name = LayoutOption.Name(cut);
            var frame = cut == Orientation.Vertical ? "phone" : "horizontal";
            var label = cut == Orientation.Vertical ? "The vertical cut in a phone's frame; scroll it" : "The horizontal picture; scroll it when zoomed";
            html.Append($"<div class=\"frame {frame}\" tabindex=\"0\" role=\"region\" aria-label=\"{label}\">");
            html.Append($"<div class=\"canvas fit\" data-width=\"{picture.Width}\" data-height=\"{picture.Height}\">");
            html.Append($"<img loading=\"lazy\" src=\"/picture/{Uri.EscapeDataString(spec.Name)}/{name}.png?v={stamp}\" width=\"{picture.Width}\" height=\"{picture.Height}\" alt=\"{H(picture.AltText)}\">");
            var findings = spec.Audits.GetValueOrDefault(cut)?.Findings.Where(f => f.Area is not null).ToList() ?? [];
            if (findings.Count > 0)
            {
                html.Append($"<svg class=\"outlines\" viewBox=\"0 0 {picture.Width} {picture.Height}\" aria-hidden=\"true\">");
                foreach (var finding in findings)
                {
                    var a = finding.Area!.Value;
                    var severity = finding.Severity == DiagnosticSeverity.Error ? "error" : "warning";
                    number++;
                    html.Append($"<g class=\"{severity}\"><rect x=\"{N(a.X - 3)}\" y=\"{N(a.Y - 3)}\" width=\"{N(a.Width + 6)}\" height=\"{N(a.Height + 6)}\" rx=\"4\"/>");
                    html.Append($"<circle cx=\"{N(a.X - 3)}\" cy=\"{N(a.Y - 3)}\" r=\"13\"/><text x=\"{N(a.X - 3)}\" y=\"{N(a.Y + 2)}\">{number}</text></g>");
                }
                html.Append("</svg>");
            }
            html.Append("</div></div>\n");
        }
        return html.Append("</div>\n").ToString();
    }

    /// <summary>The findings in the order of their outline numbers, horizontal cut first.</summary>
    private static string Findings(WatchedSpec spec)
    {
        var all = new[] { Orientation.Horizontal, Orientation.Vertical }
            .SelectMany(cut => (spec.Audits.GetValueOrDefault(cut)?.Findings ?? []).Where(f => f.Area is not null).Select(f => (Cut: cut, Finding: f)))
            .Concat(spec.Audits.SelectMany(a => a.Value.Findings.Where(f => f.Area is null).Select(f => (Cut: a.Key, Finding: f))))
            .ToList();
        if (spec.Audit is not { } audit) return "";
        if (all.Count == 0)
        {
            return $"<p class=\"audit\"><strong>Audit (WCAG 2.2 {audit.Level}):</strong> passed, {audit.Checked} text runs and graphics measured in both cuts.</p>\n";
        }
        var html = new StringBuilder($"<section class=\"findings\" aria-labelledby=\"findings-title\"><h3 id=\"findings-title\">Audit (WCAG 2.2 {audit.Level}): {Count(all.Count, "finding")}</h3><ol>");
        foreach (var (cut, finding) in all)
        {
            var where = (cut == Orientation.Vertical ? "Phone" : "Horizontal") + (finding.Context.Length > 0 ? ", " + finding.Context : "");
            var severity = finding.Severity == DiagnosticSeverity.Error ? "error" : "warning";
            html.Append($"<li class=\"{severity}\"><span class=\"rule\">{severity} {H(finding.Rule)}</span> <span class=\"where\">{H(where)}, {H(finding.Element)}:</span> {H(finding.Message)}");
            if (finding.Suggestion is { } fix)
            {
                // The colour to use beside the one that fails, so the choice can be seen as well as read.
                var line = fix.Line is { } l ? $"Line {l}: " : "";
                html.Append($"<br><span class=\"fix\">{Swatch(fix.Current)}{(fix.Color is { } c ? " → " + Swatch(c) : "")} {H(line + AuditOutput.Fix(fix))}</span>");
            }
            html.Append("</li>");
        }
        return html.Append("</ol></section>\n").ToString();
    }

    private static string Swatch(string color) =>
        $"<svg class=\"swatch\" width=\"16\" height=\"16\" viewBox=\"0 0 16 16\" aria-hidden=\"true\"><rect x=\"0.5\" y=\"0.5\" width=\"15\" height=\"15\" rx=\"3\" fill=\"{H(color)}\" stroke=\"#52606D\"/></svg>";

    private static string Texts(WatchedSpec spec, Infographic drawn)
    {
        var description = drawn.Describe().Html;
        var figure = drawn.FigureHtml(
            OutputSet.PngName(drawn.Id, 1), OutputSet.PngName(drawn.Id, 2),
            OutputSet.PngName(drawn.Id, 1, Orientation.Vertical), OutputSet.PngName(drawn.Id, 2, Orientation.Vertical));
        return $"""
            <section class="texts" aria-labelledby="texts-title">
            <h3 id="texts-title">Words that go with the picture</h3>
            <div class="text-block"><h4>Alt text <span class="hint">({drawn.AltText.Length} characters)</span></h4>
            <p id="alt-text">{H(drawn.AltText)}</p>
            <button type="button" class="copy" data-copy="{H(drawn.AltText)}" data-what="alt text">Copy alt text</button></div>
            <details id="description" data-keep><summary>Long description</summary>
            <div class="description">{description}</div>
            <button type="button" class="copy" data-copy="{H(description)}" data-what="long description HTML">Copy the long description (HTML)</button>
            </details>
            <details id="figure" data-keep><summary>Figure snippet for a web page</summary>
            <pre tabindex="0" aria-label="The figure's HTML"><code>{H(figure)}</code></pre>
            <button type="button" class="copy" data-copy="{H(figure)}" data-what="figure HTML">Copy the figure HTML</button>
            </details>
            </section>
            """;
    }

    private static string Downloads(PreviewView view, WatchedSpec spec)
    {
        if (view.Files.Count == 0) return "<p class=\"downloads\">No files written yet.</p>\n";
        var html = new StringBuilder($"<section class=\"downloads\" aria-labelledby=\"downloads-title\"><h3 id=\"downloads-title\">Files{(spec.Written ? "" : ", from the last good render")}</h3><ul>");
        foreach (var file in view.Files)
        {
            var size = file.Width is { } w ? $"{w} × {file.Height} px, " : "";
            html.Append($"<li><a href=\"/files/{H(file.Path)}\" download>{H(file.Path)}</a> <span class=\"hint\">{size}{Kilobytes(file.Bytes)}</span></li>");
        }
        return html.Append("</ul></section>\n").ToString();
    }

    private static string Kilobytes(long bytes) => bytes < 1024 ? $"{bytes} bytes" : $"{(bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture)} KB";
}
