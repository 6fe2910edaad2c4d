using System.Text.RegularExpressions;

namespace Doctoury.Graphics.Cli;

/// <summary>
/// Specs of one batch that share an id would write the same files (<c>id.png</c>, <c>id.svg</c>…)
/// over each other and leave one manifest entry: each of them gets an error naming the others, and
/// none is written.
/// </summary>
internal static partial class DuplicateIds
{
    public const string Code = "DG0025";

    /// <summary>Parses each file for its id (one file has no one to clash with); see <see cref="Find(IEnumerable{ValueTuple{string, string}})"/>.</summary>
    public static IReadOnlyDictionary<string, Diagnostic> Find(IReadOnlyList<string> files) =>
        files.Count < 2 ? new Dictionary<string, Diagnostic>() : Find(files.Select(f => (f, Infographic.ParseFile(f).Infographic?.Id)));

    /// <summary>The error for every file whose id another file of the batch also has, keyed by file.</summary>
    public static IReadOnlyDictionary<string, Diagnostic> Find(IEnumerable<(string File, string? Id)> specs)
    {
        var result = new Dictionary<string, Diagnostic>(StringComparer.Ordinal);
        foreach (var group in specs.Where(s => s.Id is not null).GroupBy(s => s.Id!, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var (file, id) in group)
            {
                var others = string.Join(" and ", group.Where(o => o.File != file).Select(o => Path.GetFileName(o.File)));
                var (line, column) = Place(file);
                result[file] = new Diagnostic(Code, DiagnosticSeverity.Error,
                    $"The id '{id}' is also the id of {others}: both would write {id}.png, {id}.svg and the other files over each other, so neither is written.",
                    file, line, column, "id", $"Give each spec its own id, for example 'id: {id}-2', so each has its own files.");
            }
        }
        return result;
    }

    /// <summary>Where the top-level <c>id:</c> value starts, or the file's start.</summary>
    private static (int Line, int Column) Place(string file)
    {
        try
        {
            var text = File.ReadAllText(file);
            var match = IdLine().Match(text);
            if (!match.Success) return (1, 1);
            var at = match.Groups["value"].Index;
            var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
            return (text[..at].Count(c => c == '\n') + 1, at - lineStart + 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (1, 1);
        }
    }

    [GeneratedRegex(@"^id:[ \t]*(?<value>\S)", RegexOptions.Multiline)]
    private static partial Regex IdLine();
}
