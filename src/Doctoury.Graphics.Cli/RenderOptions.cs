namespace Doctoury.Graphics.Cli;

/// <summary>What <c>render</c> was asked to do, parsed from its command line.</summary>
internal sealed record RenderOptions(
    IReadOnlyList<string> Inputs,
    string OutDir,
    OutputFormat Report,
    IReadOnlySet<string> Kinds,
    IReadOnlyList<int> Scales,
    SvgMode SvgMode,
    AuditLevel Level,
    bool AllowAuditFailures,
    bool Force,
    bool FollowColorScheme = false,
    IReadOnlyList<Orientation>? Layout = null,
    string? Theme = null,
    bool OutlineText = false,
    Shard? Shard = null)
{
    /// <summary>The cuts to write: both unless <c>--layout</c> says otherwise.</summary>
    public IReadOnlyList<Orientation> Layouts => Layout ?? LayoutOption.Both;

    /// <summary>The outputs <c>--format</c> can pick; all of them by default.</summary>
    public static readonly string[] AllKinds = ["png", "svg", "alt", "description", "figure"];

    /// <summary>Everything that changes the bytes written, for the up-to-date check.</summary>
    public string Fingerprint => $"kinds={string.Join(",", Kinds.Order())};scales={string.Join(",", Scales.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)))};svg={SvgMode};scheme={FollowColorScheme};level={Level};layout={string.Join(",", Layouts.Select(l => l.ToString()))};theme={Theme};outlines={OutlineText}";

    /// <summary>Parses the arguments after <c>render</c>; null with the message when they are wrong.</summary>
    public static (RenderOptions? Options, string? Error, bool Help) Parse(IReadOnlyList<string> args)
    {
        var inputs = new List<string>();
        string? outDir = null;
        var report = OutputFormat.Text;
        var kinds = new SortedSet<string>(AllKinds, StringComparer.Ordinal);
        var scales = new SortedSet<int> { 1, 2 };
        var svgMode = SvgMode.Image;
        var level = AuditLevel.AA;
        bool allow = false, force = false, follow = false, outlines = false;
        var layouts = LayoutOption.Both;
        string? theme = null;
        Shard? shard = null;
        for (var i = 0; i < args.Count; i++)
        {
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            switch (args[i])
            {
                case "-h" or "--help":
                    return (null, null, true);
                case "--out" or "-o":
                    outDir = Value();
                    if (outDir is null) return (null, "--out needs a folder.", false);
                    break;
                case "--format":
                    // Output kinds (png,svg,alt,description,figure) and/or how to report (text or json).
                    var format = Value();
                    if (format is null) return (null, "--format takes output kinds (png,svg,alt,description,figure) and/or 'text' or 'json'.", false);
                    var picked = format.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    var unknown = picked.Where(p => !AllKinds.Contains(p) && p is not ("text" or "json")).ToList();
                    if (unknown.Count > 0) return (null, $"--format: unknown '{string.Join("', '", unknown)}'; use png, svg, alt, description, figure, text or json.", false);
                    if (picked.Contains("json")) report = OutputFormat.Json;
                    if (picked.Any(AllKinds.Contains)) kinds = new SortedSet<string>(picked.Where(AllKinds.Contains), StringComparer.Ordinal);
                    break;
                case "--scale":
                    var scaleText = Value();
                    if (scaleText is null) return (null, "--scale takes densities such as 3 or 2,3 (1x is always written).", false);
                    foreach (var part in scaleText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        if (!int.TryParse(part.TrimEnd('x'), out var scale) || scale is < 1 or > 4) return (null, $"--scale: '{part}' is not a density from 1 to 4.", false);
                        scales.Add(scale);
                    }
                    break;
                case "--svg-text":
                    var textMode = Value();
                    if (textMode is not ("text" or "outlines")) return (null, "--svg-text takes 'text' or 'outlines'.", false);
                    outlines = textMode == "outlines";
                    break;
                case "--svg-mode":
                    var mode = Value();
                    if (mode is not ("image" or "structured")) return (null, "--svg-mode takes 'image' or 'structured'.", false);
                    svgMode = mode == "structured" ? SvgMode.Structured : SvgMode.Image;
                    break;
                case "--layout":
                    if (LayoutOption.Parse(Value()) is not { } chosen) return (null, LayoutOption.Usage, false);
                    layouts = chosen;
                    break;
                case "--level":
                    if (Value() is not { } levelText || !AuditOutput.TryParseLevel(levelText, out level)) return (null, "--level takes 'AA' or 'AAA'.", false);
                    break;
                case "--theme":
                    if (ThemeOption.Parse(Value()) is not { } themeName) return (null, ThemeOption.Usage, false);
                    theme = themeName;
                    break;
                case "--shard":
                    if (Shard.Parse(Value()) is not { } slice) return (null, Shard.Usage, false);
                    shard = slice;
                    break;
                case "--allow-audit-failures":
                    allow = true;
                    break;
                case "--force":
                    force = true;
                    break;
                case "--follow-color-scheme":
                    follow = true;
                    break;
                default:
                    if (args[i].StartsWith('-')) return (null, $"unknown option '{args[i]}' for render. Try 'doctoury-graphics render --help'.", false);
                    inputs.Add(args[i]);
                    break;
            }
        }
        if (inputs.Count == 0) return (null, "render needs at least one spec file or folder, for example 'render specs --out out'.", false);
        if (outDir is null) return (null, "render needs '--out <folder>'.", false);
        return (new RenderOptions(inputs, outDir, report, kinds, [.. scales], svgMode, level, allow, force, follow, layouts, theme, outlines, shard), null, false);
    }
}
