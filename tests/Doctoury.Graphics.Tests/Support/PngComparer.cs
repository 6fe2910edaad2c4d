using SkiaSharp;

namespace Doctoury.Graphics.Tests.Support;

/// <summary>
/// Compares two PNGs by decoded pixels. The stated tolerance: a pixel counts as different when any
/// channel differs by more than <see cref="ChannelTolerance"/>; the images match when at most
/// <see cref="MaxDifferentShare"/> of pixels differ (anti-aliasing noise between Skia builds) and
/// sizes are equal. On a mismatch a diff image marks differing pixels in red.
/// </summary>
internal static class PngComparer
{
    public const int ChannelTolerance = 8;
    public const double MaxDifferentShare = 0.001;

    public sealed record Result(bool Matches, string Summary, byte[]? Diff);

    public static Result Compare(byte[] expectedPng, byte[] actualPng)
    {
        using var expected = Decode(expectedPng, "expected");
        using var actual = Decode(actualPng, "actual");
        if (expected.Width != actual.Width || expected.Height != actual.Height)
        {
            return new Result(false, $"size {actual.Width}x{actual.Height} differs from {expected.Width}x{expected.Height}", null);
        }
        var e = expected.GetPixelSpan();
        var a = actual.GetPixelSpan();
        var differing = new List<int>();
        for (var i = 0; i < e.Length; i += 4)
        {
            for (var c = 0; c < 4; c++)
            {
                if (Math.Abs(e[i + c] - a[i + c]) > ChannelTolerance)
                {
                    differing.Add(i / 4);
                    break;
                }
            }
        }
        var share = (double)differing.Count / (expected.Width * expected.Height);
        var summary = $"{differing.Count} pixels ({share:P3}) differ by more than {ChannelTolerance} in a channel; the budget is {MaxDifferentShare:P3}";
        return share <= MaxDifferentShare ? new Result(true, summary, null) : new Result(false, summary, DiffImage(expected, differing));
    }

    /// <summary>The expected image faded, with differing pixels in red.</summary>
    private static byte[] DiffImage(SKBitmap expected, List<int> differing)
    {
        using var diff = expected.Copy();
        using (var canvas = new SKCanvas(diff))
        using (var fade = new SKPaint { Color = new SKColor(255, 255, 255, 200) })
        {
            canvas.DrawRect(0, 0, diff.Width, diff.Height, fade);
        }
        foreach (var pixel in differing) diff.SetPixel(pixel % diff.Width, pixel / diff.Width, SKColors.Red);
        using var image = SKImage.FromBitmap(diff);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static SKBitmap Decode(byte[] png, string which)
    {
        using var decoded = SKBitmap.Decode(png) ?? throw new ArgumentException($"The {which} PNG cannot be decoded.");
        var rgba = decoded.Copy(SKColorType.Rgba8888) ?? throw new ArgumentException($"The {which} PNG cannot be converted to RGBA.");
        return rgba;
    }
}
