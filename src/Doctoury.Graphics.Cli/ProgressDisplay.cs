namespace Doctoury.Graphics.Cli;

/// <summary>
/// Progress of a batch: a bar redrawn in place on a terminal, plain lines when output is
/// redirected or <c>CI</c> is set. Thread-safe, since specs finish on several threads.
/// </summary>
internal sealed class ProgressDisplay(int total, RenderOptions options, TextWriter stdout, TextWriter stderr)
{
    private readonly object _gate = new();
    private readonly bool _interactive = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) && options.Report == OutputFormat.Text;
    private int _done;

    public void Done(SpecResult result)
    {
        lock (_gate)
        {
            _done++;
            if (options.Report == OutputFormat.Text)
            {
                foreach (var diagnostic in result.Report.Diagnostics) stderr.WriteLine((_interactive ? "\r\u001b[K" : "") + diagnostic);
            }
            if (_interactive)
            {
                const int Width = 30;
                var filled = Width * _done / total;
                stderr.Write($"\r\u001b[K[{new string('#', filled)}{new string('.', Width - filled)}] {_done}/{total} {Path.GetFileName(result.Report.File)}");
            }
            else if (options.Report == OutputFormat.Text)
            {
                var what = result.Status switch
                {
                    RenderStatus.Written => $"wrote {string.Join(", ", result.Report.Written.Select(f => Path.Combine(options.OutDir, f.Path)))} in {result.Milliseconds} ms",
                    RenderStatus.UpToDate => "up to date",
                    _ => "failed",
                };
                stdout.WriteLine($"[{_done}/{total}] {result.Report.File}: {what}");
            }
        }
    }

    public void Finish()
    {
        if (_interactive) stderr.WriteLine();
    }
}
