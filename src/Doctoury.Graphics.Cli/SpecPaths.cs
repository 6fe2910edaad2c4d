namespace Doctoury.Graphics.Cli;

/// <summary>Turns the command line's files, folders and globs into spec files, in a stable order.</summary>
internal static class SpecPaths
{
    /// <summary>
    /// A folder stands for the <c>.yaml</c> and <c>.yml</c> files directly inside it (not below,
    /// so <c>specs/</c> does not take in <c>specs/invalid/</c>). A name with <c>*</c> or <c>?</c>
    /// is a glob over one folder. Anything else is passed on as a file, so a missing one is
    /// reported as a diagnostic like any other problem.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> arguments)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                files.AddRange(Directory.EnumerateFiles(argument)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (argument.IndexOfAny(['*', '?']) >= 0 && !Path.GetDirectoryName(argument)!.Contains('*'))
            {
                // A glob in the file name, for shells that do not expand it (Windows): specs/*.yaml.
                var folder = Path.GetDirectoryName(argument) is { Length: > 0 } dir ? dir : ".";
                if (Directory.Exists(folder)) files.AddRange(Directory.EnumerateFiles(folder, Path.GetFileName(argument)).Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(argument);
            }
        }
        return files.Distinct(StringComparer.Ordinal).ToList();
    }
}
