using System.Globalization;
using Doctoury.Graphics.Text;

namespace Doctoury.Graphics.Spec;

/// <summary>Reading one scalar: ids, numbers, yes/no values and text, with the checks every drawn text gets.</summary>
internal sealed partial class SpecBinder
{
    private string? Id(YamlMapping map, string key, string parent, bool required)
    {
        var id = Text(map, key, parent, required, 64);
        if (id is null || IdPattern().IsMatch(id)) return id;
        diagnostics.Error(SpecCodes.BadId, map.Find(key)!.Value.Start, Join(parent, key), $"'{id}' is not a valid id.",
            "Use lowercase letters, digits and single hyphens, starting with a letter, for example 'car-t-cell-therapy'.");
        return null;
    }

    private int? Integer(YamlMapping map, string key, string parent, bool required)
    {
        var path = Join(parent, key);
        var entry = map.Find(key);
        if (entry is null || entry.Value is YamlScalar { IsNull: true })
        {
            if (required && !(entry is null && _suggested.Contains((map, key)))) diagnostics.Error(SpecCodes.MissingKey, entry?.Value.Start ?? map.Start, path, $"The key '{key}' is missing.", $"Add '{key}: …'.");
            return null;
        }
        if (Expect<YamlScalar>(entry.Value, path, "a whole number") is not { } scalar) return null;
        if (scalar.CoreType == "int" && int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        var fix = scalar.IsPlain ? null : $"Remove the quotes: {key}: {scalar.Value.Trim()}";
        diagnostics.Error(SpecCodes.WrongType, scalar.Start, path, $"'{key}' must be a whole number, not {(scalar.IsPlain ? "" : "the text ")}'{scalar.Value}'.", fix);
        return null;
    }

    /// <summary>An optional yes/no value; false when absent.</summary>
    private bool Boolean(YamlMapping map, string key, string parent)
    {
        var path = Join(parent, key);
        var entry = map.Find(key);
        if (entry is null || entry.Value is YamlScalar { IsNull: true }) return false;
        if (Expect<YamlScalar>(entry.Value, path, "true or false") is not { } scalar) return false;
        if (scalar.CoreType == "bool") return scalar.Value is "true" or "True" or "TRUE";
        var fix = scalar.IsPlain ? $"Write {key}: true or {key}: false." : $"Remove the quotes: {key}: {scalar.Value.Trim()}";
        diagnostics.Error(SpecCodes.WrongType, scalar.Start, path, $"'{key}' must be true or false, not {(scalar.IsPlain ? "" : "the text ")}'{scalar.Value}'.", fix);
        return false;
    }

    private string? Text(YamlMapping map, string key, string parent, bool required, int maxLength, bool keepParagraphs = false, bool drawn = true)
    {
        var path = Join(parent, key);
        var entry = map.Find(key);
        if (entry is null || entry.Value is YamlScalar { IsNull: true })
        {
            if (required && !(entry is null && _suggested.Contains((map, key))))
            {
                var at = entry?.Value.Start ?? map.Start;
                diagnostics.Error(SpecCodes.MissingKey, at, path, entry is null ? $"The key '{key}' is missing." : $"'{key}' is empty.", $"Add '{key}: …'.");
            }
            return null;
        }
        return ScalarText(entry.Value, path, maxLength, keepParagraphs, drawn);
    }

    private string? ScalarText(YamlNode node, string path, int maxLength, bool keepParagraphs = false, bool drawn = true)
    {
        if (Expect<YamlScalar>(node, path, "text") is not { } scalar) return null;
        if (scalar.CoreType is "bool" or "int" or "float")
        {
            // YAML reads 'title: 2024' as a number and 'title: true' as a yes/no, as editors and the JSON Schema do.
            var kind = scalar.CoreType == "bool" ? "a yes/no value" : "a number";
            diagnostics.Error(SpecCodes.WrongType, scalar.Start, path, $"YAML reads '{scalar.Value}' as {kind}, but text is expected here.", $"Put it in quotes: \"{scalar.Value}\".");
            return null;
        }
        if (!CheckCharacters(scalar, path, drawn)) return null;
        // Line breaks only survive where the author writes paragraphs (alt.long); YAML folds a
        // blank line into one line break, so each remaining line is a paragraph.
        var value = keepParagraphs
            ? string.Join("\n\n", scalar.Value.Split('\n').Select(NormalizeSpaces).Where(l => l.Length > 0))
            : NormalizeSpaces(scalar.Value);
        if (value.Length == 0)
        {
            diagnostics.Error(SpecCodes.EmptyText, scalar.Start, path, "The text is empty.", "Write the text, or remove the key.");
            return null;
        }
        if (Graphemes.Count(value) > maxLength)
        {
            diagnostics.Error(SpecCodes.TooLong, scalar.Start, path, $"The text has {Graphemes.Count(value)} characters; the limit here is {maxLength}.", "Shorten it; put the rest in the page around the picture.");
            return null;
        }
        return value;
    }

    /// <summary>Refuses characters that must never reach the output, and characters the fonts cannot draw.</summary>
    private bool CheckCharacters(YamlScalar scalar, string path, bool drawn)
    {
        if (IsPrintableAscii(scalar.Value)) return true; // nearly all text: the font draws all of it
        var ok = true;
        foreach (var (index, code, why) in CharacterRules.Find(scalar.Value))
        {
            diagnostics.Error(SpecCodes.ForbiddenCharacter, Within(scalar, index), path,
                $"The text contains {CharacterRules.Name(code)} ({why}) at character {index + 1}; it could hide or reorder what readers see.", "Delete the character; retype the text around it if it is invisible in your editor.");
            ok = false;
        }
        if (!ok || !drawn) return ok;
        // One diagnostic per text, naming the script: a paragraph in another alphabet is one problem, not one per letter.
        var missing = CharacterRules.Runes(scalar.Value).Where(r => !Scripts.DrawsNothing(r.Rune) && !GlyphCoverage.CanDraw(r.Rune)).ToList();
        if (missing.Count == 0) return ok;
        var (first, firstRune) = missing[0];
        var scripts = missing.Select(m => Scripts.Name(m.Rune)).Distinct().ToList();
        var message = missing.Count == 1
            ? $"The bundled fonts cannot draw {CharacterRules.Name(firstRune.Value)} ('{firstRune}') at character {first + 1}; it would show as an empty box."
            : $"The bundled fonts cannot draw {missing.Count} different characters of this text{(scripts is [{ } script] ? $", written in {script}" : "")}, from {CharacterRules.Name(firstRune.Value)} ('{firstRune}') at character {first + 1}; they would show as empty boxes.";
        const string fix = "Replace it with words or with characters the fonts have: Latin, Greek, Cyrillic, Arabic or Hebrew letters, digits and common punctuation.";
        diagnostics.Error(SpecCodes.MissingGlyph, Within(scalar, first), path, message, fix);
        return false;
    }

    private static bool IsPrintableAscii(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '~') return false;
        }
        return true;
    }

    /// <summary>The place of a character in a one-line plain scalar; otherwise the scalar's start.</summary>
    private static SourceMark Within(YamlScalar scalar, int index) =>
        scalar.IsPlain && scalar.OnOneLine ? scalar.Start with { Column = scalar.Start.Column + index } : scalar.Start;
}
