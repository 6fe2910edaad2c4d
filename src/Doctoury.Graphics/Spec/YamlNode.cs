using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Doctoury.Graphics.Spec;

/// <summary>A place in the source text: 1-based line and column.</summary>
internal readonly record struct SourceMark(int Line, int Column);

/// <summary>
/// A YAML node that keeps where it started, read from the parser's events so that every
/// diagnostic can point at the exact place (DESIGN.md: no reflection deserializer).
/// </summary>
internal abstract record YamlNode(SourceMark Start);

// OnOneLine: Starts and ends on the same line, so a character's column is the start column plus its index.
internal sealed partial record YamlScalar(SourceMark Start, string Value, bool IsPlain, bool OnOneLine = false) : YamlNode(Start)
{
    /// <summary>A plain empty, <c>~</c> or <c>null</c> scalar is YAML's null.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value is "~" or "null" or "Null" or "NULL");

    /// <summary>
    /// What YAML 1.2's core schema makes of the scalar: "null", "bool", "int", "float" or "string".
    /// Editors and the JSON Schema see the same types, so the loader takes text only where YAML does.
    /// </summary>
    public string CoreType => !IsPlain ? "string"
        : IsNull ? "null"
        : Value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE" ? "bool"
        : CoreInt().IsMatch(Value) ? "int"
        : CoreFloat().IsMatch(Value) ? "float"
        : "string";

    [GeneratedRegex("^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")]
    private static partial Regex CoreInt();

    [GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.nan|\.NaN|\.NAN)$")]
    private static partial Regex CoreFloat();
}

internal sealed record YamlSequence(SourceMark Start, ImmutableArray<YamlNode> Items) : YamlNode(Start);

internal sealed record YamlEntry(YamlScalar Key, YamlNode Value);

// IsFlow: Written inline as { a: 1, b: 2 }, where an unquoted comma in text splits the text into keys.
internal sealed record YamlMapping(SourceMark Start, ImmutableArray<YamlEntry> Entries, bool IsFlow = false) : YamlNode(Start)
{
    public YamlEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key.Value == key);
}
