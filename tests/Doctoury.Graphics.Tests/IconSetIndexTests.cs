using Doctoury.Graphics.Assets;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

/// <summary>The committed icon index must describe the committed icon set, byte for byte.</summary>
public sealed class IconSetIndexTests
{
    private static readonly string Icons = Path.Combine(Repo.Root, "src", "Doctoury.Graphics", "Assets", "Icons");

    [Fact]
    public void The_committed_index_is_the_one_built_from_the_icon_set()
    {
        var built = IconSetIndex.Build(File.ReadAllBytes(Path.Combine(Icons, "healthicons.json"))).Write();
        var path = Path.Combine(Icons, "healthicons.index");
        var committed = File.Exists(path) ? File.ReadAllText(path) : "";
        if (built != committed && Snapshot.Accepting) File.WriteAllText(path, built);
        else Assert.True(built == committed,
            "Assets/Icons/healthicons.index is stale: the icon set changed. Write it again with DOCTOURY_ACCEPT_SNAPSHOTS=1 dotnet test --filter IconSetIndexTests, then rebuild.");
    }

    [Fact]
    public void The_index_reads_back_what_was_written()
    {
        var json = """{"prefix":"x","icons":{"a":{"body":"<path d=\"M0 0\"/>"},"b":{"body":"","width":24}},"aliases":{"c":{"parent":"a"}},"width":48,"height":40}"""u8.ToArray();
        var index = IconSetIndex.Parse(IconSetIndex.Build(json).Write());
        Assert.Equal((48d, 40d, (long)json.Length), (index.Width, index.Height, index.JsonLength));
        Assert.Equal("""{"body":"<path d=\"M0 0\"/>"}""", System.Text.Encoding.UTF8.GetString(json[index.Icons["a"]]));
        Assert.Equal("""{"body":"","width":24}""", System.Text.Encoding.UTF8.GetString(json[index.Icons["b"]]));
        Assert.Equal("a", index.Aliases["c"]);
    }

    [Theory]
    [InlineData("i a 1\n", "bad line")]
    [InlineData("i a 1 2\n", "no 'size' line")]
    public void A_damaged_index_is_refused_with_its_reason(string text, string reason)
    {
        var error = Assert.Throws<InvalidOperationException>(() => IconSetIndex.Parse(text));
        Assert.Contains(reason, error.Message);
    }
}
