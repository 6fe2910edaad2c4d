using System.Collections.Immutable;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Doctoury.Graphics.Spec;

/// <summary>
/// Reads YAML text into <see cref="YamlNode"/>s through YamlDotNet's parser events, checking the
/// limits that keep hostile input cheap before anything is bound: no anchors or aliases, no
/// explicit tags, one document, bounded nesting.
/// </summary>
internal sealed partial class YamlReader
{
    private readonly DiagnosticSink _diagnostics;
    private int _nodes;
    private readonly Stack<(Mark At, char Bracket)> _openFlow = new(); // '[' and '{' not yet closed, for syntax errors
    private long _textChars;

    private YamlReader(DiagnosticSink diagnostics) => _diagnostics = diagnostics;

    /// <summary>Returns the root node, or null with the reason added to <paramref name="diagnostics"/>.</summary>
    public static YamlNode? Read(string text, DiagnosticSink diagnostics) => new YamlReader(diagnostics).ReadStream(text);

    private YamlNode? ReadStream(string text)
    {
        var diagnostics = _diagnostics;
        // Only the event parser runs; no deserializer, so no type conversion ('!!timestamp') and no recursion limit to raise.
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                diagnostics.Error(SpecCodes.Empty, new SourceMark(1, 1), "", "The file is empty.",
                    "Start with 'version: 1' and the keys listed in the README.");
                return null;
            }
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, 0);
            parser.Consume<DocumentEnd>();
            if (root is not null && parser.Current is DocumentStart second)
            {
                diagnostics.Error(SpecCodes.Syntax, Mark(second.Start), "",
                    "The file holds more than one YAML document.", "Keep one infographic per file.");
                return null;
            }
            return root;
        }
        catch (YamlException e)
        {
            if (_openFlow.Count == 0 && YamlSyntaxHelp.Explain(text, e.Message, Mark(e.Start)) is { } help)
            {
                diagnostics.Error(SpecCodes.Syntax, help.At, "", help.Message, help.Fix);
                return null;
            }
            diagnostics.Error(SpecCodes.Syntax, Mark(e.Start), "", "YAML syntax error: " + Clean(e.Message), UnclosedHint());
            return null;
        }
        catch (SpecLimitException)
        {
            return null; // already reported
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a mark, on some unterminated flow collections.
            if (_openFlow.Count > 0)
            {
                var (at, bracket) = _openFlow.Last();
                diagnostics.Error(SpecCodes.Syntax, Mark(at), "", $"YAML syntax error: this '{bracket}' is never closed.",
                    $"Close it with '{(bracket == '[' ? ']' : '}')}', or put the text in quotes if the '{bracket}' belongs to it.");
                return null;
            }
            if (FindUnclosed(text) is { } unclosed)
            {
                diagnostics.Error(SpecCodes.Syntax, unclosed.At, "", $"YAML syntax error: this '{unclosed.Bracket}' is never closed.",
                    $"Close it with '{(unclosed.Bracket == '[' ? ']' : '}')}', or put the text in quotes if the '{unclosed.Bracket}' belongs to it.");
                return null;
            }
            var lines = text.Split('\n');
            diagnostics.Error(SpecCodes.Syntax, new SourceMark(lines.Length, lines[^1].Length + 1), "",
                "YAML syntax error: the file ends inside an unfinished value.", "Check for an unclosed '[', '{' or quote.");
            return null;
        }
    }

    private YamlNode? ReadNode(IParser parser, int depth)
    {
        var diagnostics = _diagnostics;
        var current = parser.Current ?? throw new InvalidOperationException("Parser has no event.");
        if (depth > SpecLimits.MaxDepth)
        {
            Fail(diagnostics, SpecCodes.Limit, current.Start, $"The document is nested deeper than {SpecLimits.MaxDepth} levels.", "A spec needs at most 5 levels; check the indentation.");
        }
        if (++_nodes > SpecLimits.MaxNodes)
        {
            Fail(diagnostics, SpecCodes.Limit, current.Start, $"The document has more than {SpecLimits.MaxNodes} values.", "A spec describes one short process; split it into several specs.");
        }
        if (current is AnchorAlias alias)
        {
            Fail(diagnostics, SpecCodes.Limit, alias.Start, "YAML aliases (*name) are not allowed in a spec.", "Write the value out in full.");
        }
        if (current is NodeEvent node)
        {
            if (!node.Anchor.IsEmpty)
            {
                Fail(diagnostics, SpecCodes.Limit, node.Start, "YAML anchors (&name) are not allowed in a spec.", "Remove the anchor.");
            }
            if (!node.Tag.IsEmpty && !(node is Scalar { Style: not ScalarStyle.Plain } && node.Tag.Value == "!"))
            {
                Fail(diagnostics, SpecCodes.Limit, node.Start, $"Explicit YAML tags ({node.Tag.Value}) are not allowed in a spec.", "Remove the tag; quote the value if it must stay text.");
            }
        }

        switch (current)
        {
            case Scalar scalar:
                if (scalar.Value.Length > SpecLimits.MaxScalarChars)
                {
                    Fail(diagnostics, SpecCodes.Limit, scalar.Start, $"A value has {scalar.Value.Length} characters; no value may have more than {SpecLimits.MaxScalarChars}.", "Shorten it; put long text in the page around the picture.");
                }
                _textChars += scalar.Value.Length;
                if (_textChars > SpecLimits.MaxTotalTextChars)
                {
                    Fail(diagnostics, SpecCodes.Limit, scalar.Start, $"The spec holds more than {SpecLimits.MaxTotalTextChars} characters of text.", "A spec describes one short process; split it into several specs.");
                }
                parser.MoveNext();
                return new YamlScalar(Mark(scalar.Start), scalar.Value, scalar.Style == ScalarStyle.Plain, scalar.Start.Line == scalar.End.Line);
            case SequenceStart start:
            {
                parser.MoveNext();
                if (start.Style == SequenceStyle.Flow) _openFlow.Push((start.Start, '['));
                var items = ImmutableArray.CreateBuilder<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    var item = ReadNode(parser, depth + 1);
                    if (item is not null) items.Add(item);
                }
                if (start.Style == SequenceStyle.Flow) _openFlow.Pop();
                return new YamlSequence(Mark(start.Start), items.ToImmutable());
            }
            case MappingStart start:
            {
                parser.MoveNext();
                if (start.Style == MappingStyle.Flow) _openFlow.Push((start.Start, '{'));
                var entries = ImmutableArray.CreateBuilder<YamlEntry>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyNode = ReadNode(parser, depth + 1);
                    var value = ReadNode(parser, depth + 1);
                    if (keyNode is not YamlScalar key)
                    {
                        diagnostics.Error(SpecCodes.WrongType, keyNode?.Start ?? Mark(start.Start), "", "A key must be plain text.", "Write keys as plain words such as 'title'.");
                        continue;
                    }
                    if (!seen.Add(key.Value))
                    {
                        diagnostics.Error(SpecCodes.DuplicateKey, key.Start, "", $"The key '{key.Value}' appears twice in the same mapping.", "Remove one of them.");
                        continue;
                    }
                    if (value is not null) entries.Add(new YamlEntry(key, value));
                }
                if (start.Style == MappingStyle.Flow) _openFlow.Pop();
                return new YamlMapping(Mark(start.Start), entries.ToImmutable(), start.Style == MappingStyle.Flow);
            }
            default:
                Fail(diagnostics, SpecCodes.Syntax, current.Start, "Unexpected YAML content.", null);
                return null;
        }
    }

    private static void Fail(DiagnosticSink diagnostics, string code, Mark mark, string message, string? fix)
    {
        diagnostics.Error(code, Mark(mark), "", message, fix);
        throw new SpecLimitException();
    }

    /// <summary>
    /// The first value that opens '[' or '{' and is never closed before the end of the file.
    /// Only used to place an error YamlDotNet gives without a position.
    /// </summary>
    private static (SourceMark At, char Bracket)? FindUnclosed(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = FlowValue().Match(lines[i]);
            if (!match.Success) continue;
            var bracket = match.Groups["open"].Value[0];
            var close = bracket == '[' ? ']' : '}';
            var rest = string.Join('\n', lines.Skip(i)).Substring(match.Groups["open"].Index);
            if (rest.Count(c => c == bracket) > rest.Count(c => c == close)) return (new SourceMark(i + 1, match.Groups["open"].Index + 1), bracket);
        }
        return null;
    }

    [GeneratedRegex(@"^\s*(-\s+|[^:#\s][^:#]*:\s+)(?<open>[\[{])")]
    private static partial Regex FlowValue();

    private string? UnclosedHint()
    {
        if (_openFlow.Count == 0) return null;
        var (at, bracket) = _openFlow.Last();
        return $"The '{bracket}' at line {at.Line}, column {at.Column} may be unclosed; put text that starts with '{bracket}' in quotes.";
    }

    private static SourceMark Mark(Mark mark) => new((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    // YamlDotNet prefixes its own "(Line: …)" position; we print the position ourselves.
    private static string Clean(string message)
    {
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }

    private sealed class SpecLimitException : Exception;
}
