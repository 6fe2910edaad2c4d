namespace Doctoury.Graphics.Cli;

/// <summary>The table printed after a batch: one row a spec, then the totals.</summary>
internal static class Summary
{
    public static void Write(TextWriter output, IReadOnlyList<SpecResult> results, string outDir, long milliseconds)
    {
        var rows = results.Select(r => (
            Spec: Path.GetFileName(r.Report.File),
            Id: r.Report.Id ?? "-",
            Status: r.Status switch { RenderStatus.Written => "written", RenderStatus.UpToDate => "up to date", _ => "FAILED" },
            Files: r.Status == RenderStatus.Failed ? "-" : (r.Entry?.Files.Count ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Time: r.Status == RenderStatus.Written ? $"{r.Milliseconds} ms" : "",
            Where: r.Entry is null ? "" : Path.Combine(outDir, r.Entry.Id + "*"))).ToList();
        var widths = new[]
        {
            Math.Max(4, rows.Max(r => r.Spec.Length)), Math.Max(2, rows.Max(r => r.Id.Length)), Math.Max(6, rows.Max(r => r.Status.Length)), 5,
            Math.Max(4, rows.Max(r => r.Time.Length)),
        };
        output.WriteLine();
        output.WriteLine($"{"spec".PadRight(widths[0])}  {"id".PadRight(widths[1])}  {"status".PadRight(widths[2])}  {"files".PadLeft(widths[3])}  {"time".PadRight(widths[4])}  where");
        foreach (var row in rows)
        {
            output.WriteLine($"{row.Spec.PadRight(widths[0])}  {row.Id.PadRight(widths[1])}  {row.Status.PadRight(widths[2])}  {row.Files.PadLeft(widths[3])}  {row.Time.PadRight(widths[4])}  {row.Where}".TrimEnd());
        }
        var written = results.Count(r => r.Status == RenderStatus.Written);
        var upToDate = results.Count(r => r.Status == RenderStatus.UpToDate);
        var failed = results.Count(r => r.Status == RenderStatus.Failed);
        output.WriteLine($"{written} written, {upToDate} up to date, {failed} failed, into {outDir}/manifest.json, in {milliseconds} ms.");
    }
}
