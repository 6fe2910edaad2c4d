using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Doctoury.Graphics.Cli;

/// <summary>
/// The watch preview on 127.0.0.1 only: one page with every spec's PNG and SVG side by side, its
/// alt text, long description, diagnostics and audit findings, and a server-sent event stream
/// that makes the page reload after each render.
/// </summary>
internal sealed partial class PreviewServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly WatchSession _session;
    private readonly List<HttpListenerResponse> _streams = [];
    private readonly object _gate = new();

    public PreviewServer(int port, WatchSession session)
    {
        _session = session;
        Url = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Url);
        session.Rendered += spec => Broadcast(spec.Id ?? "");
    }

    public string Url { get; }

    public void Start()
    {
        _listener.Start();
        _ = Task.Run(Serve);
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = context.Request.Url?.AbsolutePath ?? "/";
            if (path == "/events")
            {
                response.ContentType = "text/event-stream";
                response.SendChunked = true;
                response.Headers["Cache-Control"] = "no-store";
                Send(response, ": connected\n\n");
                lock (_gate) _streams.Add(response);
                return; // kept open; closed on dispose
            }
            if (path == "/")
            {
                Reply(response, 200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Page()));
                return;
            }
            if (FileName().Match(path) is { Success: true } match && File.Exists(Path.Combine(_session.OutDir, match.Groups["name"].Value)))
            {
                var name = match.Groups["name"].Value;
                Reply(response, 200, name.EndsWith(".svg", StringComparison.Ordinal) ? "image/svg+xml" : "image/png", File.ReadAllBytes(Path.Combine(_session.OutDir, name)));
                return;
            }
            Reply(response, 404, "text/plain; charset=utf-8", "Not found"u8.ToArray());
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away; nothing to tell it.
        }
    }

    private static void Reply(HttpListenerResponse response, int status, string type, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
        response.Close();
    }

    private static void Send(HttpListenerResponse response, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        response.OutputStream.Write(bytes);
        response.OutputStream.Flush();
    }

    private void Broadcast(string id)
    {
        lock (_gate)
        {
            foreach (var stream in _streams.ToList())
            {
                try
                {
                    Send(stream, $"data: {id}\n\n");
                }
                catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
                {
                    _streams.Remove(stream);
                }
            }
        }
    }

    private string Page()
    {
        string H(string? text) => WebUtility.HtmlEncode(text ?? "");
        var body = new StringBuilder();
        foreach (var spec in _session.Specs)
        {
            var stamp = spec.When.ToUnixTimeMilliseconds();
            body.Append($"<section><h2>{H(Path.GetFileName(spec.File))}</h2>\n");
            var errors = spec.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (spec.Diagnostics.Count > 0)
            {
                body.Append($"<div class=\"{(errors.Count > 0 ? "errors" : "warnings")}\" role=\"alert\"><p>{(errors.Count > 0 ? "Not updated: the last good picture is shown." : "Warnings:")}</p><ul>");
                foreach (var d in spec.Diagnostics) body.Append($"<li><code>{H(d.ToString())}</code></li>");
                body.Append("</ul></div>\n");
            }
            if (spec.Id is { } id && File.Exists(Path.Combine(_session.OutDir, id + ".png")))
            {
                body.Append("<div class=\"pair\">");
                body.Append($"<figure><img src=\"/files/{H(id)}.png?v={stamp}\" alt=\"{H(spec.AltText)}\"><figcaption>PNG</figcaption></figure>");
                body.Append($"<figure><img src=\"/files/{H(id)}.svg?v={stamp}\" alt=\"{H(spec.AltText)}\"><figcaption>SVG</figcaption></figure>");
                body.Append("</div>\n");
                if (File.Exists(Path.Combine(_session.OutDir, id + ".vertical.png")))
                {
                    // The phone cut at its own size in a phone-shaped frame that scrolls, as on a phone; PNG and SVG side by side.
                    body.Append("<div class=\"phones\">");
                    foreach (var (file, label) in new[] { ("vertical.png", "Vertical PNG, for phones"), ("vertical.svg", "Vertical SVG, for phones") })
                    {
                        body.Append($"<figure class=\"phone\"><div class=\"screen\" tabindex=\"0\" role=\"region\" aria-label=\"{label}\"><img src=\"/files/{H(id)}.{file}?v={stamp}\" alt=\"{H(spec.AltText)}\"></div><figcaption>{label}</figcaption></figure>");
                    }
                    body.Append("</div>\n");
                }
                body.Append($"<p><strong>Alt text:</strong> {H(spec.AltText)}</p>\n");
                if (spec.Audit is { } audit && !spec.Failed)
                {
                    body.Append(audit.Passed
                        ? $"<p><strong>Audit (WCAG 2.2 {audit.Level}):</strong> passed, {audit.Checked} text runs and graphics measured.</p>\n"
                        : $"<p><strong>Audit (WCAG 2.2 {audit.Level}):</strong> {audit.Findings.Count} findings, listed above.</p>\n");
                }
                body.Append($"<details><summary>Long description</summary>{spec.DescriptionHtml}</details>\n");
            }
            body.Append(spec.Failed
                ? $"<p class=\"time\">Checked {spec.Milliseconds} ms after the save; the files were not changed.</p></section>\n"
                : $"<p class=\"time\">Files updated {spec.Milliseconds} ms after the save.</p></section>\n");
        }
        return $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Doctoury.Graphics preview</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1F2933; }
            .pair { display: flex; gap: 1rem; } .pair figure { flex: 1; margin: 0; } .pair img { width: 100%; height: auto; border: 1px solid #CBD2D9; }
            .errors { background: #FDECEC; border-left: 4px solid #A61B1B; padding: .5rem 1rem; } .warnings { background: #FFF6E0; border-left: 4px solid #8A4B08; padding: .5rem 1rem; }
            .time { color: #52606D; }
            .phones { display: flex; flex-wrap: wrap; gap: 1.5rem; margin-top: 1rem; }
            .phone { margin: 0; max-width: 100%; }
            .screen { width: max-content; max-width: 100%; height: 740px; max-height: 80vh; overflow-y: auto; border: 12px solid #1F2933; border-radius: 28px; }
            .screen img { display: block; max-width: 100%; height: auto; }
            </style></head>
            <body><main><h1>Preview</h1>
            {{body}}</main>
            <script>new EventSource('/events').onmessage = () => location.reload();</script>
            </body></html>
            """;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var stream in _streams)
            {
                try { stream.Close(); } catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { }
            }
            _streams.Clear();
        }
        if (_listener.IsListening) _listener.Stop();
        _listener.Close();
    }

    [GeneratedRegex("^/files/(?<name>[a-z0-9-]+(\\.vertical)?(@[1-4]x)?\\.(png|svg))$")]
    private static partial Regex FileName();
}
