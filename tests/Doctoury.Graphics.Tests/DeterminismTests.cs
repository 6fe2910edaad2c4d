using System.Globalization;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

/// <summary>The same spec gives the same bytes, whatever the culture of the process.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Same_bytes_under_two_cultures()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("de-DE");
            var german = Render();
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ar-SA");
            var arabic = Render();
            Assert.Equal(german.Svg, arabic.Svg);
            Assert.Equal(german.Alt, arabic.Alt);
            Assert.Equal(german.Png, arabic.Png);
            Assert.DoesNotContain("0,5", german.Svg.Split("base64,")[0]);
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
        }
    }

    [Fact]
    public void Rendering_twice_gives_identical_bytes()
    {
        Assert.Equal(Render(), Render());
    }

    private static (string Svg, string Alt, string Png) Render()
    {
        // A fresh load each time, so no cached scene hides a difference.
        var infographic = Repo.Load("car-t-cell-therapy.yaml");
        return (infographic.RenderSvg(), infographic.AltText, Convert.ToBase64String(infographic.RenderPng(1)));
    }
}
