using Doctoury.Graphics.Assets;
using Doctoury.Graphics.Spec;

namespace Doctoury.Graphics.Tests;

public sealed class IconLibraryTests
{
    [Theory]
    [InlineData("blood-drop")]
    [InlineData("dna")]
    [InlineData("virus")]
    [InlineData("infusion-pump")]
    [InlineData("microscope")]
    [InlineData("calendar")]
    public void Named_icons_exist_and_have_paths(string name)
    {
        Assert.True(IconLibrary.Default.Contains(name));
        var glyph = IconLibrary.Default.Get(name);
        Assert.NotEmpty(glyph.Paths);
        Assert.True(glyph.ViewWidth > 0);
    }

    [Fact]
    public void Every_bundled_icon_reduces_to_paths()
    {
        var names = IconLibrary.Default.Names;
        Assert.True(names.Length > 2000, $"only {names.Length} icons");
        var empty = names.Where(n => IconLibrary.Default.Get(n).Paths.IsEmpty).ToList();
        Assert.True(empty.Count == 0, "icons without paths: " + string.Join(", ", empty.Take(10)));
    }

    [Fact]
    public void Groups_pass_their_paint_to_paths_and_clip_paths_are_dropped()
    {
        var paths = IconLibrary.ReadPaths("<g fill=\"none\"><g fill=\"currentColor\" clip-path=\"url(#c)\"><path d=\"M0 0h1\" fill-rule=\"evenodd\"/></g><defs><clipPath id=\"c\"><path d=\"M0 0h48v48H0z\"/></clipPath></defs></g>");
        var path = Assert.Single(paths);
        Assert.True(path.Filled);
        Assert.True(path.EvenOdd);
        Assert.Equal("M0 0h1", path.Data);
    }

    [Fact]
    public void Nearest_names_suggest_close_spellings_only()
    {
        Assert.Contains("blood-drop", NearestNames.Find("blod-drop", IconLibrary.Default.Names));
        Assert.Equal("Did you mean 'summary'?", NearestNames.DidYouMean("sumary", ["title", "summary", "details"]));
        Assert.Null(NearestNames.DidYouMean("zzz", ["title", "summary"]));
    }
}
