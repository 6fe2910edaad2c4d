namespace Doctoury.Graphics;

/// <summary>Thrown by <see cref="Infographic.Load(string)"/> and <see cref="Infographic.FromYaml"/> when a spec has errors.</summary>
public sealed class InfographicException : Exception
{
    /// <summary>Creates the exception from the diagnostics that caused it.</summary>
    public InfographicException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString())))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every diagnostic found, errors and warnings, in document order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
