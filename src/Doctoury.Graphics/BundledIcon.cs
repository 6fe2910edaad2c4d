namespace Doctoury.Graphics;

/// <summary>
/// A bundled icon as a catalogue shows it: what Health Icons publishes about it and the words
/// <see cref="Bundled.FindIcons"/> matches it by. Variants (<c>home-outline</c>, <c>home-negative</c>)
/// carry the title, category and words of the icon they vary.
/// </summary>
/// <param name="Name">The name a spec writes after <c>icon:</c>.</param>
/// <param name="Title">The published title, or empty when Health Icons does not describe the icon.</param>
/// <param name="Category">The published category (<c>body</c>, <c>devices</c>…), or empty.</param>
/// <param name="Aliases">Other names that draw the same icon.</param>
/// <param name="Words">Words of the name, title and tags, lowercase: a query word matches one whole or, from three letters on, its start.</param>
/// <param name="WholeWords">Words of the category and of the icon's family, lowercase: a query word matches one only whole.</param>
public sealed record BundledIcon(string Name, string Title, string Category, IReadOnlyList<string> Aliases, IReadOnlyList<string> Words, IReadOnlyList<string> WholeWords);
