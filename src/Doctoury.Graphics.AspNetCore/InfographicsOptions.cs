namespace Doctoury.Graphics.AspNetCore;

/// <summary>How the infographics endpoint finds, checks, draws and caches pictures.</summary>
public sealed class InfographicsOptions
{
    /// <summary>
    /// The folder of spec files, relative to the content root, used when no <see cref="IInfographicSource"/>
    /// is registered. A spec is found by its id (the file name does not matter). Default <c>specs</c>.
    /// </summary>
    public string SpecFolder { get; set; } = "specs";

    /// <summary>The PNG densities served: <c>id.png</c> for 1, <c>id@2x.png</c> for 2. Default 1 and 2.</summary>
    public IList<int> Scales { get; } = [1, 2];

    /// <summary>The contrast level of the audit a spec must pass before it is served. Default AA.</summary>
    public AuditLevel AuditLevel { get; set; } = AuditLevel.AA;

    /// <summary>Serve specs that fail the audit (they are logged as warnings). Default false, as the command line.</summary>
    public bool AllowAuditFailures { get; set; }

    /// <summary>SVGs switch to the dark palette when the reader's system prefers it. Default false.</summary>
    public bool FollowColorScheme { get; set; }

    /// <summary>
    /// The most memory the cache of drawn outputs and parsed specs may hold, in bytes; the least
    /// recently used go first. Default 64 MiB (the seed's ten outputs take about 2 MiB).
    /// </summary>
    public long CacheSizeLimit { get; set; } = 64L * 1024 * 1024;
}
