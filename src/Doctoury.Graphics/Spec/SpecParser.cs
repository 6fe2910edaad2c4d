using System.Text;

namespace Doctoury.Graphics.Spec;

/// <summary>YAML text to a validated spec, or the diagnostics that say why not. Never throws on content.</summary>
internal static class SpecParser
{
    public static (InfographicSpec? Spec, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text, string file)
    {
        var diagnostics = new DiagnosticSink(file);
        if (Encoding.UTF8.GetByteCount(text) > SpecLimits.MaxFileBytes)
        {
            diagnostics.Error(SpecCodes.Limit, new SourceMark(1, 1), "", $"The spec is larger than {SpecLimits.MaxFileBytes / 1024} KiB.", "A spec is a short description; move long text to the page.");
            return (null, diagnostics.Items);
        }
        var root = YamlReader.Read(text, diagnostics);
        if (root is null) return (null, diagnostics.Items);
        var spec = new SpecBinder(diagnostics).Bind(root);
        return (diagnostics.HasErrors ? null : spec, diagnostics.Items);
    }
}
