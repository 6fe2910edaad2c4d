namespace Doctoury.Graphics.BrowserTests;

/// <summary>
/// A test that needs Debian's Chromium (<c>apt-get install chromium</c>; Playwright cannot download
/// its own browser here). Without it the test is skipped and says why; under CI, where
/// <c>.ci/run</c> installs it, a missing browser is a failure instead.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium.Path) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = $"Chromium is not installed at {Chromium.Path}; 'apt-get install chromium' (or DOCTOURY_CHROMIUM=<path>) runs the browser tests.";
        }
    }
}

/// <summary>Where the browser is: Debian's package, or DOCTOURY_CHROMIUM.</summary>
public static class Chromium
{
    public static string Path => Environment.GetEnvironmentVariable("DOCTOURY_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
}
