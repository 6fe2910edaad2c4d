using System.Diagnostics;

namespace Doctoury.Graphics.Tests.Support;

/// <summary>
/// A test that needs a program from Debian's packages. Where the program is missing the test is
/// skipped with the reason and the install command; under CI (where <c>.ci/run</c> installs it) a
/// missing program is a failure instead, so a broken install step cannot hide.
/// </summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(string program, string debianPackage)
    {
        if (Tools.Find(program) is null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = $"{program} is not installed; 'apt-get install {debianPackage}' runs this test.";
        }
    }
}

/// <summary>Finds and runs command-line programs for tests.</summary>
internal static class Tools
{
    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

    public static string Run(string program, params string[] arguments)
    {
        var path = Find(program) ?? throw new InvalidOperationException($"{program} is not installed; .ci/run installs it.");
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
