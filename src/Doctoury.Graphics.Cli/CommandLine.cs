using System.Reflection;

namespace Doctoury.Graphics.Cli;

/// <summary>Parses the command line and dispatches. Exit codes: 0 success, 1 invalid input, 2 usage.</summary>
internal static class CommandLine
{
    public const int Ok = 0, InvalidInput = 1, Usage = 2;

    public const string Help = """
        doctoury-graphics: turns YAML specs of medical processes into accessible infographics.

        Usage:
          doctoury-graphics render <specs, folders or globs>... --out <dir> [options]
          doctoury-graphics merge <shard folders>... --out <dir> [--format text|json]
          doctoury-graphics check <specs, folders or globs>... [--format text|json] [--level AA|AAA]
                                  [--layout horizontal|vertical|both] [--theme <name>]
          doctoury-graphics watch <folder> [--out <dir>] [--port <n>] [--theme <name>]
                                  [--allow-audit-failures]
          doctoury-graphics serve [<folder>] [--urls <url>] [limits]
                                               an HTTP render service (serve --help)
          doctoury-graphics init <name>        write a starter spec named after <name>
          doctoury-graphics schema             print the JSON Schema of the spec format
          doctoury-graphics icons [words]      list the icon names, or find icons by meaning
          doctoury-graphics icons --html <file> [words]
                                               write an HTML page of the icons, searchable
          doctoury-graphics themes             list the built-in themes
          doctoury-graphics --help | --version

        render writes, for each spec, into <dir>: <id>.png, <id>@2x.png, <id>.svg,
        the vertical cut for phones <id>.vertical.png, <id>.vertical@2x.png,
        <id>.vertical.svg, then <id>.alt.txt, <id>.description.md,
        <id>.description.html, <id>.figure.html (a <picture> serving the vertical
        PNGs to narrow screens), and updates <dir>/manifest.json. Specs render in
        parallel; a spec whose outputs are up to date (content hash in the manifest)
        is skipped.
          --layout <which>        horizontal, vertical or both (default both)
          --format <kinds>        only these outputs: png,svg,alt,description,figure
          --format json           report as one JSON document instead of text
          --scale <n[,n]>         more PNG densities, e.g. 3 for <id>@3x.png and
                                  <id>.vertical@3x.png
          --svg-mode structured   SVGs for inline use: the steps form a list of
                                  "Step n of N" items (default: one role="img")
          --svg-text outlines     SVGs whose text is glyph outlines, no font embedded:
                                  for librsvg, ImageMagick and design tools, which
                                  ignore embedded fonts (default: text)
          --follow-color-scheme   SVGs that switch to the dark palette when the reader's
                                  system prefers it (prefers-color-scheme)
          --level AA|AAA          the audit's contrast level (default AA)
          --theme <name>          draw every spec in a built-in theme (doctoury, dark,
                                  high-contrast), whatever its file says
          --allow-audit-failures  write specs that fail the audit, with warnings
          --force                 render even when the outputs are up to date
          --shard <i/n>           only part i of n (1 <= i <= n): each spec falls in one
                                  part by a hash of its id, the same on every machine, so
                                  n CI jobs render every spec once
        merge joins the folders of the n parts (or the folder they were downloaded
        into) into <dir>: it checks every file against its manifest, refuses an id
        that comes from two parts with other files, copies the files and writes the
        manifest one unsharded render would have written. See docs/sharding.md.
        check validates specs and audits the pictures each would draw, writing
        nothing: WCAG 2.2 contrast of every text and needed graphic, text size, and
        text outside its box, in both cuts unless --layout says otherwise (a finding
        in the vertical cut starts with 'vertical'). A folder stands for the .yaml
        files directly in it.

        Problems are printed as 'file(line,col): error DG0003: message fix'.
        Exit codes: 0 success, 1 a spec has errors, 2 wrong command line.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Help);
            return args.Length == 0 ? Usage : Ok;
        }
        if (args.Contains("--version")) // on every command, like --help
        {
            stdout.WriteLine(typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0");
            return Ok;
        }
        return args[0] switch
        {
            "render" => RenderCommand.Run(args[1..], stdout, stderr),
            "merge" => MergeCommand.Run(args[1..], stdout, stderr),
            "check" => CheckCommand.Run(args[1..], stdout, stderr),
            "watch" => WatchCommand.Run(args[1..], stdout, stderr),
            "serve" => Serve.ServeCommand.Run(args[1..], stdout, stderr),
            "init" => InfoCommands.Init(args[1..], stdout, stderr),
            "schema" => InfoCommands.Schema(args[1..], stdout, stderr),
            "icons" => InfoCommands.Icons(args[1..], stdout, stderr),
            "themes" => InfoCommands.Themes(args[1..], stdout, stderr),
            _ => UsageError(stderr, $"unknown command '{args[0]}'. Try 'doctoury-graphics --help'."),
        };
    }

    public static int UsageError(TextWriter stderr, string message)
    {
        stderr.WriteLine($"doctoury-graphics: {message}");
        return Usage;
    }
}
