namespace Doctoury.Graphics.Spec;

/// <summary>The stable diagnostic codes. Never renumber: tools and docs rely on them.</summary>
internal static class SpecCodes
{
    public const string Syntax = "DG0001";
    public const string UnknownKey = "DG0002";
    public const string MissingKey = "DG0003";
    public const string WrongType = "DG0004";
    public const string DuplicateKey = "DG0005";
    public const string BadId = "DG0006";
    public const string DuplicateId = "DG0007";
    public const string Count = "DG0008";
    public const string EmptyText = "DG0009";
    public const string TooLong = "DG0010";
    public const string BadColor = "DG0011";
    public const string UnknownTheme = "DG0012";
    public const string UnknownIcon = "DG0013";
    public const string Version = "DG0014";
    public const string Limit = "DG0015";
    public const string Empty = "DG0016";
    public const string BadValue = "DG0017";
    public const string Io = "DG0018";
    public const string ForbiddenCharacter = "DG0019";
    public const string MissingGlyph = "DG0020";
    public const string Encoding = "DG0021";
    public const string IconFile = "DG0022";
    public const string AltText = "DG0023";
    public const string LongTitle = "DG0024";
    public const string DuplicateSpecId = "DG0025"; // reported by the command line, across the specs of one batch
    public const string NoWordsForLanguage = "DG0026";
    public const string LanguageScriptMismatch = "DG0027";
}
