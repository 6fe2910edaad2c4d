using System.Collections.Immutable;
using System.Text;
using Doctoury.Graphics.Accessibility;
using Doctoury.Graphics.Audit;
using Doctoury.Graphics.Layout;
using Doctoury.Graphics.Localization;
using Doctoury.Graphics.Rendering.Png;
using Doctoury.Graphics.Rendering.Svg;
using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Spec;
using Doctoury.Graphics.Text;
using Doctoury.Graphics.Themes;

namespace Doctoury.Graphics;

/// <summary>
/// An infographic loaded from a YAML spec: the one entry point of the library.
/// Load or parse once, then render to PNG or SVG and ask for its text alternatives.
/// Instances are immutable and safe to use from several threads.
/// </summary>
/// <example>
/// <code>
/// var infographic = Infographic.Load("specs/car-t-cell-therapy.yaml");
/// using var png = File.Create("car-t.png");
/// infographic.RenderPng(png, scale: 2);
/// Console.WriteLine(infographic.AltText);
/// </code>
/// </example>
public sealed class Infographic
{
    private readonly Lazy<InfographicScene> _scene;
    private readonly Lazy<DescriptionModel> _description;
    private readonly Lazy<InfographicDescription> _described; // used by PNG metadata, the figure and the files
    private readonly Lazy<Infographic> _otherOrientation;

    private Infographic(InfographicSpec spec, string? specFile = null)
        : this(spec, specFile is null ? [.. spec.IconFiles] : [specFile, .. spec.IconFiles], Orientation.Horizontal, null)
    {
    }

    /// <summary>One cut of the spec; <paramref name="other"/>, when given, is the other cut, whose words this one shares.</summary>
    private Infographic(InfographicSpec spec, IReadOnlyList<string> sourceFiles, Orientation orientation, Infographic? other)
    {
        Spec = spec;
        SourceFiles = sourceFiles;
        Orientation = orientation;
        _scene = new Lazy<InfographicScene>(() => InfographicLayout.Build(spec, SkiaTextMeasurer.Instance, orientation));
        if (other is not null)
        {
            // Both cuts carry the same words, so they share the descriptions and the alt text.
            _description = other._description;
            _described = other._described;
            AltText = other.AltText;
            _otherOrientation = new Lazy<Infographic>(other);
            return;
        }
        _description = new Lazy<DescriptionModel>(() => DescriptionModel.From(spec));
        _described = new Lazy<InfographicDescription>(() =>
            new InfographicDescription(DescriptionWriter.PlainText(_description.Value), DescriptionWriter.Markdown(_description.Value), DescriptionWriter.Html(_description.Value)));
        AltText = AltTextWriter.Short(spec);
        var opposite = orientation == Orientation.Horizontal ? Orientation.Vertical : Orientation.Horizontal;
        _otherOrientation = new Lazy<Infographic>(() => new Infographic(spec, sourceFiles, opposite, this));
    }

    internal InfographicSpec Spec { get; }

    internal InfographicScene Scene => _scene.Value;

    /// <summary>
    /// Full paths of the files this infographic was read from: the spec file (when loaded from one)
    /// and any custom icon files. A watcher re-renders when one of them changes.
    /// </summary>
    public IReadOnlyList<string> SourceFiles { get; }

    /// <summary>The spec's <c>id</c>: the stem of every output file and the prefix of every SVG id.</summary>
    public string Id => Spec.Id;

    /// <summary>The spec's title.</summary>
    public string Title => Spec.Title;

    /// <summary>The BCP 47 language tag of the text.</summary>
    public string Language => Spec.Lang;

    /// <summary>
    /// The BCP 47 tag of the words the library writes itself (the generated alt text, the long
    /// description's sentences, "Step n of N"): <see cref="Language"/> when the library has words for
    /// it (see <see cref="GeneratedTextLanguages"/>), else <c>"en"</c>, and loading warns (DG0026).
    /// </summary>
    public string GeneratedTextLanguage => LanguageTable.Resolve(Spec.Lang).GeneratedTag(Spec.Lang);

    /// <summary>The primary language subtags the library writes its generated text in ("ar", "de", "en", …), sorted.</summary>
    public static IReadOnlyList<string> GeneratedTextLanguages { get; } = [.. LanguageTable.All.Select(p => p.Tag).Order(StringComparer.Ordinal)];

    private Words Words => LanguageTable.For(Spec.Lang).Words;

    /// <summary>The language of the generated words when it is not the spec's ("en"), else null: what gets marked.</summary>
    private string? GeneratedLang => LanguageTable.Resolve(Spec.Lang).HasTable ? null : LanguageTable.For(Spec.Lang).Tag;

    /// <summary>The language to mark the alt with: the generated English one, not an author's.</summary>
    private string? GeneratedAltLang => Spec.Alt?.Short is null ? GeneratedLang : null;

    /// <summary>
    /// The cut this instance draws: <see cref="Orientation.Horizontal"/> for an infographic just loaded or
    /// parsed; <see cref="WithOrientation"/> gives the other one.
    /// </summary>
    public Orientation Orientation { get; }

    /// <summary>
    /// The same infographic drawn in the given cut: every member of the result (<see cref="RenderPng(Stream, double)"/>,
    /// <see cref="RenderSvg(Stream, SvgMode, bool, bool)"/>, <see cref="Width"/>, <see cref="Height"/>, <see cref="Audit"/>,
    /// <see cref="FigureHtml(string, string?)"/>) uses that layout. The alt text and the long description are the
    /// same for both cuts, since they carry the same words. Cheap: the spec is shared, and each cut is laid out once.
    /// </summary>
    /// <param name="orientation"><see cref="Orientation.Horizontal"/> (the spec's <c>width</c>) or <see cref="Orientation.Vertical"/> (the phone cut, the spec's <c>vertical.width</c>).</param>
    /// <returns>This instance when it already draws that cut.</returns>
    /// <example><code>
    /// var phone = Infographic.Load("specs/car-t-cell-therapy.yaml").WithOrientation(Orientation.Vertical);
    /// using var png = File.Create("car-t.vertical.png");
    /// phone.RenderPng(png);      // 360 px wide
    /// </code></example>
    public Infographic WithOrientation(Orientation orientation)
    {
        if (!Enum.IsDefined(orientation)) throw new ArgumentOutOfRangeException(nameof(orientation), orientation, "Use Orientation.Horizontal or Orientation.Vertical.");
        return orientation == Orientation ? this : _otherOrientation.Value;
    }

    /// <summary>
    /// The same infographic in a built-in theme, whatever its spec says (its own colour overrides
    /// are dropped too), in the same cut: for comparing themes without editing the file.
    /// </summary>
    /// <param name="theme">A name from <see cref="Bundled.ThemeNames"/>: <c>doctoury</c>, <c>dark</c> or <c>high-contrast</c>.</param>
    /// <exception cref="ArgumentException">The name is not a built-in theme.</exception>
    public Infographic WithTheme(string theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        if (!BuiltInThemes.Names.Contains(theme)) throw new ArgumentException($"'{theme}' is not a built-in theme; use {string.Join(", ", BuiltInThemes.Names)}.", nameof(theme));
        var themed = new Infographic(Spec with { Theme = new ThemeSpec(theme, ImmutableSortedDictionary<string, string>.Empty) }, SourceFiles, Orientation.Horizontal, null);
        return themed.WithOrientation(Orientation);
    }

    /// <summary>
    /// Width in CSS pixels at 1x: the spec's <c>width</c> (1600 by default) for the horizontal cut, its
    /// <c>vertical.width</c> (360 by default) for the vertical one.
    /// </summary>
    public int Width => (int)Math.Round(Scene.Width);

    /// <summary>Height in CSS pixels at 1x; it follows the content.</summary>
    public int Height => (int)Math.Round(Scene.Height);

    /// <summary>The short alternative text: one sentence, at most 150 characters, or the spec's <c>alt.short</c>.</summary>
    public string AltText { get; }

    /// <summary>
    /// Reads a spec from YAML text. Never throws for bad content: problems come back as diagnostics.
    /// </summary>
    /// <param name="yaml">The spec text.</param>
    /// <param name="fileName">The name used in diagnostics; <c>&lt;text&gt;</c> when null.</param>
    public static InfographicParseResult Parse(string yaml, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var (spec, diagnostics) = SpecParser.Parse(yaml, fileName ?? "<text>", folder: null);
        return new InfographicParseResult(spec is null ? null : new Infographic(spec), diagnostics);
    }

    /// <summary>
    /// Reads a spec from text that came from a file: diagnostics name <paramref name="fileName"/>, and
    /// custom icon files are read from <paramref name="specFile"/>'s folder when it is given.
    /// For hosts that read the file themselves (and hash what they read).
    /// </summary>
    internal static InfographicParseResult ParseText(string yaml, string fileName, string? specFile)
    {
        var full = specFile is null ? null : Path.GetFullPath(specFile);
        var (spec, diagnostics) = SpecParser.Parse(yaml, fileName, full is null ? null : Path.GetDirectoryName(full));
        return new InfographicParseResult(spec is null ? null : new Infographic(spec, full), diagnostics);
    }

    /// <summary>
    /// Reads a spec file, which must be UTF-8. Never throws for bad content or a missing file:
    /// problems come back as diagnostics. Custom icons (<c>icon: ./my-icon.svg</c>) are read from
    /// the spec's folder only.
    /// </summary>
    /// <param name="path">The spec file; it is also the name used in diagnostics.</param>
    public static InfographicParseResult ParseFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (spec, diagnostics) = ReadFile(path, out var bytes) is { } problem
            ? (null, [problem])
            : SpecParser.Parse(bytes, path, Path.GetDirectoryName(Path.GetFullPath(path)));
        return new InfographicParseResult(spec is null ? null : new Infographic(spec, Path.GetFullPath(path)), diagnostics);
    }

    /// <summary>Reads a spec from YAML text.</summary>
    /// <exception cref="InfographicException">The spec has errors; the exception lists every diagnostic.</exception>
    public static Infographic FromYaml(string yaml, string? fileName = null)
    {
        var result = Parse(yaml, fileName);
        return result.Infographic ?? throw new InfographicException(result.Diagnostics);
    }

    /// <summary>Reads a spec file (UTF-8), as <see cref="ParseFile"/> does.</summary>
    /// <exception cref="InfographicException">The spec has errors or cannot be read; the exception lists every diagnostic.</exception>
    public static Infographic Load(string path)
    {
        var result = ParseFile(path);
        return result.Infographic ?? throw new InfographicException(result.Diagnostics);
    }

    /// <summary>Reads at most the size limit plus one byte, so a huge file costs nothing.</summary>
    private static Diagnostic? ReadFile(string path, out byte[] bytes)
    {
        bytes = [];
        Diagnostic Problem(string message, string? fix) => new(SpecCodes.Io, DiagnosticSeverity.Error, message, path, 1, 1, "", fix);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return Problem(Directory.Exists(path) ? "This is a folder, not a spec file." : "The file does not exist.", "Check the path.");
            if (info.Length > SpecLimits.MaxFileBytes)
            {
                return new Diagnostic(SpecCodes.Limit, DiagnosticSeverity.Error, $"The spec is larger than {SpecLimits.MaxFileBytes / 1024} KiB.", path, 1, 1, "", "A spec is a short description; move long text to the page.");
            }
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var buffer = new byte[Math.Min(SpecLimits.MaxFileBytes + 1, Math.Max(info.Length, 0) + 1)];
            var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            bytes = buffer[..length];
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Problem("The file cannot be read: " + e.Message, "Check the path and the file's permissions.");
        }
    }

    /// <summary>
    /// Writes the picture as PNG. The file carries the title, the short alt and the long description
    /// as XMP (IPTC AltTextAccessibility and ExtDescrAccessibility) and as PNG text chunks.
    /// </summary>
    /// <param name="output">Where the PNG bytes go; left open.</param>
    /// <param name="scale">Device pixels per CSS pixel: 1 for the 1x image, 2 for the 2x image. Between 0.25 and 8.</param>
    public void RenderPng(Stream output, double scale = 1) => RenderPng(output, scale, onAllCores: true);

    /// <param name="output">Where the PNG bytes go; left open.</param>
    /// <param name="scale">Device pixels per CSS pixel.</param>
    /// <param name="onAllCores">
    /// False when the caller already keeps every core busy (a batch of specs): the picture's strips
    /// are then compressed one after another on this thread. The bytes are the same either way.
    /// </param>
    internal void RenderPng(Stream output, double scale, bool onAllCores)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 0.25);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scale, 8);
        PngRenderer.Render(Scene, scale, output, PathIconPainter.Instance, new PngText(Title, AltText, Describe().PlainText, Language), onAllCores);
    }

    /// <summary>The picture as PNG bytes.</summary>
    /// <param name="scale">Device pixels per CSS pixel, 1 by default.</param>
    public byte[] RenderPng(double scale = 1)
    {
        using var memory = new MemoryStream();
        RenderPng(memory, scale);
        return memory.ToArray();
    }

    /// <summary>Writes the picture as an accessible SVG (UTF-8).</summary>
    /// <param name="output">Where the SVG goes; left open.</param>
    /// <param name="mode">One atomic image (the default), or a structured graphic for inline use.</param>
    /// <param name="followColorScheme">
    /// When true, the SVG also carries the built-in <c>dark</c> palette (or <c>doctoury</c>, for a
    /// dark spec) and switches to it when the reader's system prefers that scheme
    /// (<c>prefers-color-scheme</c>). Both built-in palettes pass the audit on their own.
    /// </param>
    /// <param name="outlineText">
    /// When true, text is drawn as glyph outlines from the same shaping as the PNG, with no font
    /// embedded: for renderers that ignore embedded fonts (librsvg, ImageMagick, design tools). The
    /// title, description and structured labels stay as they are; browsers should get real text.
    /// </param>
    public void RenderSvg(Stream output, SvgMode mode = SvgMode.Image, bool followColorScheme = false, bool outlineText = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        string? css = null;
        if (followColorScheme)
        {
            var (alternate, scheme) = AlternateScene();
            css = ColorSchemeCss.Build(Scene, alternate, scheme);
        }
        SvgRenderer.Render(Scene, new SvgText(AltText, DescriptionWriter.Brief(_description.Value)) { TitleLang = GeneratedAltLang, GeneratedLang = GeneratedLang }, output, mode, css, outlineText);
    }

    /// <summary>The picture as SVG text.</summary>
    /// <param name="mode">One atomic image (the default), or a structured graphic for inline use.</param>
    /// <param name="followColorScheme">Also carry the other built-in palette for <c>prefers-color-scheme</c>.</param>
    /// <param name="outlineText">Text as glyph outlines, no font embedded, for renderers that ignore embedded fonts.</param>
    public string RenderSvg(SvgMode mode = SvgMode.Image, bool followColorScheme = false, bool outlineText = false)
    {
        using var memory = new MemoryStream();
        RenderSvg(memory, mode, followColorScheme, outlineText);
        return Encoding.UTF8.GetString(memory.ToArray());
    }

    /// <summary>The same layout in the other built-in palette, and the scheme it serves.</summary>
    internal (InfographicScene Scene, string Scheme) AlternateScene()
    {
        var dark = Spec.Theme.Base == "dark";
        var spec = Spec with { Theme = new ThemeSpec(dark ? BuiltInThemes.DefaultName : "dark", ImmutableSortedDictionary<string, string>.Empty) };
        return (InfographicLayout.Build(spec, SkiaTextMeasurer.Instance, Orientation), dark ? "light" : "dark");
    }

    /// <summary>
    /// Checks the picture as drawn: contrast of every text run against the opaque colour behind it
    /// (WCAG 2.2, 4.5:1 or 3:1 for large text at AA; 7:1 or 4.5:1 at AAA), contrast of connectors,
    /// number badges, icons and card bands (3:1), text size (12 px for any text, 16 px for body text
    /// at 1x), text outside its box or over other text, and glyphs the fonts lack.
    /// </summary>
    /// <remarks>
    /// Each contrast finding of the main palette carries a <see cref="AuditFinding.Suggestion"/>: the theme
    /// colour that caused it, where the spec sets it, and the nearest colour of the same hue that passes
    /// against every colour it is drawn with, in both cuts. The alternate palette is the built-in one, which
    /// no spec sets, so its findings carry none.
    /// </remarks>
    /// <param name="level">AA (the default) or AAA.</param>
    /// <param name="alternatePalette">Audit the palette that <c>followColorScheme</c> SVGs switch to, instead of the main one.</param>
    public AuditReport Audit(AuditLevel level = AuditLevel.AA, bool alternatePalette = false)
    {
        if (alternatePalette) return SceneAudit.Run(AlternateScene().Scene, level);
        var other = Orientation == Orientation.Horizontal ? Orientation.Vertical : Orientation.Horizontal;
        return ColorAdvice.Attach(SceneAudit.Run(Scene, level), Spec, probe =>
            [InfographicLayout.Build(probe, SkiaTextMeasurer.Instance, Orientation), InfographicLayout.Build(probe, SkiaTextMeasurer.Instance, other)]);
    }

    /// <summary>The long description, carrying every word of the picture, as plain text, Markdown and HTML.</summary>
    public InfographicDescription Describe() => _described.Value;

    /// <summary>
    /// An HTML <c>&lt;figure&gt;</c> that shows one PNG (of this instance's cut) with its alt text, which ends
    /// with "Full description below.", and carries the long description in its caption, ready to paste into a page.
    /// To serve the vertical cut to phones as well, use <see cref="FigureHtml(string, string?, string, string?)"/>.
    /// </summary>
    /// <param name="pngUrl">The URL of the 1x PNG, for example <c>car-t-cell-therapy.png</c>.</param>
    /// <param name="png2xUrl">The URL of the 2x PNG, or null.</param>
    public string FigureHtml(string pngUrl, string? png2xUrl = null)
    {
        ArgumentNullException.ThrowIfNull(pngUrl);
        return FigureWriter.Write(Id, new FigureImage(pngUrl, png2xUrl, Width, Height), null, AltTextWriter.ForFigure(Spec), Describe().Html, Words, GeneratedAltLang, GeneratedLang, RightToLeftLang);
    }

    /// <summary>The spec's language when it is written right to left (the figure then says so), else null.</summary>
    private string? RightToLeftLang => Localization.LanguageTable.DirectionOf(Spec.Lang) == Localization.TextDirection.Rtl ? Spec.Lang : null;

    /// <summary>
    /// A responsive HTML <c>&lt;figure&gt;</c>: a <c>&lt;picture&gt;</c> whose <c>&lt;source&gt;</c> serves the
    /// vertical PNGs to narrow screens and whose <c>&lt;img&gt;</c> is the horizontal PNG, each with its
    /// <c>width</c> and <c>height</c> so the page does not jump while it loads; the alt text and the long
    /// description in the caption are those of <see cref="FigureHtml(string, string?)"/>, and are the same
    /// from either cut. The vertical picture is served up to a viewport of 60 % of the horizontal width
    /// (959 CSS px for a 1600 px picture): below that, the horizontal picture would be scaled under
    /// 60 % and its body text under about 11 px. Pages should let images shrink to their container
    /// (<c>img { max-width: 100%; height: auto; }</c>), so the figure reflows at 320 CSS px (WCAG 1.4.10).
    /// </summary>
    /// <param name="pngUrl">The URL of the horizontal 1x PNG, for example <c>car-t-cell-therapy.png</c>.</param>
    /// <param name="png2xUrl">The URL of the horizontal 2x PNG, or null.</param>
    /// <param name="verticalPngUrl">The URL of the vertical 1x PNG, for example <c>car-t-cell-therapy.vertical.png</c>.</param>
    /// <param name="verticalPng2xUrl">The URL of the vertical 2x PNG, or null.</param>
    public string FigureHtml(string pngUrl, string? png2xUrl, string verticalPngUrl, string? verticalPng2xUrl = null)
    {
        ArgumentNullException.ThrowIfNull(pngUrl);
        ArgumentNullException.ThrowIfNull(verticalPngUrl);
        var horizontal = WithOrientation(Orientation.Horizontal);
        var vertical = WithOrientation(Orientation.Vertical);
        var narrow = new FigureImage(verticalPngUrl, verticalPng2xUrl, vertical.Width, vertical.Height);
        return FigureWriter.Write(Id, new FigureImage(pngUrl, png2xUrl, horizontal.Width, horizontal.Height), (narrow, FigureWriter.Breakpoint(horizontal.Width)),
            AltTextWriter.ForFigure(Spec), Describe().Html, Words, GeneratedAltLang, GeneratedLang, RightToLeftLang);
    }
}

/// <summary>The result of <see cref="Infographic.Parse"/>: the infographic, or null when there are errors, and every diagnostic.</summary>
/// <param name="Infographic">The infographic, or null when any diagnostic is an error.</param>
/// <param name="Diagnostics">Every problem found, in document order.</param>
public sealed record InfographicParseResult(Infographic? Infographic, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the spec has no errors.</summary>
    public bool Success => Infographic is not null;
}

/// <summary>A long description in three formats with the same content.</summary>
/// <param name="PlainText">Plain text, for PNG metadata and text files.</param>
/// <param name="Markdown">Markdown, for documentation sites.</param>
/// <param name="Html">An HTML fragment: overview paragraph, ordered list of steps, a heading and list per panel.</param>
public sealed record InfographicDescription(string PlainText, string Markdown, string Html);
