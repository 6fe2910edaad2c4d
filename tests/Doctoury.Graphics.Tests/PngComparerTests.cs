using Doctoury.Graphics.Tests.Support;
using SkiaSharp;

namespace Doctoury.Graphics.Tests;

/// <summary>The comparer itself can fail: a test that never fails is no test (QuestPDF tests its comparer too).</summary>
public sealed class PngComparerTests
{
    private static byte[] Image(int width, int height, Action<SKCanvas> draw)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            draw(canvas);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [Fact]
    public void Identical_images_match()
    {
        var a = Image(100, 100, _ => { });
        Assert.True(PngComparer.Compare(a, a).Matches);
    }

    [Fact]
    public void Tiny_channel_noise_is_within_tolerance()
    {
        var a = Image(100, 100, _ => { });
        var b = Image(100, 100, c => c.Clear(new SKColor(250, 250, 250)));
        Assert.True(PngComparer.Compare(a, b).Matches);
    }

    [Fact]
    public void A_moved_word_sized_block_fails_and_yields_a_diff_image()
    {
        using var paint = new SKPaint { Color = SKColors.Black };
        var a = Image(200, 100, c => c.DrawRect(10, 10, 20, 8, paint));
        var b = Image(200, 100, c => c.DrawRect(40, 10, 20, 8, paint));
        var result = PngComparer.Compare(a, b);
        Assert.False(result.Matches);
        Assert.NotNull(result.Diff);
    }

    [Fact]
    public void Different_sizes_fail()
    {
        Assert.False(PngComparer.Compare(Image(10, 10, _ => { }), Image(10, 11, _ => { })).Matches);
    }
}
