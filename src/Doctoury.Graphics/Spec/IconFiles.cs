using System.Text.RegularExpressions;
using Doctoury.Graphics.Assets;

namespace Doctoury.Graphics.Spec;

/// <summary>
/// Finds and reads custom icon files (<c>icon: ./my-icon.svg</c>) for one spec: only plain files
/// inside the spec's folder, never through a link, a device, an absolute path or a URI. The only
/// I/O of spec loading besides the spec itself.
/// </summary>
internal sealed partial class IconFiles(string? folder)
{
    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    private readonly Dictionary<string, IconGlyph?> _read = new(StringComparer.Ordinal);

    /// <summary>Full paths of the files read so far.</summary>
    public List<string> Paths { get; } = [];

    /// <summary>True when the icon value names a file rather than a bundled icon.</summary>
    public static bool IsFileReference(string value) =>
        value.Contains('/') || value.Contains('\\') || value.Contains(':') || value.EndsWith(".svg", StringComparison.OrdinalIgnoreCase);

    public IconGlyph? Read(string reference, SourceMark at, string path, DiagnosticSink diagnostics)
    {
        void Error(string message, string fix) => diagnostics.Error(SpecCodes.IconFile, at, path, message, fix);
        if (!SafeReference().IsMatch(reference) || reference.Split('/').Any(s => DeviceNames.Contains(Path.GetFileNameWithoutExtension(s))))
        {
            Error($"The icon file '{reference}' is not a plain relative path.",
                "Put the .svg file in the spec's folder (or a folder below it) and write it as './my-icon.svg'; '..', absolute paths, URLs and backslashes are not allowed.");
            return null;
        }
        if (folder is null)
        {
            Error($"The icon file '{reference}' cannot be found: this spec was given as text, without a folder.", "Load the spec from its file (Infographic.Load or the command line), or use a bundled icon name.");
            return null;
        }
        if (_read.TryGetValue(reference, out var known)) return known;
        var glyph = Load(reference, at, path, diagnostics);
        _read[reference] = glyph;
        return glyph;
    }

    private IconGlyph? Load(string reference, SourceMark at, string path, DiagnosticSink diagnostics)
    {
        void Error(string message, string fix) => diagnostics.Error(SpecCodes.IconFile, at, path, message, fix);
        var root = Path.GetFullPath(folder!);
        var full = Path.GetFullPath(Path.Combine(root, reference));
        if (!full.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            Error($"The icon file '{reference}' is outside the spec's folder.", "Keep icon files in the spec's folder.");
            return null;
        }
        // No part of the way from the folder to the file may be a link: a link could point anywhere.
        var relative = Path.GetRelativePath(root, full).Split(Path.DirectorySeparatorChar);
        var current = root;
        foreach (var part in relative)
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (!info.Exists)
            {
                Error($"The icon file '{reference}' does not exist.", "Check the name; it is relative to the spec's folder.");
                return null;
            }
            if (info.LinkTarget is not null)
            {
                Error($"The icon file '{reference}' goes through a link, which is not followed.", "Copy the icon into the spec's folder.");
                return null;
            }
        }
        var file = new FileInfo(full);
        if (!file.Exists || (file.Attributes & (FileAttributes.Directory | FileAttributes.Device)) != 0 || file.Length == 0)
        {
            Error($"The icon file '{reference}' is empty or not a regular file.", "Use an .svg file exported from a drawing tool.");
            return null;
        }
        if (file.Length > CustomIconReader.MaxBytes)
        {
            Error($"The icon file '{reference}' has {file.Length / 1024} KiB; an icon may have at most {CustomIconReader.MaxBytes / 1024} KiB.", "Simplify the icon or export it without embedded pictures.");
            return null;
        }
        byte[] bytes;
        Paths.Add(full);
        try
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.None);
            bytes = new byte[CustomIconReader.MaxBytes + 1];
            var length = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            bytes = bytes[..length];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Error($"The icon file '{reference}' cannot be read: {e.Message}", "Check the file's permissions.");
            return null;
        }
        var (glyph, problems) = CustomIconReader.Read(reference, bytes);
        foreach (var problem in problems)
        {
            var message = $"Icon '{reference}': {problem.Message}";
            if (problem.IsError) diagnostics.Error(SpecCodes.IconFile, at, path, message, problem.Fix);
            else diagnostics.Warning(SpecCodes.IconFile, at, path, message, problem.Fix);
        }
        return glyph;
    }

    [GeneratedRegex(@"^(\./)?([A-Za-z0-9_][A-Za-z0-9._-]*/)*[A-Za-z0-9_][A-Za-z0-9._-]*\.svg$")]
    private static partial Regex SafeReference();
}
