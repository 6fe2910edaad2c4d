using System.Text.Json;

namespace Doctoury.Graphics.Cli;

/// <summary>How the CLI prints results: compiler-style lines for people and editors, or JSON for machines.</summary>
internal enum OutputFormat { Text, Json }

/// <summary>The result of one spec: its diagnostics and, for render, the files written. For merge, <c>File</c> is a shard's manifest.</summary>
internal sealed record SpecReport(string File, string? Id, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OutputFile> Written)
{
    public bool Failed => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>Writes <see cref="SpecReport"/>s. JSON is one document, with stable key order, for tools and CI.</summary>
internal static class DiagnosticReport
{
    public const int JsonVersion = 1;

    public static bool TryParseFormat(string value, out OutputFormat format)
    {
        format = value switch { "text" => OutputFormat.Text, "json" => OutputFormat.Json, _ => (OutputFormat)(-1) };
        return Enum.IsDefined(format);
    }

    public static void WriteJson(TextWriter output, string command, IReadOnlyList<SpecReport> reports)
    {
        using var memory = new MemoryStream();
        using (var json = new Utf8JsonWriter(memory, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", JsonVersion);
            json.WriteString("command", command);
            json.WriteNumber("errors", reports.Sum(r => r.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)));
            json.WriteNumber("warnings", reports.Sum(r => r.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning)));
            json.WriteStartArray("specs");
            foreach (var report in reports)
            {
                json.WriteStartObject();
                json.WriteString("file", report.File);
                if (report.Id is { } id) json.WriteString("id", id);
                json.WriteBoolean("ok", !report.Failed);
                json.WriteStartArray("diagnostics");
                foreach (var d in report.Diagnostics) WriteDiagnostic(json, d);
                json.WriteEndArray();
                if (command is "render" or "merge") // the files render wrote, or merge copied
                {
                    json.WriteStartArray("written");
                    foreach (var file in report.Written) json.WriteStringValue(file.Path);
                    json.WriteEndArray();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(memory.ToArray()));
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("code", d.Code);
        json.WriteString("severity", d.Severity == DiagnosticSeverity.Error ? "error" : "warning");
        json.WriteString("message", d.Message);
        json.WriteString("file", d.File);
        json.WriteNumber("line", d.Line);
        json.WriteNumber("column", d.Column);
        json.WriteString("path", d.Path);
        if (d.Fix is { } fix) json.WriteString("fix", fix); else json.WriteNull("fix");
        json.WriteEndObject();
    }
}
