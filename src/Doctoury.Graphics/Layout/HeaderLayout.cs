using System.Collections.Immutable;
using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Spec;
using Doctoury.Graphics.Themes;
using static Doctoury.Graphics.Layout.LayoutMetrics;

namespace Doctoury.Graphics.Layout;

/// <summary>Type sizes of the header in CSS px; the vertical cut for phones uses smaller ones.</summary>
internal sealed record HeaderSizes(double Title, double Subtitle, double ProcessTitle)
{
    public static readonly HeaderSizes Default = new(TitleSize, SubtitleSize, ProcessTitleSize);
}

/// <summary>Title, subtitle, and the process title with its short accent rule.</summary>
internal static class HeaderLayout
{
    public static (ImmutableArray<SceneNode> Nodes, double Bottom) Build(InfographicSpec spec, double left, double top, double width, Theme theme, TextBlocks text, HeaderSizes? sizes = null)
    {
        // These locals shadow the LayoutMetrics constants, so the lines below serve both cuts unchanged.
        var (TitleSize, SubtitleSize, ProcessTitleSize) = sizes ?? HeaderSizes.Default;
        var nodes = ImmutableArray.CreateBuilder<SceneNode>();
        var title = text.Balanced($"{spec.Id}-title", NodeRole.Title, spec.Title, left, top, width, text.Fitting(spec.Title, width, new TextStyle(TitleSize, 1.15, true, theme.Title), TitleFloor));
        nodes.Add(title);
        var y = title.Bounds.Bottom;
        if (spec.Subtitle is { } subtitle)
        {
            // A line of about 80 characters at most (WCAG 1.4.8): a long subtitle wraps rather than run across the picture.
            var measure = Math.Min(width, SubtitleMeasure * SubtitleSize);
            var sub = text.Balanced($"{spec.Id}-subtitle", NodeRole.Subtitle, subtitle, left, y + 4, measure, text.Fitting(subtitle, measure, new TextStyle(SubtitleSize, 1.35, false, theme.Secondary), SubtitleFloor));
            nodes.Add(sub);
            y = sub.Bounds.Bottom;
        }
        if (spec.Process.Title is { } processTitle)
        {
            var heading = text.Balanced($"{spec.Id}-process-title", NodeRole.ProcessTitle, processTitle, left, y + 22, width, text.Fitting(processTitle, width, new TextStyle(ProcessTitleSize, 1.25, true, theme.Title), ProcessTitleFloor));
            nodes.Add(heading);
            nodes.Add(new BoxNode($"{spec.Id}-process-rule", NodeRole.Decoration, new Rect(left, heading.Bounds.Bottom + 4, 64, 4), theme.Accent, 2, null, 0));
            y = heading.Bounds.Bottom + 8;
        }
        return (nodes.ToImmutable(), y);
    }
}
