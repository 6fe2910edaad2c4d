using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Doctoury.Graphics.Rendering.Png;

/// <summary>Pixel byte shuffles for the PNG writer.</summary>
internal static class Rgba
{
    // Four RGBA pixels (16 bytes) to four RGB pixels (12 bytes); the last 4 lanes are zero.
    private static readonly Vector128<byte> DropAlpha = Vector128.Create((byte)0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 0xFF, 0xFF, 0xFF, 0xFF);

    /// <summary>
    /// Copies RGBA pixels to RGB, dropping alpha. <paramref name="rgb"/> needs 4 bytes beyond the
    /// pixels: each vector step stores 16 bytes and moves on 12.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot loop: vector calls are not inlined at the first JIT tier
    public static void ToRgb(ReadOnlySpan<byte> rgba, Span<byte> rgb)
    {
        var pixels = rgba.Length / 4;
        if (rgb.Length < pixels * 3) throw new ArgumentException("The RGB row is too short.", nameof(rgb));
        int x = 0, o = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var source = ref MemoryMarshal.GetReference(rgba);
            ref var target = ref MemoryMarshal.GetReference(rgb);
            for (; x + 16 <= rgba.Length && o + 16 <= rgb.Length; x += 16, o += 12)
                Vector128.Shuffle(Vector128.LoadUnsafe(ref source, (nuint)x), DropAlpha).StoreUnsafe(ref target, (nuint)o);
        }
        for (; x + 4 <= rgba.Length; x += 4, o += 3)
        {
            rgb[o] = rgba[x];
            rgb[o + 1] = rgba[x + 1];
            rgb[o + 2] = rgba[x + 2];
        }
    }
}
