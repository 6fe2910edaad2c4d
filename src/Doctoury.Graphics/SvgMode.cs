namespace Doctoury.Graphics;

/// <summary>How an SVG presents itself to assistive technology.</summary>
public enum SvgMode
{
    /// <summary>The default: one atomic image (<c>role="img"</c>) named by its title and description. Right for <c>&lt;img&gt;</c>, files and most pages.</summary>
    Image,
    /// <summary>For inline use: a named group whose steps form a list of "Step n of N" items and whose panels are named groups with lists. Never under <c>role="img"</c>.</summary>
    Structured,
}
