using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Doctoury.Graphics.Spec;

/// <summary>
/// Turns the bytes of a spec file into text. Invalid UTF-8 is an error at its line and column,
/// never a silent U+FFFD that would then be drawn.
/// </summary>
internal static class SpecSource
{
    public static string? Decode(ReadOnlySpan<byte> bytes, DiagnosticSink diagnostics)
    {
        if (bytes.Length > SpecLimits.MaxFileBytes)
        {
            diagnostics.Error(SpecCodes.Limit, new SourceMark(1, 1), "", $"The spec is larger than {SpecLimits.MaxFileBytes / 1024} KiB.", "A spec is a short description; move long text to the page.");
            return null;
        }
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done) return new string(chars, 0, written);

        // Everything before 'read' decoded; name the place of the first bad byte.
        var before = new string(chars, 0, written);
        var line = before.Count(c => c == '\n') + 1;
        var column = written - (before.LastIndexOf('\n') + 1) + 1;
        var bad = read < bytes.Length ? $"0x{bytes[read]:X2}" : "the end of the file";
        diagnostics.Error(SpecCodes.Encoding, new SourceMark(line, column), "",
            $"The file is not valid UTF-8: byte {bad} at this place does not start or continue a character.",
            "Save the file as UTF-8 (most editors offer it under 'Save with encoding').");
        return null;
    }

    public static int ByteCount(string text) => Encoding.UTF8.GetByteCount(text);
}
