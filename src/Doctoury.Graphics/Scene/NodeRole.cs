namespace Doctoury.Graphics.Scene;

/// <summary>What a node means to a reader; renderers and the audit decide from this, not from position.</summary>
internal enum NodeRole
{
    Title,
    Subtitle,
    ProcessTitle,
    Step,
    StepCard,
    StepNumber,
    StepTitle,
    StepSummary,
    StepDetail,
    StepDuration,
    Connector,
    Panel,
    PanelCard,
    PanelTitle,
    PanelItem,
    Icon,
    Footer,
    Decoration,
}

internal static class NodeRoles
{
    /// <summary>Shapes that carry no information of their own and are hidden from assistive technology.</summary>
    public static bool IsDecorative(NodeRole role) =>
        role is NodeRole.Decoration or NodeRole.Connector or NodeRole.Icon or NodeRole.StepCard or NodeRole.PanelCard;
}
