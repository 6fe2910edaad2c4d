namespace Doctoury.Graphics.Spec;

/// <summary>YAML text to a validated spec, or the diagnostics that say why not. Never throws on content.</summary>
internal static class SpecParser
{
    /// <param name="text">The spec text.</param>
    /// <param name="file">The name used in diagnostics.</param>
    /// <param name="folder">The spec's folder, where custom icon files may live; null when the text has no folder.</param>
    public static (InfographicSpec? Spec, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text, string file, string? folder)
    {
        var diagnostics = new DiagnosticSink(file);
        if (SpecSource.ByteCount(text) > SpecLimits.MaxFileBytes)
        {
            diagnostics.Error(SpecCodes.Limit, new SourceMark(1, 1), "", $"The spec is larger than {SpecLimits.MaxFileBytes / 1024} KiB.", "A spec is a short description; move long text to the page.");
            return (null, diagnostics.Items);
        }
        return Bind(text, diagnostics, folder);
    }

    /// <summary>Like <see cref="Parse(string, string, string?)"/>, from the file's bytes, which must be UTF-8.</summary>
    public static (InfographicSpec? Spec, IReadOnlyList<Diagnostic> Diagnostics) Parse(ReadOnlySpan<byte> utf8, string file, string? folder)
    {
        var diagnostics = new DiagnosticSink(file);
        var text = SpecSource.Decode(utf8, diagnostics);
        return text is null ? (null, diagnostics.Items) : Bind(text, diagnostics, folder);
    }

    private static (InfographicSpec?, IReadOnlyList<Diagnostic>) Bind(string text, DiagnosticSink diagnostics, string? folder)
    {
        var root = YamlReader.Read(text, diagnostics);
        if (root is null) return (null, diagnostics.Items);
        var spec = new SpecBinder(diagnostics, folder).Bind(root);
        return (diagnostics.HasErrors ? null : spec, diagnostics.Items);
    }
}
