using System.Collections.Immutable;
using Doctoury.Graphics.Assets;
using Doctoury.Graphics.Localization;
using Doctoury.Graphics.Localization.Languages;
using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Spec;
using Doctoury.Graphics.Text;
using Doctoury.Graphics.Themes;
using static Doctoury.Graphics.Layout.LayoutMetrics;

namespace Doctoury.Graphics.Layout;

/// <summary>
/// One step card: accent band, number badge, icon, title, summary, bullets and a duration pill
/// pinned to the bottom so pills line up across the row. Measure by building with
/// <c>rowHeight: null</c>; the row then builds every card again at the row's common height.
/// </summary>
internal static class StepCardLayout
{
    public sealed record Card(GroupNode Group, double NeededHeight);

    /// <summary>The header's height: the icon disc's, when any step of the row has an icon, so titles line up.</summary>
    private static double HeaderHeight(bool anyIcon, double cardWidth) => anyIcon ? 2 * IconRadius(cardWidth) : 2 * BadgeRadius;

    private const double BadgeRadius = 22;

    /// <summary>Where a few steps leave wide cards, the icon grows and leads the card.</summary>
    private static double IconRadius(double cardWidth) => cardWidth >= WideCardWidth ? 44 : 32;

    // anyIcon: whether any step of the row has an icon; then every header keeps the disc's height.
    // language: the digits of the badge number and the words of the label ("Step 2 of 4: …"); English when null.
    public static Card Build(string prefix, StepSpec step, int index, int count, Rect box, double scale, double? rowHeight, bool anyIcon, Theme theme, TextBlocks text, LanguageProfile? language = null)
    {
        var headerHeight = HeaderHeight(anyIcon, box.Width);
        var iconRadius = IconRadius(box.Width);
        var id = $"{prefix}-step-{index + 1}";
        var accent = theme.StepAccent(index);
        var tint = theme.StepTint(index);
        var pad = CardPadding(box.Width);
        var inner = box.Width - 2 * pad;
        var nodes = ImmutableArray.CreateBuilder<SceneNode>();
        language ??= English.Profile;

        // Header: number badge on the left, icon in a white disc on the right; the row's minimum
        // card width leaves room for both, so they never meet.
        var headerTop = box.Y + CardBand + 22;
        var badge = new Rect(box.X + pad, headerTop + headerHeight / 2 - BadgeRadius, 2 * BadgeRadius, 2 * BadgeRadius);
        nodes.Add(new CircleNode($"{id}-badge", NodeRole.Decoration, R(badge), accent));
        var numberStyle = new TextStyle(22, 1.0, true, theme.OnAccent);
        nodes.Add(text.Block($"{id}-number", NodeRole.StepNumber, language.Number(index + 1),
            badge.X, badge.Y + (badge.Height - numberStyle.Size) / 2, badge.Width, numberStyle, TextAnchor.Middle));
        if (step.Icon is { } glyph)
        {
            var disc = new Rect(box.Right - pad - 2 * iconRadius, headerTop + headerHeight / 2 - iconRadius, 2 * iconRadius, 2 * iconRadius);
            nodes.Add(new CircleNode($"{id}-icon-disc", NodeRole.Decoration, R(disc), theme.Surface));
            var iconSize = iconRadius * 1.375;
            nodes.Add(new IconNode($"{id}-icon", NodeRole.Icon, R(new Rect(disc.X + (disc.Width - iconSize) / 2, disc.Y + (disc.Height - iconSize) / 2, iconSize, iconSize)), glyph, accent) { Mirrored = step.MirrorIcon && text.Measurer.Direction == BidiDirection.Rtl });
        }

        var y = headerTop + headerHeight + 14;
        var title = text.Balanced($"{id}-title", NodeRole.StepTitle, step.Title, box.X + pad, y, inner,
            new TextStyle(Scaled(StepTitleSize, StepTitleFloor, scale), 1.2, true, accent));
        nodes.Add(title);
        y = title.Bounds.Bottom + 10;

        var summary = text.Block($"{id}-summary", NodeRole.StepSummary, step.Summary, box.X + pad, y, inner,
            new TextStyle(Scaled(SummarySize, SummaryFloor, scale), 1.4, false, theme.Text));
        nodes.Add(summary);
        y = summary.Bounds.Bottom;

        var detailStyle = new TextStyle(Scaled(DetailSize, DetailFloor, scale), 1.38, false, theme.Secondary);
        const double bulletIndent = 16;
        for (var d = 0; d < step.Details.Length; d++)
        {
            y += d == 0 ? 14 : 8;
            var detail = text.Block($"{id}-detail-{d + 1}", NodeRole.StepDetail, step.Details[d], box.X + pad + bulletIndent, y, inner - bulletIndent, detailStyle);
            var dotY = detail.Lines.Length > 0 ? detail.Lines[0].Baseline - detailStyle.Size * 0.33 : y;
            nodes.Add(new CircleNode($"{id}-detail-{d + 1}-bullet", NodeRole.Decoration, R(new Rect(box.X + pad + 1.5, dotY - 3.5, 7, 7)), accent));
            nodes.Add(detail);
            y = detail.Bounds.Bottom;
        }

        var needed = y - box.Y + pad;
        if (step.Duration is { } duration)
        {
            var pillStyle = new TextStyle(Scaled(DurationSize, DurationFloor, scale), 1.3, true, theme.Text);
            var pillHeight = PillHeight(duration, inner, pillStyle, text);
            needed = y + 16 + pillHeight - box.Y + pad;
            var pillTop = rowHeight is { } h ? box.Y + h - pad - pillHeight : y + 16;
            nodes.AddRange(Pill(id, duration, box.X + pad, pillTop, inner, pillStyle, accent, theme, text));
        }

        var height = rowHeight ?? needed;
        var card = new BoxNode($"{id}-card", NodeRole.StepCard, R(box with { Height = height }), tint, CardRadius, accent, CardBand);
        nodes.Insert(0, card);
        var label = language.StepLabel(index + 1, count, step.Title);
        return new Card(new GroupNode(id, NodeRole.Step, card.Bounds, label, nodes.ToImmutable()), needed);
    }

    private const double PillPadX = 12, PillPadY = 6, PillIconGap = 8;

    /// <summary>In narrow cards (many steps) the calendar icon gives its room to the words.</summary>
    private static double PillIconSpace(double maxWidth, TextStyle style) => maxWidth >= 150 ? style.Size * 1.15 + PillIconGap : 0;

    private static double PillTextWidth(string duration, double maxWidth, TextStyle style, TextBlocks text) =>
        text.BalancedWidth(duration, Math.Min(text.Width(duration, style) + 1, maxWidth - 2 * PillPadX - PillIconSpace(maxWidth, style)), style);

    private static double PillHeight(string duration, double maxWidth, TextStyle style, TextBlocks text) =>
        text.Block("probe", NodeRole.StepDuration, duration, 0, 0, PillTextWidth(duration, maxWidth, style, text), style).Bounds.Height + 2 * PillPadY;

    /// <summary>The duration pill: a calendar icon and bold text on a white capsule; long durations wrap inside it.</summary>
    private static SceneNode[] Pill(string id, string duration, double x, double top, double maxWidth, TextStyle style, string accent, Theme theme, TextBlocks text)
    {
        var iconSize = style.Size * 1.15;
        var iconSpace = PillIconSpace(maxWidth, style);
        var label = text.Block($"{id}-duration", NodeRole.StepDuration, duration, x + PillPadX + iconSpace, top + PillPadY,
            PillTextWidth(duration, maxWidth, style, text), style);
        var height = label.Bounds.Height + 2 * PillPadY;
        var width = 2 * PillPadX + iconSpace + label.Lines.Max(l => l.Right - l.Left) + 2;
        var pill = new BoxNode($"{id}-duration-pill", NodeRole.Decoration, R(new Rect(x, top, Math.Min(maxWidth, width), height)), theme.Surface, Math.Min(height / 2, 17), null, 0);
        if (iconSpace == 0) return [pill, label];
        return
        [
            pill,
            new IconNode($"{id}-duration-icon", NodeRole.Icon, R(new Rect(x + PillPadX, top + (height - iconSize) / 2, iconSize, iconSize)), IconLibrary.Default.Get("calendar"), accent),
            label,
        ];
    }

    private static Rect R(Rect r) => new(TextBlocks.Round(r.X), TextBlocks.Round(r.Y), TextBlocks.Round(r.Width), TextBlocks.Round(r.Height));
}
