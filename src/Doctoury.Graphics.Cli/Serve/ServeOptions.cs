namespace Doctoury.Graphics.Cli.Serve;

/// <summary>
/// How <c>serve</c> listens and what it lets one request cost. The defaults suit one replica on a
/// small machine: renders run one per core, a bounded queue waits behind them, and everything past
/// it is told to come back (<c>503</c> with <c>Retry-After</c>).
/// </summary>
/// <param name="Folder">A folder whose specs are also served by GET under <c>/infographics</c>, or null.</param>
/// <param name="Urls">Where to listen; <c>http://127.0.0.1:8080</c> unless told otherwise.</param>
/// <param name="MaxBodyBytes">The largest request body: 256 KiB by default, a hundred times the seed (a spec file may be up to 1 MiB).</param>
/// <param name="Concurrency">Renders and checks running at once.</param>
/// <param name="Queue">Requests waiting for a render slot; more are answered <c>503</c>.</param>
/// <param name="Timeout">The longest a render may take before the request is answered <c>503</c>.</param>
/// <param name="RatePerSecond">Requests per second allowed to one client address (twice as many in a burst); 0 turns the limit off.</param>
/// <param name="ReadTimeout">How long a client may take to send its headers, and then its body.</param>
internal sealed record ServeOptions(
    string? Folder,
    string Urls,
    int MaxBodyBytes,
    int Concurrency,
    int Queue,
    TimeSpan Timeout,
    int RatePerSecond,
    TimeSpan ReadTimeout)
{
    public static ServeOptions Default => new(null, "http://127.0.0.1:8080", 256 * 1024, Environment.ProcessorCount, 64, TimeSpan.FromSeconds(10), 50, TimeSpan.FromSeconds(5));
}
