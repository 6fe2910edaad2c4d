using System.Text.RegularExpressions;

namespace Doctoury.Graphics.Cli;

/// <summary>The small commands: <c>init</c>, <c>schema</c>, <c>icons</c> and <c>themes</c>.</summary>
internal static partial class InfoCommands
{
    public static int Init(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is ["-h" or "--help", ..]) return Help(stdout, "init <name>: writes <name>.yaml, a starter spec, and infographic.schema.json beside it for editors.");
        if (args.Length != 1 || args[0].StartsWith('-')) return CommandLine.UsageError(stderr, "init takes one name, for example 'init blood-test'.");
        var path = args[0].EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) ? args[0] : args[0] + ".yaml";
        var id = Slug().Replace(Path.GetFileNameWithoutExtension(path).ToLowerInvariant(), "-").Trim('-');
        if (id.Length == 0 || !char.IsAsciiLetterLower(id[0])) id = "my-" + id.TrimStart('-');
        if (File.Exists(path))
        {
            stderr.WriteLine($"doctoury-graphics: {path} already exists; nothing was written.");
            return CommandLine.InvalidInput;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        AtomicFile.Write(path, System.Text.Encoding.UTF8.GetBytes(Starter(id)));
        var schema = Path.Combine(folder, "infographic.schema.json");
        if (!File.Exists(schema)) AtomicFile.Write(schema, System.Text.Encoding.UTF8.GetBytes(Bundled.Schema));
        stdout.WriteLine($"Wrote {path} (id '{id}') and {schema}. Next: doctoury-graphics render {path} --out out");
        return CommandLine.Ok;
    }

    public static int Schema(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is ["-h" or "--help", ..]) return Help(stdout, "schema: prints the JSON Schema (draft 2020-12) of spec format version 1.");
        if (args.Length > 0) return CommandLine.UsageError(stderr, "schema takes no arguments.");
        stdout.Write(Bundled.Schema);
        return CommandLine.Ok;
    }

    public static int Icons(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is ["-h" or "--help", ..]) return Help(stdout, "icons [word]: lists the bundled Health Icons names, or those containing the word.");
        if (args.Length > 1) return CommandLine.UsageError(stderr, "icons takes at most one word, for example 'icons blood'.");
        var names = args.Length == 0 ? Bundled.IconNames : Bundled.IconNames.Where(n => n.Contains(args[0], StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var name in names) stdout.WriteLine(name);
        if (names.Count == 0)
        {
            stderr.WriteLine($"No bundled icon contains '{args[0]}'.");
            return CommandLine.InvalidInput;
        }
        return CommandLine.Ok;
    }

    public static int Themes(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is ["-h" or "--help", ..]) return Help(stdout, "themes: lists the built-in themes.");
        if (args.Length > 0) return CommandLine.UsageError(stderr, "themes takes no arguments.");
        stdout.WriteLine("doctoury       the default: the mockup's palette on white (WCAG AA)");
        stdout.WriteLine("dark           light text on a near-black page (WCAG AA)");
        stdout.WriteLine("high-contrast  black on near-white with dark accents (WCAG AAA)");
        return CommandLine.Ok;
    }

    private static int Help(TextWriter stdout, string text)
    {
        stdout.WriteLine("doctoury-graphics " + text);
        return CommandLine.Ok;
    }

    private static string Starter(string id) => $"""
        # yaml-language-server: $schema=infographic.schema.json
        version: 1
        id: {id}
        lang: en
        title: Having a blood test
        subtitle: Two short steps, usually done in ten minutes
        process:
          steps:
            - id: draw
              title: Drawing blood
              icon: blood-drop
              summary: A nurse takes a small amount of blood from a vein in your arm.
              duration: About five minutes
            - id: lab
              title: Testing in the lab
              icon: microscope
              summary: The sample is sent to a laboratory and checked.
              duration: One to three days
        footer:
          note: Ask your nurse if you have any questions.

        """;

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Slug();
}
