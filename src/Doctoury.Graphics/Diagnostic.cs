namespace Doctoury.Graphics;

/// <summary>How bad a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The spec can still be rendered.</summary>
    Warning,
    /// <summary>The spec cannot be rendered until this is fixed.</summary>
    Error,
}

/// <summary>
/// One problem found in a spec, with the place it was found: file, 1-based line and column,
/// and the path inside the document (for example <c>process.steps[2].summary</c>).
/// </summary>
/// <param name="Code">A stable code such as <c>DG0003</c>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <param name="File">The file name given to the loader, or <c>&lt;text&gt;</c>.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Path">Where in the document, for example <c>process.steps[0].icon</c>; empty for the whole file.</param>
/// <param name="Fix">How to fix it, when there is an obvious fix; otherwise null.</param>
public sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    string Message,
    string File,
    int Line,
    int Column,
    string Path,
    string? Fix)
{
    /// <summary>The canonical compiler form: <c>file(line,col): error DG0003: message fix</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var fix = Fix is null ? "" : " " + Fix;
        return $"{File}({Line},{Column}): {severity} {Code}: {Message}{fix}";
    }
}
