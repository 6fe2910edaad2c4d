using System.Runtime.CompilerServices;
using System.Text;

namespace Doctoury.Graphics.Tests.Support;

/// <summary>
/// Snapshot files after Verify's conventions: <c>Snapshots/Type.Method_param.verified.ext</c> beside
/// the test file; on mismatch a <c>.received.ext</c> is written next to it and the test fails.
/// Set <c>DOCTOURY_ACCEPT_SNAPSHOTS=1</c> to accept received output (never honoured when <c>CI</c> is set).
/// Text compares exactly; PNG compares decoded pixels with <see cref="PngComparer"/>'s stated tolerance.
/// </summary>
internal static class Snapshot
{
    public static bool Accepting =>
        Environment.GetEnvironmentVariable("DOCTOURY_ACCEPT_SNAPSHOTS") == "1" &&
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static void Text(string actual, string extension, string? parameter = null,
        [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        var (verified, received) = Paths(sourceFile, method, parameter, extension);
        var expected = File.Exists(verified) ? File.ReadAllText(verified, Encoding.UTF8) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }
        Mismatch(verified, received, Encoding.UTF8.GetBytes(actual), expected is null ? "no verified snapshot yet" : FirstDifference(expected, actual));
    }

    public static void Png(byte[] actual, string? parameter = null,
        [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        var (verified, received) = Paths(sourceFile, method, parameter, "png");
        var diffPath = Path.ChangeExtension(received, ".diff.png");
        if (File.Exists(verified))
        {
            var result = PngComparer.Compare(File.ReadAllBytes(verified), actual);
            if (result.Matches)
            {
                File.Delete(received);
                File.Delete(diffPath);
                return;
            }
            if (result.Diff is { } diff) File.WriteAllBytes(diffPath, diff);
            Mismatch(verified, received, actual, result.Summary + $" (diff image: {diffPath})");
            return;
        }
        Mismatch(verified, received, actual, "no verified snapshot yet");
    }

    private static void Mismatch(string verified, string received, byte[] actual, string reason)
    {
        if (Accepting)
        {
            File.WriteAllBytes(verified, actual);
            File.Delete(received);
            return;
        }
        File.WriteAllBytes(received, actual);
        throw new Xunit.Sdk.XunitException(
            $"Snapshot mismatch for {Path.GetFileName(verified)}: {reason}.\nReceived: {received}\n" +
            "Look at the received file; if it is right, accept it with DOCTOURY_ACCEPT_SNAPSHOTS=1 (never in CI).");
    }

    private static (string Verified, string Received) Paths(string sourceFile, string method, string? parameter, string extension)
    {
        var folder = Path.Combine(Path.GetDirectoryName(SourcePath(sourceFile))!, "Snapshots");
        Directory.CreateDirectory(folder);
        var type = Path.GetFileNameWithoutExtension(sourceFile);
        var name = parameter is null ? $"{type}.{method}" : $"{type}.{method}_{Sanitize(parameter)}";
        return (Path.Combine(folder, $"{name}.verified.{extension}"), Path.Combine(folder, $"{name}.received.{extension}"));
    }

    /// <summary>
    /// A deterministic CI build (ContinuousIntegrationBuild) maps source paths to <c>/_/</c>;
    /// map them back onto the checkout so snapshots are found there too.
    /// </summary>
    private static string SourcePath(string sourceFile) =>
        sourceFile.StartsWith("/_/", StringComparison.Ordinal) ? Path.Combine(Repo.Root, sourceFile[3..]) : sourceFile;

    private static string Sanitize(string parameter) =>
        new(parameter.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a) return $"first difference at line {i + 1}:\n  expected: {Clip(e)}\n  actual:   {Clip(a)}";
        }
        return "texts differ";
    }

    private static string Clip(string line) => line.Length > 200 ? line[..200] + "…" : line;
}
