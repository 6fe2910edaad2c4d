namespace Doctoury.Graphics.Spec;

/// <summary>Collects every diagnostic of one file, so a user sees all problems at once.</summary>
internal sealed class DiagnosticSink(string file)
{
    private readonly List<Diagnostic> _items = [];

    public string File { get; } = file;
    /// <summary>Every diagnostic in document order (binding visits keys in its own order).</summary>
    public IReadOnlyList<Diagnostic> Items => _items.OrderBy(d => d.Line).ThenBy(d => d.Column).ToList();
    public bool HasErrors => _items.Any(d => d.Severity == DiagnosticSeverity.Error);

    public void Error(string code, SourceMark at, string path, string message, string? fix) =>
        _items.Add(new Diagnostic(code, DiagnosticSeverity.Error, message, File, at.Line, at.Column, path, fix));

    public void Warning(string code, SourceMark at, string path, string message, string? fix) =>
        _items.Add(new Diagnostic(code, DiagnosticSeverity.Warning, message, File, at.Line, at.Column, path, fix));
}
