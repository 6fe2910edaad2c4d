using System.Reflection;
using Doctoury.Graphics.Spec;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

/// <summary>The documentation names what the code does.</summary>
public sealed class DocsTests
{
    [Fact]
    public void Every_diagnostic_code_is_documented_and_every_example_exists()
    {
        var docs = File.ReadAllText(Path.Combine(Repo.Root, "docs", "diagnostics.md"));
        var codes = typeof(SpecCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        foreach (var code in codes) Assert.Contains($"| {code} |", docs);
        foreach (System.Text.RegularExpressions.Match example in System.Text.RegularExpressions.Regex.Matches(docs, @"`([a-z0-9-]+\.yaml)`"))
        {
            Assert.True(File.Exists(Path.Combine(Repo.Specs, "invalid", example.Groups[1].Value)), example.Value);
        }
    }
}
