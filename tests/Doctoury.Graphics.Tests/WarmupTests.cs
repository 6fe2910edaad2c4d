using Doctoury.Graphics.Cli;

namespace Doctoury.Graphics.Tests;

public sealed class WarmupTests
{
    [Fact]
    public void The_warm_up_spec_is_valid_and_draws_every_kind_of_node()
    {
        // The warm-up swallows errors (it is only a head start), so its spec is checked here.
        var infographic = Infographic.FromYaml(Warmup.Spec, "warm-up.yaml");
        Assert.True(infographic.Audit().Passed);
        Assert.NotEmpty(infographic.RenderPng(0.25));
    }
}
