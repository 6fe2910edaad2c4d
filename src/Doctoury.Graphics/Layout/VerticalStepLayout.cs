using Doctoury.Graphics.Text;
using System.Collections.Immutable;
using System.Globalization;
using Doctoury.Graphics.Assets;
using Doctoury.Graphics.Localization;
using Doctoury.Graphics.Localization.Languages;
using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Spec;
using Doctoury.Graphics.Themes;
using static Doctoury.Graphics.Layout.VerticalMetrics;

namespace Doctoury.Graphics.Layout;

/// <summary>
/// One step of the vertical cut: the number badge in the spine column on the left, and to its right
/// a tinted card with an accent band, the icon in a white disc beside the title (or the title alone
/// when the step has no icon), the summary, bullets and the duration pill. The card is as tall as
/// its content: on a phone a column grows downwards, so nothing is pinned to a common height.
/// </summary>
internal static class VerticalStepLayout
{
    /// <summary>
    /// The type of every step, chosen once for the column so all steps look alike: sizes in CSS px,
    /// and whether titles sit beside the icon (compact) or under it (when a title word would not fit beside it).
    /// </summary>
    public sealed record StepType(double Title, double Summary, double Detail, double Duration, bool TitleBesideIcon);

    /// <param name="Group">The step, labelled "Step n of N: title" in the spec's language, like the horizontal card.</param>
    /// <param name="Badge">The number badge, which the spine's connectors link.</param>
    public sealed record Step(GroupNode Group, Rect Badge);

    /// <summary>Builds step <paramref name="index"/> at <paramref name="top"/>; <paramref name="left"/> is the spine column's left edge, and the card takes the rest of <paramref name="width"/>.</summary>
    public static Step Build(string prefix, StepSpec step, int index, int count, double left, double top, double width, StepType type, Theme theme, TextBlocks text, LanguageProfile? language = null)
    {
        language ??= English.Profile;
        var id = $"{prefix}-step-{index + 1}";
        var accent = theme.StepAccent(index);
        var (cardLeft, cardWidth) = Card(left, width);
        var x = cardLeft + CardPadding;
        var inner = cardWidth - 2 * CardPadding;
        var nodes = ImmutableArray.CreateBuilder<SceneNode>();

        // Header: icon disc then title on one row, or the title under the disc; the title alone when there is no icon.
        var headerTop = top + CardBand + 14;
        var titleStyle = TitleStyle(type, accent);
        var titleLine = titleStyle.Size * titleStyle.LineHeight;
        var beside = step.Icon is not null && type.TitleBesideIcon;
        var titleLeft = beside ? x + IconDisc + IconGap : x;
        // A one-line title beside the disc sits on its centre line; a longer one starts level with its top.
        var titleTop = step.Icon is null ? headerTop : beside ? headerTop + Math.Max(0, (IconDisc - titleLine) / 2) : headerTop + IconDisc + 10;
        var title = text.Balanced($"{id}-title", NodeRole.StepTitle, step.Title, titleLeft, titleTop, TitleWidth(step, width, type), titleStyle);
        if (beside && title.Lines.Length > 1)
        {
            title = text.Balanced($"{id}-title", NodeRole.StepTitle, step.Title, titleLeft, headerTop, TitleWidth(step, width, type), titleStyle);
        }
        var headerMiddle = step.Icon is null ? headerTop + titleLine / 2 : headerTop + IconDisc / 2;

        // The badge sits in the spine column, level with the header, so the eye goes number → icon → title.
        var badge = R(new Rect(left, headerMiddle - BadgeSize / 2, BadgeSize, BadgeSize));
        nodes.Add(new CircleNode($"{id}-badge", NodeRole.Decoration, badge, accent));
        var numberStyle = new TextStyle(BadgeNumberSize, 1.0, true, theme.OnAccent);
        nodes.Add(text.Block($"{id}-number", NodeRole.StepNumber, language.Number(index + 1),
            badge.X, badge.Y + (badge.Height - numberStyle.Size) / 2, badge.Width, numberStyle, TextAnchor.Middle));

        if (step.Icon is { } glyph)
        {
            var disc = new Rect(x, headerTop, IconDisc, IconDisc);
            nodes.Add(new CircleNode($"{id}-icon-disc", NodeRole.Decoration, R(disc), theme.Surface));
            var iconSize = IconDisc * 0.65;
            nodes.Add(new IconNode($"{id}-icon", NodeRole.Icon, R(new Rect(disc.X + (disc.Width - iconSize) / 2, disc.Y + (disc.Height - iconSize) / 2, iconSize, iconSize)), glyph, accent) { Mirrored = step.MirrorIcon && text.Measurer.Direction == BidiDirection.Rtl });
        }
        nodes.Add(title);
        var y = Math.Max(title.Bounds.Bottom, step.Icon is null ? 0 : headerTop + IconDisc) + 10;

        var summary = text.Block($"{id}-summary", NodeRole.StepSummary, step.Summary, x, y, inner,
            new TextStyle(type.Summary, 1.45, false, theme.Text));
        nodes.Add(summary);
        y = summary.Bounds.Bottom;

        var detailStyle = new TextStyle(type.Detail, 1.4, false, theme.Secondary);
        const double bulletIndent = 16;
        for (var d = 0; d < step.Details.Length; d++)
        {
            y += d == 0 ? 12 : 6;
            var detail = text.Block($"{id}-detail-{d + 1}", NodeRole.StepDetail, step.Details[d], x + bulletIndent, y, inner - bulletIndent, detailStyle);
            var dotY = detail.Lines.Length > 0 ? detail.Lines[0].Baseline - detailStyle.Size * 0.33 : y;
            nodes.Add(new CircleNode($"{id}-detail-{d + 1}-bullet", NodeRole.Decoration, R(new Rect(x + 1.5, dotY - 3.5, 7, 7)), accent));
            nodes.Add(detail);
            y = detail.Bounds.Bottom;
        }

        if (step.Duration is { } duration)
        {
            var (pill, pillBottom) = Pill(id, duration, x, y + 14, inner, new TextStyle(type.Duration, 1.3, true, theme.Text), accent, theme, text);
            nodes.AddRange(pill);
            y = pillBottom;
        }

        var card = new BoxNode($"{id}-card", NodeRole.StepCard, R(new Rect(cardLeft, top, cardWidth, y + CardPadding - top)), theme.StepTint(index), CardRadius, accent, CardBand);
        nodes.Insert(0, card);
        var bounds = new Rect(left, top, card.Bounds.Right - left, card.Bounds.Height);
        return new Step(new GroupNode(id, NodeRole.Step, bounds, language.StepLabel(index + 1, count, step.Title), nodes.ToImmutable()), badge);
    }

    /// <summary>The card's left edge and width: what the spine column leaves of the content width.</summary>
    private static (double Left, double Width) Card(double left, double width) => (left + BadgeSize + SpineGap, width - BadgeSize - SpineGap);

    public static TextStyle TitleStyle(StepType type, string color) => new(type.Title, 1.2, true, color);

    /// <summary>The width the title wraps in: beside the icon disc, or the card's whole inner width.</summary>
    public static double TitleWidth(StepSpec step, double width, StepType type) =>
        Card(0, width).Width - 2 * CardPadding - (step.Icon is not null && type.TitleBesideIcon ? IconDisc + IconGap : 0);

    /// <summary>The width the summary and, less the bullet indent, the details wrap in.</summary>
    public static double BodyWidth(double width) => Card(0, width).Width - 2 * CardPadding;

    private const double PillPadX = 12, PillPadY = 6, PillIconGap = 8;

    /// <summary>The duration pill: a calendar icon and bold text on a white capsule, as wide as its words; long durations wrap inside it.</summary>
    private static (SceneNode[] Nodes, double Bottom) Pill(string id, string duration, double x, double top, double maxWidth, TextStyle style, string accent, Theme theme, TextBlocks text)
    {
        var iconSize = style.Size * 1.15;
        var iconSpace = iconSize + PillIconGap;
        var textWidth = Math.Min(text.Width(duration, style) + 1, maxWidth - 2 * PillPadX - iconSpace);
        var label = text.Block($"{id}-duration", NodeRole.StepDuration, duration, x + PillPadX + iconSpace, top + PillPadY, textWidth, style);
        var height = label.Bounds.Height + 2 * PillPadY;
        var width = Math.Min(maxWidth, 2 * PillPadX + iconSpace + label.Lines.Max(l => l.Right - l.Left) + 2);
        SceneNode[] nodes =
        [
            new BoxNode($"{id}-duration-pill", NodeRole.Decoration, R(new Rect(x, top, width, height)), theme.Surface, Math.Min(height / 2, 17), null, 0),
            new IconNode($"{id}-duration-icon", NodeRole.Icon, R(new Rect(x + PillPadX, top + (height - iconSize) / 2, iconSize, iconSize)), IconLibrary.Default.Get("calendar"), accent),
            label,
        ];
        return (nodes, top + height);
    }

    /// <summary>
    /// The spine between two badges: a vertical line from just under one badge to just above the
    /// next, with its head pointing down, the direction of reading.
    /// </summary>
    public static PathNode Connector(string prefix, int index, Rect from, Rect to, Theme theme)
    {
        var x = from.X + from.Width / 2;
        var y1 = from.Bottom + ConnectorInset;
        var y2 = to.Y - ConnectorInset;
        static string F(double v) => TextBlocks.Round(v).ToString(CultureInfo.InvariantCulture);
        var data = $"M{F(x)} {F(y1)} V{F(y2)} M{F(x - ConnectorHead)} {F(y2 - ConnectorHead)} L{F(x)} {F(y2)} L{F(x + ConnectorHead)} {F(y2 - ConnectorHead)}";
        var bounds = R(new Rect(x - ConnectorHead, y1, 2 * ConnectorHead, y2 - y1));
        return new PathNode($"{prefix}-connector-{index + 1}", NodeRole.Connector, bounds, data, theme.Connector, ConnectorStroke);
    }

    private static Rect R(Rect r) => new(TextBlocks.Round(r.X), TextBlocks.Round(r.Y), TextBlocks.Round(r.Width), TextBlocks.Round(r.Height));
}
