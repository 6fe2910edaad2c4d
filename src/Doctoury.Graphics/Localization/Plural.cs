namespace Doctoury.Graphics.Localization;

/// <summary>
/// One message in the forms a count needs: <see cref="Other"/> always, and a form for each further
/// CLDR category the language's rule gives for whole numbers. A category left out reads as <see cref="Other"/>.
/// Placeholders are named, <c>{n}</c> being the count in the language's digits.
/// </summary>
internal sealed record Plural(string Other)
{
    public string? Zero { get; init; }
    public string? One { get; init; }
    public string? Two { get; init; }
    public string? Few { get; init; }
    public string? Many { get; init; }

    public string For(PluralCategory category) => Given(category) ?? Other;

    /// <summary>The form written for <paramref name="category"/>, or null when it falls back to <see cref="Other"/>.</summary>
    public string? Given(PluralCategory category) => category switch
    {
        PluralCategory.Zero => Zero,
        PluralCategory.One => One,
        PluralCategory.Two => Two,
        PluralCategory.Few => Few,
        PluralCategory.Many => Many,
        _ => Other,
    };

    /// <summary>A message that reads the same for every count.</summary>
    public static implicit operator Plural(string same) => new(same);
}
