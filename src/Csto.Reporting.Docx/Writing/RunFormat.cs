namespace Csto.Reporting.Docx.Writing;

/// <summary>Direct formatting of the runs an inline produces.</summary>
/// <param name="Bold">Bold face.</param>
/// <param name="Italic">Italic face.</param>
/// <param name="CharacterStyle">A character style id (Hyperlink), or null.</param>
internal readonly record struct RunFormat(bool Bold, bool Italic, string? CharacterStyle)
{
    /// <summary>No direct formatting.</summary>
    public static RunFormat Plain => default;

    /// <summary>Whether any formatting is set.</summary>
    public bool IsPlain => !Bold && !Italic && CharacterStyle is null;
}
