namespace Doctoury.Graphics.Scene;

/// <summary>
/// A compromise the layout made and reports, such as shrinking a whole row's text for one step's
/// sake. The audit passes notes on as warnings.
/// </summary>
/// <param name="Rule">The audit code, for example <c>DG0109</c>.</param>
/// <param name="Element">The element without the spec prefix, for example <c>step-3</c>.</param>
/// <param name="Context">The step or panel label, or empty.</param>
/// <param name="Message">What the layout did and why.</param>
internal sealed record LayoutNote(string Rule, string Element, string Context, string Message);
