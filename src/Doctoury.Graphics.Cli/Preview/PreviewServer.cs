using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Doctoury.Graphics.Cli;

/// <summary>
/// The watch preview, on 127.0.0.1 only: the page (<see cref="PreviewPage"/>), its stylesheet and
/// script, each spec's picture drawn from memory (so a spec that fails the audit is still seen), the
/// written files for download, and a server-sent event stream that tells the page to update after
/// each render. Nothing on the page comes from elsewhere; the Content-Security-Policy says so.
/// </summary>
internal sealed partial class PreviewServer : IDisposable
{
    /// <summary>Only this machine's pages, and only this server's files: no inline code, no outside request.</summary>
    private const string Policy = "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private const string GalleryPolicy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private readonly HttpListener _listener = new();
    private readonly WatchSession _session;
    private readonly List<HttpListenerResponse> _streams = [];
    private readonly object _gate = new();
    private readonly ConcurrentDictionary<(string File, Orientation Cut), (WatchedSpec State, byte[] Png)> _pictures = new();
    private readonly int _port;

    public PreviewServer(int port, WatchSession session)
    {
        _session = session;
        _port = port;
        Url = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Url);
        session.Rendered += spec => Broadcast(spec.Name, spec.Saved);
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
        var request = context.Request;
        var response = context.Response;
        try
        {
            // A page from another site may reach 127.0.0.1 through a name it controls (DNS rebinding): answer our own name only.
            if (request.UserHostName is not { } host || (host != $"127.0.0.1:{_port}" && host != $"localhost:{_port}"))
            {
                Reply(response, 403, "text/plain; charset=utf-8", "Forbidden"u8.ToArray());
                return;
            }
            var path = request.Url?.AbsolutePath ?? "/";
            switch (path)
            {
                case "/events":
                    response.ContentType = "text/event-stream";
                    response.SendChunked = true;
                    response.Headers["Cache-Control"] = "no-store";
                    Send(response, ": connected\n\n");
                    lock (_gate) _streams.Add(response);
                    return; // kept open; closed on dispose
                case "/":
                    Reply(response, 200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(PreviewPage.Render(View(request.QueryString["spec"]))));
                    return;
                case "/icons":
                    // The gallery is one self-contained page with its own inline style and script; still nothing from elsewhere.
                    Reply(response, 200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(IconGallery.InPreview), GalleryPolicy);
                    return;
                case "/preview.css":
                    Reply(response, 200, "text/css; charset=utf-8", Encoding.UTF8.GetBytes(PreviewAssets.Css));
                    return;
                case "/preview.js":
                    Reply(response, 200, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(PreviewAssets.Script));
                    return;
                case "/theme" when request.HttpMethod == "POST":
                    SetTheme(request, response);
                    return;
            }
            if (Picture().Match(path) is { Success: true } picture && Png(Uri.UnescapeDataString(picture.Groups["spec"].Value), picture.Groups["cut"].Value == "vertical" ? Orientation.Vertical : Orientation.Horizontal) is { } png)
            {
                Reply(response, 200, "image/png", png);
                return;
            }
            if (FileName().Match(path) is { Success: true } match && File.Exists(Path.Combine(_session.OutDir, match.Groups["name"].Value)))
            {
                var name = match.Groups["name"].Value;
                Reply(response, 200, ContentType(name), File.ReadAllBytes(Path.Combine(_session.OutDir, name)));
                return;
            }
            Reply(response, 404, "text/plain; charset=utf-8", "Not found"u8.ToArray());
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away; nothing to tell it.
        }
    }

    /// <summary>The theme switch. A custom header is required: a page elsewhere cannot send one without the browser asking first, and we never say yes.</summary>
    private void SetTheme(HttpListenerRequest request, HttpListenerResponse response)
    {
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        var name = reader.ReadToEnd().Trim();
        if (request.Headers["X-Doctoury-Preview"] != "1" || (name.Length > 0 && ThemeOption.Parse(name) is null))
        {
            Reply(response, 400, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(ThemeOption.Usage));
            return;
        }
        // Answer first: the page hears of each spec as it is drawn again.
        Reply(response, 202, "text/plain; charset=utf-8", []);
        _session.SetTheme(name.Length == 0 ? null : name);
    }

    /// <summary>What the page shows: every spec, the chosen one (by file name), and the chosen one's files.</summary>
    private PreviewView View(string? name)
    {
        var specs = _session.Specs;
        var selected = specs.FirstOrDefault(s => s.Name == name) ?? specs.FirstOrDefault();
        var files = selected?.Id is { } id ? Manifest.Read(_session.OutDir).FirstOrDefault(e => e.Id == id)?.Files ?? [] : [];
        return new PreviewView(specs, selected, _session.Theme, _session.LastSaved, _session.Level, _session.AllowAuditFailures,
            [.. files.Where(f => File.Exists(Path.Combine(_session.OutDir, f.Path)))]);
    }

    /// <summary>The spec's picture as drawn now, at 2x so it stays sharp at 100 % on dense screens; kept until the next render.</summary>
    private byte[]? Png(string name, Orientation cut)
    {
        if (_session.Specs.FirstOrDefault(s => s.Name == name) is not { Drawn: { } drawn } state) return null;
        var key = (state.File, cut);
        if (_pictures.TryGetValue(key, out var cached) && ReferenceEquals(cached.State, state)) return cached.Png;
        // A written spec's 2x file is this very picture: read it rather than draw it again.
        var written = state is { Written: true, Id: { } id } ? Path.Combine(_session.OutDir, OutputSet.PngName(id, 2, cut)) : null;
        var png = written is not null && File.Exists(written) ? File.ReadAllBytes(written) : drawn.WithOrientation(cut).RenderPng(2);
        _pictures[key] = (state, png);
        return png;
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".html" => "text/html; charset=utf-8",
        ".md" => "text/markdown; charset=utf-8",
        ".json" => "application/json",
        _ => "text/plain; charset=utf-8",
    };

    private static void Reply(HttpListenerResponse response, int status, string type, byte[] body, string policy = Policy)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.Headers["Cache-Control"] = "no-store";
        response.Headers["Content-Security-Policy"] = policy;
        response.Headers["X-Content-Type-Options"] = "nosniff";
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

    /// <summary>A save is a <c>saved</c> event, which the page may follow to that spec; any other render is a plain message.</summary>
    private void Broadcast(string name, bool saved)
    {
        lock (_gate)
        {
            foreach (var stream in _streams.ToList())
            {
                try
                {
                    Send(stream, saved ? $"event: saved\ndata: {name}\n\n" : $"data: {name}\n\n");
                }
                catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
                {
                    _streams.Remove(stream);
                }
            }
        }
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

    [GeneratedRegex("^/files/(?<name>[a-z0-9-]+((\\.vertical)?(@[1-4]x)?\\.(png|svg)|\\.alt\\.txt|\\.description\\.(md|html)|\\.figure\\.html))$")]
    private static partial Regex FileName();

    [GeneratedRegex("^/picture/(?<spec>[^/]+\\.ya?ml)/(?<cut>horizontal|vertical)\\.png$")]
    private static partial Regex Picture();
}
