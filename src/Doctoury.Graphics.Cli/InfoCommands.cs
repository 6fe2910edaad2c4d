using System.Text.RegularExpressions;

namespace Doctoury.Graphics.Cli;

/// <summary>The small commands: <c>init</c>, <c>schema</c>, <c>icons</c> and <c>themes</c>.</summary>
internal static partial class InfoCommands
{
    public static int Init(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is ["-h" or "--help", ..]) return Help(stdout, "init <name>: writes a starter spec named after <name> (\"Cataract surgery\" gives cataract-surgery.yaml, id cataract-surgery, title \"Cataract surgery\"), and infographic.schema.json beside it for editors.");
        if (args.Length != 1 || args[0].StartsWith('-')) return CommandLine.UsageError(stderr, "init takes one name, for example 'init \"Cataract surgery\"'.");
        var name = args[0].EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) ? args[0][..^5] : args[0];
        var stem = Path.GetFileName(name.TrimEnd('/', '\\'));
        var id = Slug().Replace(stem.ToLowerInvariant(), "-").Trim('-');
        if (id.Length == 0 || !char.IsAsciiLetterLower(id[0])) id = "my-" + id.TrimStart('-');
        if (id.Length == 3) id += "infographic";
        var folder = Path.GetDirectoryName(name) is { Length: > 0 } dir ? dir : ".";
        string Beside(string file) => folder == "." ? file : Path.Combine(folder, file);
        var path = Beside(id + ".yaml");
        if (File.Exists(path))
        {
            stderr.WriteLine($"doctoury-graphics: {path} already exists; nothing was written.");
            return CommandLine.InvalidInput;
        }
        Directory.CreateDirectory(folder);
        AtomicFile.Write(path, System.Text.Encoding.UTF8.GetBytes(Starter(id, Title(stem))));
        var schema = Beside("infographic.schema.json");
        if (!File.Exists(schema)) AtomicFile.Write(schema, System.Text.Encoding.UTF8.GetBytes(Bundled.Schema));
        stdout.WriteLine($"Wrote {path} (id '{id}') and {schema}.");
        stdout.WriteLine($"Next, to see it and edit it live: doctoury-graphics watch {ShellQuote(folder)}");
        return CommandLine.Ok;
    }

    /// <summary>"cataract-surgery" or "Cataract surgery" gives "Cataract surgery": the words of the name, the first capitalised.</summary>
    private static string Title(string stem)
    {
        var words = string.Join(' ', stem.Split(['-', '_', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (words.Length == 0) return "My infographic";
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>A path as a shell takes it when pasted: bare when it is plain, else in quotes.</summary>
    internal static string ShellQuote(string path) =>
        PlainPath().IsMatch(path) ? path
        : OperatingSystem.IsWindows() ? "\"" + path + "\""
        : "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    public static int Schema(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is ["-h" or "--help", ..]) return Help(stdout, "schema: prints the JSON Schema (draft 2020-12) of spec format version 1.");
        if (args.Length > 0) return CommandLine.UsageError(stderr, "schema takes no arguments.");
        stdout.Write(Bundled.Schema);
        return CommandLine.Ok;
    }

    public static int Icons(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is ["-h" or "--help", ..]) return Help(stdout, "icons [words]: lists every bundled Health Icons name, or finds icons by the words of their names and their published titles, tags and categories ('icons house' finds 'home').\n"
            + "icons --html <file> [words]: writes one self-contained HTML page (no outside requests) with every icon drawn, or only those matching the words and their variants, "
            + "grouped by category, with a search box that matches the same words and a button per icon that copies its name.");
        if (Array.IndexOf(args, "--html") is >= 0 and var at)
        {
            // The page is the argument after --html; the words may come before or after it.
            return at + 1 < args.Length && !args[at + 1].StartsWith('-')
                ? IconsHtml(args[at + 1], [.. args[..at], .. args[(at + 2)..]], stdout, stderr)
                : CommandLine.UsageError(stderr, "icons --html takes the page to write, for example 'icons --html icons.html' or 'icons --html heart.html heart'.");
        }
        if (args.Length == 0)
        {
            foreach (var name in Bundled.IconNames) stdout.WriteLine(name);
            return CommandLine.Ok;
        }
        var query = string.Join(' ', args);
        var found = Bundled.FindIcons(query);
        var width = found.Count == 0 ? 0 : found.Max(f => f.Name.Length) + 2;
        foreach (var (name, title) in found) stdout.WriteLine(title.Length == 0 ? name : name.PadRight(width) + title);
        if (found.Count == 0)
        {
            stderr.WriteLine($"No bundled icon matches '{query}'. Try a simpler or more general word, or 'doctoury-graphics icons' for every name.");
            return CommandLine.InvalidInput;
        }
        return CommandLine.Ok;
    }

    /// <summary><c>icons --html &lt;file&gt; [words]</c>: the page of every icon, or of those matching the words.</summary>
    private static int IconsHtml(string path, string[] words, TextWriter stdout, TextWriter stderr)
    {
        if (words.FirstOrDefault(w => w.StartsWith('-')) is { } option) return CommandLine.UsageError(stderr, $"icons --html does not take '{option}'.");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            stderr.WriteLine($"doctoury-graphics: {path}: the folder {folder} does not exist; nothing was written. Create it first, or write the page elsewhere.");
            return CommandLine.InvalidInput;
        }
        if (Directory.Exists(path))
        {
            stderr.WriteLine($"doctoury-graphics: {path} is a folder; give a file name, for example {Path.Combine(path, "icons.html")}.");
            return CommandLine.InvalidInput;
        }
        var query = string.Join(' ', words);
        var icons = words.Length == 0 ? Bundled.Icons : IconGallery.Matching(query);
        if (icons.Count == 0)
        {
            stderr.WriteLine($"No bundled icon matches '{query}'; nothing was written. Try a simpler or more general word, or leave the words out for every icon.");
            return CommandLine.InvalidInput;
        }
        var bytes = new System.Text.UTF8Encoding(false).GetBytes(IconGallery.Page(icons));
        try
        {
            AtomicFile.Write(path, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"doctoury-graphics: {path} cannot be written: {e.Message}");
            return CommandLine.InvalidInput;
        }
        var groups = IconGallery.Groups(icons).Count;
        stdout.WriteLine($"Wrote {path}: {icons.Count} icons in {groups} groups, {bytes.Length / 1024} KiB, no outside requests. Open it in a browser.");
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

    /// <summary>A starter that checks clean and shows every part of the format, each with a short comment.</summary>
    private static string Starter(string id, string title) => Template(id, title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal), LanguageOf(title));

    /// <summary>
    /// The starter's lang from the name's letters: an Arabic or Hebrew name starts an Arabic or
    /// Hebrew spec, drawn right to left; anything else starts in English, to be changed.
    /// </summary>
    private static string LanguageOf(string title)
    {
        foreach (var c in title)
        {
            if (c is >= '\u0590' and <= '\u05FF' or >= '\uFB1D' and <= '\uFB4F') return "he";
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF') return "ar";
            if (char.IsLetter(c)) return "en";
        }
        return "en";
    }

    private static string Template(string id, string quotedTitle, string lang) => $$"""
        # yaml-language-server: $schema=infographic.schema.json
        # A starter: change the words, keep the shape. 'doctoury-graphics check' says what to fix.
        version: 1
        id: {{id}}   # the output files' name: lowercase letters, digits, hyphens
        lang: {{lang}}   # the language of your words (BCP 47): en, fr, ar, he… ar and he are drawn right to left
        title: "{{quotedTitle}}"
        subtitle: What happens, step by step     # optional
        process:
          title: From the first visit to going home   # optional
          steps:                         # 2 to 8 steps, read left to right
            - id: before
              title: Before
              icon: doctor               # optional: 'doctoury-graphics icons <word>' lists the names
              summary: Your doctor explains what will happen and answers your questions.
              details:                   # optional, up to 6 short lines
                - Bring a list of your medicines.
              duration: One visit        # optional
            - id: during
              title: On the day
              icon: hospital
              summary: The procedure is done by a specialist team.
              duration: About an hour
            - id: after
              title: Afterwards
              summary: Most people go home the same day and rest for a day or two.
        panels:                          # optional, up to 4, under the steps
          - id: questions
            title: Questions to ask
            items:
              - How long will it take to recover?
              - { title: Driving, text: "When can I drive again?" }
        footer:                          # optional
          source: "Source: your organisation"
          note: Ask your care team if anything is unclear.

        """;

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Slug();

    [GeneratedRegex(@"^[A-Za-z0-9._/\\:+-]+$")]
    private static partial Regex PlainPath();
}
