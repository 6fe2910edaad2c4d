using System.Globalization;
using Microsoft.Extensions.Hosting;

namespace Doctoury.Graphics.Cli.Serve;

/// <summary><c>serve [folder]</c>: the render service for sites that are not .NET.</summary>
internal static class ServeCommand
{
    public const string Help = """
        doctoury-graphics serve [<folder>] [--urls <url>] [--concurrency <n>] [--queue <n>]
                                [--timeout <seconds>] [--max-body <KiB>] [--rate <n per second>]
        An HTTP service that draws specs sent to it, stateless, for any number of replicas:
          POST /render/{png|svg|alt|description|figure}   body: a YAML spec
                ?layout=horizontal|vertical  ?scale=1..4 (png)  ?theme=<name>
                ?format=markdown|html|text (description)
          POST /check      the diagnostics and audit as JSON, as 'check --format json'
          GET  /infographics/{file}   the folder's outputs, by the names render writes,
                with ETags and caching headers (only when a folder is given)
          GET  /healthz
        A bad request gets an RFC 9457 problem (application/problem+json). Specs from
        requests may use bundled icons only. Defaults: http://127.0.0.1:8080, one render
        per core (--concurrency), 64 waiting (--queue; more are answered 503 with
        Retry-After), 10 s per render and as long in the queue (--timeout), bodies up
        to 256 KiB (--max-body), 50 requests a second per client address (--rate; 0
        turns it off).
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is ["-h" or "--help", ..])
        {
            stdout.WriteLine(Help);
            return CommandLine.Ok;
        }
        var (options, problem) = Parse(args);
        if (options is null) return CommandLine.UsageError(stderr, problem!);
        if (options.Folder is { } folder && !Directory.Exists(folder)) return CommandLine.UsageError(stderr, $"serve: the folder '{folder}' does not exist.");
        using var app = RenderService.Build(options);
        try
        {
            app.Start();
        }
        catch (IOException e)
        {
            stderr.WriteLine($"doctoury-graphics: cannot listen on {options.Urls}: {e.Message} Try another --urls.");
            return CommandLine.InvalidInput;
        }
        stdout.WriteLine($"Serving on {options.Urls} (Ctrl+C stops).");
        app.WaitForShutdown();
        return CommandLine.Ok;
    }

    public static (ServeOptions? Options, string? Problem) Parse(string[] args)
    {
        var options = ServeOptions.Default;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            int? Number(int min, int max) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;
            switch (args[i])
            {
                case "--urls" when value is not null && value.Split(';').All(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme == "http"):
                    options = options with { Urls = value };
                    break;
                case "--urls":
                    return (null, "serve: --urls takes an http:// address, for example http://127.0.0.1:8080 (TLS belongs to the proxy in front).");
                case "--concurrency":
                    if (Number(1, 1024) is not { } concurrency) return (null, "serve: --concurrency takes a whole number from 1 to 1024.");
                    options = options with { Concurrency = concurrency };
                    break;
                case "--queue":
                    if (Number(0, 100_000) is not { } queue) return (null, "serve: --queue takes a whole number from 0 to 100000.");
                    options = options with { Queue = queue };
                    break;
                case "--timeout":
                    if (Number(1, 600) is not { } seconds) return (null, "serve: --timeout takes whole seconds from 1 to 600.");
                    options = options with { Timeout = TimeSpan.FromSeconds(seconds) };
                    break;
                case "--max-body":
                    if (Number(1, Doctoury.Graphics.Spec.SpecLimits.MaxFileBytes / 1024) is not { } kib) return (null, $"serve: --max-body takes KiB from 1 to {Doctoury.Graphics.Spec.SpecLimits.MaxFileBytes / 1024} (the largest spec).");
                    options = options with { MaxBodyBytes = kib * 1024 };
                    break;
                case "--rate":
                    if (Number(0, 1_000_000) is not { } rate) return (null, "serve: --rate takes requests per second per client address; 0 turns the limit off.");
                    options = options with { RatePerSecond = rate };
                    break;
                default:
                    if (args[i].StartsWith('-') || options.Folder is not null) return (null, $"serve: unexpected '{args[i]}'. Try 'doctoury-graphics serve --help'.");
                    options = options with { Folder = args[i] };
                    continue;
            }
            i++;
        }
        return (options, null);
    }
}
