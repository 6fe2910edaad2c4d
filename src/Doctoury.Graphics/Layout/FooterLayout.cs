using System.Collections.Immutable;
using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Spec;
using Doctoury.Graphics.Themes;
using static Doctoury.Graphics.Layout.LayoutMetrics;

namespace Doctoury.Graphics.Layout;

/// <summary>The source on the left and the note on the right; stacked when they do not fit side by side.</summary>
internal static class FooterLayout
{
    public static (ImmutableArray<SceneNode> Nodes, double Bottom) Build(string prefix, FooterSpec? footer, double left, double top, double width, Theme theme, TextBlocks text)
    {
        if (footer is null || (footer.Source is null && footer.Note is null)) return ([], top);
        var sourceStyle = new TextStyle(FooterSize, 1.4, false, theme.Muted);
        var noteStyle = new TextStyle(FooterSize, 1.4, true, theme.Title);
        const double between = 32;
        var sourceWidth = footer.Source is { } s ? text.Width(s, sourceStyle) + 1 : 0;
        var noteWidth = footer.Note is { } n ? text.Width(n, noteStyle) + 1 : 0;
        var sideBySide = sourceWidth + noteWidth + between <= width;

        var nodes = ImmutableArray.CreateBuilder<SceneNode>();
        var y = top;
        if (footer.Source is { } source)
        {
            var block = text.Block($"{prefix}-footer-source", NodeRole.Footer, source, left, top, sideBySide ? sourceWidth : width, sourceStyle);
            nodes.Add(block);
            y = block.Bounds.Bottom;
        }
        if (footer.Note is { } note)
        {
            var block = sideBySide
                ? text.Block($"{prefix}-footer-note", NodeRole.Footer, note, left + width - noteWidth, top, noteWidth, noteStyle)
                : text.Block($"{prefix}-footer-note", NodeRole.Footer, note, left, y + (footer.Source is null ? 0 : 6), width, noteStyle);
            nodes.Add(block);
            y = Math.Max(y, block.Bounds.Bottom);
        }
        return (nodes.ToImmutable(), y);
    }
}
