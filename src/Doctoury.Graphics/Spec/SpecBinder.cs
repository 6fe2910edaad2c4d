using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Doctoury.Graphics.Assets;
using Doctoury.Graphics.Localization;
using Doctoury.Graphics.Text;
using Doctoury.Graphics.Themes;

namespace Doctoury.Graphics.Spec;

/// <summary>
/// Binds the node tree to <see cref="InfographicSpec"/> in our own code: every key is checked
/// against the format's key names, and every problem becomes a diagnostic at its node.
/// </summary>
internal sealed partial class SpecBinder(DiagnosticSink diagnostics, string? folder = null)
{
    private readonly IconFiles _iconFiles = new(folder);

    // Keys already suggested for a misspelt key, per mapping: their absence is not reported twice.
    private readonly HashSet<(YamlMapping Map, string Key)> _suggested = [];

    private static readonly string[] RootKeys = ["version", "id", "lang", "title", "subtitle", "theme", "width", "vertical", "process", "panels", "footer", "alt"];
    private static readonly string[] VerticalKeys = ["width"];
    private static readonly string[] ProcessKeys = ["title", "steps"];
    private static readonly string[] StepKeys = ["id", "title", "icon", "mirror-icon", "summary", "details", "duration"];
    private static readonly string[] PanelKeys = ["id", "title", "icon", "items"];
    private static readonly string[] ItemKeys = ["title", "text"];
    private static readonly string[] FooterKeys = ["source", "note"];
    private static readonly string[] AltKeys = ["short", "long"];

    public InfographicSpec? Bind(YamlNode root)
    {
        if (Expect<YamlMapping>(root, "", "a mapping of keys such as 'version', 'id' and 'title'") is not { } map) return null;
        CheckKeys(map, "", RootKeys);

        var version = Integer(map, "version", "", required: true);
        if (version is { } v && v != 1)
        {
            diagnostics.Error(SpecCodes.Version, map.Find("version")!.Value.Start, "version", $"Format version {v} is not supported.", "Use 'version: 1'.");
        }
        var id = Id(map, "id", "", required: true);
        var lang = Text(map, "lang", "", required: false, SpecLimits.MaxTitle) ?? "en";
        if (!LangPattern().IsMatch(lang))
        {
            diagnostics.Error(SpecCodes.BadValue, map.Find("lang")!.Value.Start, "lang", $"'{lang}' is not a BCP 47 language tag.", "Use a tag such as 'en' or 'es-MX'.");
        }
        else if (!LanguageTable.HasTable(lang))
        {
            diagnostics.Warning(SpecCodes.NoWordsForLanguage, map.Find("lang")!.Value.Start, "lang",
                $"There are no generated words for '{lang}', so the alt text, the long description's own sentences and the step labels are written in English (and marked lang=\"en\"); your own text stays as typed. Generated words exist for {LanguageTable.Tags}.",
                "Write 'alt.short' and 'alt.long' in the language yourself, or add the language (docs/languages.md).");
        }
        var title = Text(map, "title", "", required: true, SpecLimits.MaxMainTitle);
        if (title is not null && Graphemes.Count(title) > SpecLimits.MaxTitle)
        {
            diagnostics.Warning(SpecCodes.LongTitle, map.Find("title")!.Value.Start, "title", $"The title has {Graphemes.Count(title)} characters; it wraps onto more lines, and one of {SpecLimits.MaxTitle} or fewer reads at a glance.", "Shorten it; move the rest into 'subtitle'.");
        }
        if (title is not null && LangPattern().IsMatch(lang)) CheckDirection(map, lang, title);
        var subtitle = Text(map, "subtitle", "", required: false, SpecLimits.MaxLine);
        var theme = BindTheme(map.Find("theme"));
        var width = Integer(map, "width", "", required: false) ?? 1600;
        if (width is < SpecLimits.MinWidth or > SpecLimits.MaxWidth)
        {
            diagnostics.Error(SpecCodes.BadValue, map.Find("width")!.Value.Start, "width", $"Width {width} is outside {SpecLimits.MinWidth} to {SpecLimits.MaxWidth}.", "Use 1600 unless the page needs another size.");
        }
        var verticalWidth = Child(map, "vertical", "", VerticalKeys, (m, p) => new[] { Integer(m, "width", p, required: false) })?[0] ?? SpecLimits.DefaultVerticalWidth;
        if (verticalWidth is < SpecLimits.MinVerticalWidth or > SpecLimits.MaxVerticalWidth)
        {
            var at = ((YamlMapping)map.Find("vertical")!.Value).Find("width")!.Value.Start;
            diagnostics.Error(SpecCodes.BadValue, at, "vertical.width", $"Vertical width {verticalWidth} is outside {SpecLimits.MinVerticalWidth} to {SpecLimits.MaxVerticalWidth}.", $"Use {SpecLimits.DefaultVerticalWidth}, the width of most phones in CSS px.");
        }
        var process = BindProcess(map);
        var panels = BindList(map, "panels", "", 0, SpecLimits.MaxPanels, BindPanel);
        var footer = Child(map, "footer", "", FooterKeys, (m, p) => new FooterSpec(Text(m, "source", p, false, SpecLimits.MaxLine), Text(m, "note", p, false, SpecLimits.MaxLine)));
        var alt = Child(map, "alt", "", AltKeys, (m, p) => new AltSpec(Text(m, "short", p, false, 150, drawn: false), Text(m, "long", p, false, 4000, keepParagraphs: true, drawn: false)));
        if (alt?.Short is { } authoredAlt) CheckAuthoredAlt(authoredAlt, ((YamlMapping)map.Find("alt")!.Value).Find("short")!.Value.Start);

        CheckUniqueIds((map.Find("process")?.Value as YamlMapping)?.Find("steps")?.Value, "process.steps");
        CheckUniqueIds(map.Find("panels")?.Value, "panels");

        if (diagnostics.HasErrors || id is null || title is null || process is null) return null;
        return new InfographicSpec(version ?? 1, id, lang, title, subtitle, theme, width, process, panels, footer, alt) { IconFiles = [.. _iconFiles.Paths], VerticalWidth = verticalWidth };
    }

    /// <summary>The author's short alt is held to the generated one's rules, as warnings: the words are theirs.</summary>
    private void CheckAuthoredAlt(string alt, SourceMark at)
    {
        if (Graphemes.Count(alt) > 125)
        {
            diagnostics.Warning(SpecCodes.AltText, at, "alt.short", $"The short alt has {Graphemes.Count(alt)} characters; 125 or fewer reads best (150 at most).", "Move detail into 'alt.long' or the page.");
        }
        if (!alt.EndsWith('.'))
        {
            diagnostics.Warning(SpecCodes.AltText, at, "alt.short", "The short alt does not end with a full stop, so a screen reader runs it into what follows.", "End it with '.'.");
        }
        if (RedundantAltStart().IsMatch(alt))
        {
            diagnostics.Warning(SpecCodes.AltText, at, "alt.short", "The short alt starts by saying it is an image; screen readers already say so.", "Start with what it shows, for example 'Process diagram: …'.");
        }
    }

    private ProcessSpec? BindProcess(YamlMapping root)
    {
        var entry = root.Find("process");
        if (entry is null)
        {
            diagnostics.Error(SpecCodes.MissingKey, root.Start, "process", "The key 'process' is missing.", "Add 'process:' with 'steps:' (2 to 8 steps).");
            return null;
        }
        if (Expect<YamlMapping>(entry.Value, "process", "a mapping with 'steps'") is not { } map) return null;
        CheckKeys(map, "process", ProcessKeys);
        var title = Text(map, "title", "process", false, SpecLimits.MaxLine);
        if (map.Find("steps") is null)
        {
            if (!_suggested.Contains((map, "steps"))) diagnostics.Error(SpecCodes.MissingKey, map.Start, "process.steps", "The key 'steps' is missing.", "List 2 to 8 steps under 'steps:'.");
            return null;
        }
        var steps = BindList(map, "steps", "process", SpecLimits.MinSteps, SpecLimits.MaxSteps, BindStep);
        return new ProcessSpec(title, steps);
    }

    /// <summary>
    /// DG0027: a title written mostly in a right-to-left script under a left-to-right <c>lang</c>
    /// (an Arabic spec that kept <c>init</c>'s <c>lang: en</c>) would be drawn left to right with
    /// English words around it; say so, at the <c>lang</c> value or, when there is none, the title.
    /// </summary>
    private void CheckDirection(YamlMapping map, string lang, string title)
    {
        if (LanguageTable.DirectionOf(lang) != TextDirection.Ltr) return;
        var (rtl, ltr) = (0, 0);
        string? script = null;
        foreach (var rune in title.EnumerateRunes())
        {
            switch (Bidi.ClassOf(rune.Value))
            {
                case BidiClass.R or BidiClass.AL: rtl++; script ??= Scripts.Name(rune); break;
                case BidiClass.L: ltr++; break;
            }
        }
        if (rtl <= ltr) return;
        var suggestion = script == "Hebrew" ? "he" : "ar";
        var at = map.Find("lang")?.Value.Start ?? map.Find("title")!.Value.Start;
        diagnostics.Warning(SpecCodes.LanguageScriptMismatch, at, "lang",
            $"The title is written in {script ?? "a right-to-left script"}, but lang is '{lang}', which reads left to right: the picture would be laid out left to right and the generated words would not be in the title's language.",
            $"Set the spec's language: lang: {suggestion} (or fa, ur… for Persian, Urdu and other languages in that script).");
    }

    private StepSpec? BindStep(YamlNode node, string path)
    {
        if (Expect<YamlMapping>(node, path, "a step mapping with 'id', 'title' and 'summary'") is not { } map) return null;
        CheckKeys(map, path, StepKeys);
        var id = Id(map, "id", path, true);
        var title = Text(map, "title", path, true, SpecLimits.MaxTitle);
        var icon = Icon(map, path, required: false);
        var summary = Text(map, "summary", path, true, SpecLimits.MaxLine);
        var details = StringList(map, "details", path, SpecLimits.MaxDetails);
        var duration = Text(map, "duration", path, false, SpecLimits.MaxTitle);
        var mirrorIcon = Boolean(map, "mirror-icon", path);
        return id is null || title is null || summary is null || map.Find("icon") is not null && icon is null ? null : new StepSpec(id, title, icon, summary, details, duration) { MirrorIcon = mirrorIcon };
    }

    private PanelSpec? BindPanel(YamlNode node, string path)
    {
        if (Expect<YamlMapping>(node, path, "a panel mapping with 'id', 'title' and 'items'") is not { } map) return null;
        CheckKeys(map, path, PanelKeys);
        var id = Id(map, "id", path, true);
        var title = Text(map, "title", path, true, SpecLimits.MaxTitle);
        var icon = Icon(map, path, required: false);
        if (map.Find("items") is null && !_suggested.Contains((map, "items")))
        {
            diagnostics.Error(SpecCodes.MissingKey, map.Start, path + ".items", "The key 'items' is missing.", "List the panel's points under 'items:'.");
        }
        var items = BindList(map, "items", path, 1, SpecLimits.MaxPanelItems, BindItem);
        return id is null || title is null ? null : new PanelSpec(id, title, icon, items);
    }

    private PanelItemSpec? BindItem(YamlNode node, string path)
    {
        if (node is YamlScalar)
        {
            return ScalarText(node, path, SpecLimits.MaxLine) is { } plain ? new PanelItemSpec(null, plain) : null;
        }
        if (Expect<YamlMapping>(node, path, "text, or a mapping with 'title' and 'text'") is not { } map) return null;
        CheckKeys(map, path, ItemKeys);
        var title = Text(map, "title", path, false, SpecLimits.MaxTitle);
        var text = Text(map, "text", path, true, SpecLimits.MaxLine);
        return text is null ? null : new PanelItemSpec(title, text);
    }

    private IconGlyph? Icon(YamlMapping map, string parent, bool required)
    {
        var path = Join(parent, "icon");
        var name = Text(map, "icon", parent, required, 200, drawn: false);
        if (name is null) return null;
        var at = map.Find("icon")!.Value.Start;
        if (IconFiles.IsFileReference(name)) return _iconFiles.Read(name, at, path, diagnostics);
        if (IconLibrary.Default.Contains(name)) return IconLibrary.Default.Get(name);
        diagnostics.Error(SpecCodes.UnknownIcon, at, path, $"Unknown icon '{name}'.", IconFix(name));
        return null;
    }

    /// <summary>Names close in spelling, or else in meaning ('house' → 'home'), and the command that finds more.</summary>
    private static string IconFix(string name)
    {
        if (NearestNames.DidYouMean(name, IconLibrary.Default.Names) is { } close) return close + " 'doctoury-graphics icons <word>' finds icons by meaning.";
        var meaning = name.Length <= 40 ? IconSearch.Default.Find(name, 3) : [];
        return meaning.Count > 0
            ? $"Did you mean {Quoted(meaning)}? 'doctoury-graphics icons {name.Replace('-', ' ')}' lists more."
            : "See 'doctoury-graphics icons <word>', which finds icons by meaning (for example 'blood-drop', 'dna' or 'microscope'), or give a file such as './my-icon.svg'.";
    }

    private static string Quoted(IReadOnlyList<string> names)
    {
        var quoted = names.Select(n => $"'{n}'").ToList();
        return quoted.Count == 1 ? quoted[0] : string.Join(", ", quoted.Take(quoted.Count - 1)) + " or " + quoted[^1];
    }

    private ImmutableArray<T> BindList<T>(YamlMapping map, string key, string parent, int min, int max, Func<YamlNode, string, T?> bind) where T : class
    {
        var path = Join(parent, key);
        var entry = map.Find(key);
        if (entry is null || entry.Value is YamlScalar { IsNull: true } && min == 0) return [];
        if (Expect<YamlSequence>(entry.Value, path, "a list ('- ' items)") is not { } seq) return [];
        if (seq.Items.Length < min || seq.Items.Length > max)
        {
            diagnostics.Error(SpecCodes.Count, seq.Start, path, $"'{key}' has {seq.Items.Length} {(seq.Items.Length == 1 ? "entry" : "entries")}; it needs {min} to {max}.", null);
        }
        var result = ImmutableArray.CreateBuilder<T>();
        for (var i = 0; i < Math.Min(seq.Items.Length, max); i++)
        {
            if (bind(seq.Items[i], $"{path}[{i}]") is { } item) result.Add(item);
        }
        return result.ToImmutable();
    }

    private ImmutableArray<string> StringList(YamlMapping map, string key, string parent, int max) =>
        BindList(map, key, parent, 0, max, (node, path) => ScalarText(node, path, SpecLimits.MaxLine));

    private T? Child<T>(YamlMapping map, string key, string parent, string[] keys, Func<YamlMapping, string, T> bind) where T : class
    {
        var path = Join(parent, key);
        var entry = map.Find(key);
        if (entry is null || entry.Value is YamlScalar { IsNull: true }) return null;
        if (Expect<YamlMapping>(entry.Value, path, "a mapping") is not { } child) return null;
        CheckKeys(child, path, keys);
        return bind(child, path);
    }

    private T? Expect<T>(YamlNode node, string path, string what) where T : YamlNode
    {
        if (node is T typed) return typed;
        var found = node switch { YamlScalar => "text", YamlSequence => "a list", _ => "a mapping" };
        diagnostics.Error(SpecCodes.WrongType, node.Start, path, $"Expected {what} at '{(path.Length == 0 ? "the top" : path)}', found {found}.", null);
        return null;
    }

    private void CheckKeys(YamlMapping map, string path, IReadOnlyCollection<string> allowed)
    {
        foreach (var entry in map.Entries.Where(e => !allowed.Contains(e.Key.Value)))
        {
            // In '{ summary: Day, or night }' YAML reads ' or night' as a key of its own.
            var nearest = NearestNames.Find(entry.Key.Value, allowed, max: 1);
            if (nearest.Count == 1 && map.Find(nearest[0]) is null) _suggested.Add((map, nearest[0]));
            var previous = map.Entries.TakeWhile(e => e != entry).LastOrDefault();
            var fix = map.IsFlow && entry.Value is YamlScalar { IsNull: true } && nearest.Count == 0 && previous?.Value is YamlScalar before
                ? $"Inside '{{ … }}' a comma ends the value: put text that holds a comma in quotes, for example {previous.Key.Value}: \"{before.Value}, {entry.Key.Value}\"."
                : NearestNames.DidYouMean(entry.Key.Value, allowed) ?? "Allowed here: " + string.Join(", ", allowed) + ".";
            diagnostics.Error(SpecCodes.UnknownKey, entry.Key.Start, Join(path, entry.Key.Value), $"Unknown key '{entry.Key.Value}'.", fix);
        }
    }

    /// <summary>Reads ids from the nodes, not the bound entries, so a step with other mistakes still counts.</summary>
    private void CheckUniqueIds(YamlNode? list, string path)
    {
        if (list is not YamlSequence sequence) return;
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sequence.Items.Length; i++)
        {
            if ((sequence.Items[i] as YamlMapping)?.Find("id")?.Value is not YamlScalar { IsNull: false } id) continue;
            if (first.TryAdd(id.Value, i)) continue;
            diagnostics.Error(SpecCodes.DuplicateId, id.Start, $"{path}[{i}].id", $"The id '{id.Value}' is already used by {path}[{first[id.Value]}].", "Give each entry its own id.");
        }
    }

    private static string NormalizeSpaces(string text) => WhitespaceRun().Replace(text.Trim(), " ");

    private static string Join(string parent, string key) => parent.Length == 0 ? key : parent + "." + key;

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    internal static partial Regex IdPattern(); // also checks the ids of the manifests merge reads

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LangPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();

    [GeneratedRegex(@"^(an? )?(image|picture|photo|graphic|illustration) (of|showing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RedundantAltStart();
}
