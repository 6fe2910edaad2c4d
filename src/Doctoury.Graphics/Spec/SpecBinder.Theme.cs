using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Doctoury.Graphics.Themes;

namespace Doctoury.Graphics.Spec;

/// <summary>
/// The <c>theme</c> key: a built-in theme's name, or <c>{ base, colors }</c> where <c>colors</c> sets
/// single roles (<c>text: "#1F2933"</c>) and list roles, one colour per step or panel in turn
/// (<c>steps: ["#0B6E75", "#1F5FA8"]</c>) or one for all (<c>steps: "#0B6E75"</c>). Each colour keeps
/// its place in the file, so an audit finding can point at the colour that caused it.
/// </summary>
internal sealed partial class SpecBinder
{
    private static readonly string[] ThemeKeys = ["base", "colors"];

    private const string ColorFix = "Write a colour as '#RRGGBB', for example \"#0B6E99\" (quoted, since # starts a comment).";

    private ThemeSpec BindTheme(YamlEntry? entry)
    {
        var fallback = new ThemeSpec(BuiltInThemes.DefaultName, ImmutableSortedDictionary<string, string>.Empty);
        if (entry is null) return fallback;
        if (entry.Value is YamlScalar)
        {
            var name = ScalarText(entry.Value, "theme", SpecLimits.MaxTitle);
            return name is not null && CheckThemeName(name, entry.Value.Start, "theme") ? fallback with { Base = name } : fallback;
        }
        if (Expect<YamlMapping>(entry.Value, "theme", "a theme name, or a mapping with 'base' and 'colors'") is not { } map) return fallback;
        CheckKeys(map, "theme", ThemeKeys);
        var baseName = Text(map, "base", "theme", false, SpecLimits.MaxTitle) ?? BuiltInThemes.DefaultName;
        if (!CheckThemeName(baseName, map.Find("base")?.Value.Start ?? map.Start, "theme.base")) return fallback;
        var colors = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var marks = ImmutableSortedDictionary.CreateBuilder<string, SourceMark>(StringComparer.Ordinal);
        void Add(string key, YamlNode node, string path)
        {
            if (Color(node, path) is not { } value) return;
            colors[key] = value;
            marks[key] = node.Start;
        }
        if (map.Find("colors") is { } colorsEntry && Expect<YamlMapping>(colorsEntry.Value, "theme.colors", "a mapping of colour roles to '#RRGGBB'") is { } colorMap)
        {
            CheckKeys(colorMap, "theme.colors", Theme.ColorRoles);
            foreach (var color in colorMap.Entries.Where(e => Theme.ColorRoles.Contains(e.Key.Value)))
            {
                var role = color.Key.Value;
                var path = "theme.colors." + role;
                if (!Theme.ListRoles.Contains(role))
                {
                    if (Expect<YamlScalar>(color.Value, path, "a colour '#RRGGBB'") is not null) Add(role, color.Value, path);
                    continue;
                }
                switch (color.Value)
                {
                    case YamlScalar:
                        Add(role, color.Value, path);
                        break;
                    case YamlSequence list:
                        if (list.Items.Length is 0 or > Theme.MaxListColors)
                        {
                            diagnostics.Error(SpecCodes.Count, list.Start, path, $"'{role}' has {list.Items.Length} {(list.Items.Length == 1 ? "colour" : "colours")}; it needs 1 to {Theme.MaxListColors}.",
                                "List one colour per step or panel; they repeat in turn when there are more, and one colour alone is used for all.");
                        }
                        for (var i = 0; i < Math.Min(list.Items.Length, Theme.MaxListColors); i++)
                        {
                            if (Expect<YamlScalar>(list.Items[i], $"{path}[{i}]", "a colour '#RRGGBB'") is not null) Add($"{role}[{i}]", list.Items[i], $"{path}[{i}]");
                        }
                        break;
                    default:
                        Expect<YamlSequence>(color.Value, path, $"a list of 1 to {Theme.MaxListColors} colours such as [\"#0B6E75\", \"#1F5FA8\"], or one colour for all");
                        break;
                }
            }
        }
        return new ThemeSpec(baseName, colors.ToImmutable()) { Marks = marks.ToImmutable() };
    }

    /// <summary>One colour: '#RRGGBB', upper-cased; an unquoted '#…' is YAML's comment, so it arrives empty.</summary>
    private string? Color(YamlNode node, string path)
    {
        if (node is YamlScalar { IsNull: true })
        {
            diagnostics.Error(SpecCodes.BadColor, node.Start, path, "No colour is given here; an unquoted # starts a YAML comment, so '#RRGGBB' without quotes reads as nothing.", ColorFix);
            return null;
        }
        if (ScalarText(node, path, 16) is not { } value) return null;
        if (ColorPattern().IsMatch(value)) return value.ToUpperInvariant();
        diagnostics.Error(SpecCodes.BadColor, node.Start, path, $"'{value}' is not a colour.", ColorFix);
        return null;
    }

    private bool CheckThemeName(string name, SourceMark at, string path)
    {
        if (BuiltInThemes.Names.Contains(name)) return true;
        diagnostics.Error(SpecCodes.UnknownTheme, at, path, $"Unknown theme '{name}'.",
            NearestNames.DidYouMean(name, BuiltInThemes.Names) ?? "Built-in themes: " + string.Join(", ", BuiltInThemes.Names) + ".");
        return false;
    }

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex ColorPattern();
}
