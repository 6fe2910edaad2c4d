namespace Doctoury.Graphics.Cli;

/// <summary>
/// A cold run parses, lays out and audits its first spec on one thread while the other cores wait.
/// Meanwhile this draws a tiny spec of its own, to a PNG and an SVG that go nowhere, so the code
/// those steps share is compiled, the fonts and icons loaded and Skia started by the time the real
/// spec needs them. Only a single spec's render does it: a batch keeps every core busy anyway.
/// It is for the framework-dependent tool, whose start-up is mostly compiling: 0.68 s instead of
/// 0.88 s for the seed's full bundle (scripts/speed-check.sh). Output never changes.
/// </summary>
internal static class Warmup
{
    internal const string Spec = """
        version: 1
        id: warm-up
        lang: en
        title: Warm-up
        process:
          steps:
            - id: one
              title: One
              icon: blood-drop
              summary: First.
              details: [A detail.]
              duration: A day
            - id: two
              title: Two
              icon: dna
              summary: Second.
        panels:
          - id: benefits
            title: Benefits
            icon: virus-shield
            items:
              - { title: Good, text: It helps. }
        footer:
          source: A source.
        """;

    public static void Start()
    {
#if NATIVE_AOT
        // Compiled ahead of time, nothing is left to compile: measured, the warm-up only cost memory.
        return;
#else
        if (Environment.ProcessorCount < 2) return;
        var thread = new Thread(Run) { IsBackground = true, Name = "warm-up", Priority = ThreadPriority.BelowNormal };
        thread.Start();
#endif
    }

    private static void Run()
    {
        try
        {
            var infographic = Infographic.FromYaml(Spec, "warm-up.yaml");
            _ = infographic.Audit();
            infographic.RenderPng(Stream.Null, 0.25, onAllCores: false);
            _ = infographic.RenderSvg();
        }
        catch (Exception e) when (e is InfographicException or ArgumentException or InvalidOperationException or IOException)
        {
            // Only a head start: the real render reports whatever is wrong.
        }
    }
}
