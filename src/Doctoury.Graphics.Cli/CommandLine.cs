using System.Reflection;

namespace Doctoury.Graphics.Cli;

/// <summary>Parses the command line and dispatches. Exit codes: 0 success, 1 invalid input, 2 usage.</summary>
internal static class CommandLine
{
    public const int Ok = 0, InvalidInput = 1, Usage = 2;

    public const string Help = """
        doctoury-graphics: turns YAML specs of medical processes into accessible infographics.

        Usage:
          doctoury-graphics render <spec or folder>... --out <dir> [--format text|json]
                            [--level AA|AAA] [--allow-audit-failures]
                            [--svg-mode image|structured]
          doctoury-graphics check <spec or folder>... [--format text|json] [--level AA|AAA]
          doctoury-graphics --help | --version

        render writes, for each spec, into <dir>:
          <id>.png, <id>@2x.png, <id>.svg, <id>.alt.txt, <id>.description.md,
          <id>.description.html, <id>.figure.html, and updates <dir>/manifest.json.
        check validates specs and audits the picture each would draw, writing nothing.
        The audit measures WCAG 2.2 contrast of every text and needed graphic, text
        size, and text outside its box; render refuses to write a spec that fails it
        unless --allow-audit-failures is given.
        A folder stands for the .yaml files directly inside it.
        --svg-mode structured writes SVGs for inline use: the steps form a list of
        "Step n of N" items; the default is one atomic image (role="img").

        Problems are printed as 'file(line,col): error DG0003: message fix';
        --format json prints one JSON document instead.

        Exit codes: 0 success, 1 a spec has errors, 2 wrong command line.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Help);
            return args.Length == 0 ? Usage : Ok;
        }
        if (args[0] is "--version")
        {
            stdout.WriteLine(typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0");
            return Ok;
        }
        return args[0] switch
        {
            "render" => RenderCommand.Run(args[1..], stdout, stderr),
            "check" => CheckCommand.Run(args[1..], stdout, stderr),
            _ => UsageError(stderr, $"unknown command '{args[0]}'. Try 'doctoury-graphics --help'."),
        };
    }

    public static int UsageError(TextWriter stderr, string message)
    {
        stderr.WriteLine($"doctoury-graphics: {message}");
        return Usage;
    }
}
