using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Doctoury.Graphics.Text;

/// <summary>
/// Cuts a font down to the characters one SVG draws, so each embedded face is a few kilobytes
/// instead of the whole font. HarfBuzz's subsetter keeps the layout tables the kept glyphs need
/// (kerning, ligatures, joining), so a browser sets the text as the full font would. The subsetter
/// is exported by the native library HarfBuzzSharp ships but has no managed API, hence P/Invoke;
/// where it is missing or fails, the full font is embedded, which draws the same.
/// </summary>
internal static partial class FontSubsetter
{
    private const string Library = "libHarfBuzzSharp";

    private static readonly ConcurrentDictionary<(byte[] Font, string CodePoints), byte[]> Cache = new();

    /// <summary>The font with only <paramref name="codePoints"/> (and what they need); the font itself if subsetting is not available.</summary>
    public static byte[] Subset(byte[] font, IEnumerable<int> codePoints)
    {
        var sorted = codePoints.Distinct().Order().ToArray();
        return Cache.GetOrAdd((font, string.Join(",", Array.ConvertAll(sorted, p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)))), static (key, points) => TrySubset(key.Font, points) ?? key.Font, sorted);
    }

    private static byte[]? TrySubset(byte[] font, int[] codePoints)
    {
        try
        {
            return Run(font, codePoints);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return null;
        }
    }

    private static unsafe byte[]? Run(byte[] font, int[] codePoints)
    {
        fixed (byte* data = font)
        {
            // HarfBuzz only reads the bytes during this call, while they are pinned.
            var blob = hb_blob_create((IntPtr)data, (uint)font.Length, MemoryModeReadOnly, IntPtr.Zero, IntPtr.Zero);
            var face = hb_face_create(blob, 0);
            var input = hb_subset_input_create_or_fail();
            try
            {
                if (input == IntPtr.Zero) return null;
                // The PNG is drawn unhinted; browsers place glyphs at subpixel positions: hinting only adds bytes.
                hb_subset_input_set_flags(input, hb_subset_input_get_flags(input) | NoHinting);
                var unicodes = hb_subset_input_unicode_set(input);
                foreach (var codePoint in codePoints) hb_set_add(unicodes, (uint)codePoint);
                var subset = hb_subset_or_fail(face, input);
                if (subset == IntPtr.Zero) return null;
                var result = hb_face_reference_blob(subset);
                try
                {
                    var bytes = hb_blob_get_data(result, out var length);
                    if (bytes == IntPtr.Zero || length == 0) return null;
                    var copy = new byte[length];
                    Marshal.Copy(bytes, copy, 0, (int)length);
                    return copy;
                }
                finally
                {
                    hb_blob_destroy(result);
                    hb_face_destroy(subset);
                }
            }
            finally
            {
                if (input != IntPtr.Zero) hb_subset_input_destroy(input);
                hb_face_destroy(face);
                hb_blob_destroy(blob);
            }
        }
    }

    private const int MemoryModeReadOnly = 1;
    private const uint NoHinting = 0x1; // HB_SUBSET_FLAGS_NO_HINTING

    [LibraryImport(Library)] private static partial IntPtr hb_blob_create(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);
    [LibraryImport(Library)] private static partial void hb_blob_destroy(IntPtr blob);
    [LibraryImport(Library)] private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);
    [LibraryImport(Library)] private static partial IntPtr hb_face_create(IntPtr blob, uint index);
    [LibraryImport(Library)] private static partial void hb_face_destroy(IntPtr face);
    [LibraryImport(Library)] private static partial IntPtr hb_face_reference_blob(IntPtr face);
    [LibraryImport(Library)] private static partial IntPtr hb_subset_input_create_or_fail();
    [LibraryImport(Library)] private static partial void hb_subset_input_destroy(IntPtr input);
    [LibraryImport(Library)] private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);
    [LibraryImport(Library)] private static partial uint hb_subset_input_get_flags(IntPtr input);
    [LibraryImport(Library)] private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);
    [LibraryImport(Library)] private static partial void hb_set_add(IntPtr set, uint codePoint);
    [LibraryImport(Library)] private static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
}
