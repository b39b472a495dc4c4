using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Parts;

/// <summary>
/// The settings part: automatic hyphenation as the theme says (at most two hyphenated lines in a row, capitals
/// not hyphenated), the footnote separators, Word 2013+ compatibility, the theme font language, Russian
/// decimal and list separators, w:updateFields when cached field results must be refreshed and
/// w:embedTrueTypeFonts when the package embeds fonts.
/// </summary>
internal static class SettingsBuilder
{
    /// <summary>Builds the settings root.</summary>
    /// <param name="hyphenate">Whether Word hyphenates automatically.</param>
    /// <param name="language">The document language, such as ru-RU.</param>
    /// <param name="hasFootnotes">Whether the footnote separators are referenced.</param>
    /// <param name="updateFields">Whether Word should update fields when it opens the file.</param>
    /// <param name="embedFonts">Whether the package embeds fonts, which Word then keeps when it saves the file.</param>
    public static W.Settings Build(bool hyphenate, string language, bool hasFootnotes, bool updateFields, bool embedFonts)
    {
        var english = language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var settings = new W.Settings(new W.Zoom { Percent = "100" });
        if (embedFonts)
        {
            settings.Append(new W.EmbedTrueTypeFonts());
        }
        settings.Append(
            new W.DefaultTabStop { Val = 709 },
            new W.AutoHyphenation { Val = hyphenate },
            new W.ConsecutiveHyphenLimit { Val = 2 },
            new W.HyphenationZone { Val = "357" },
            new W.DoNotHyphenateCaps(),
            new W.CharacterSpacingControl { Val = W.CharacterSpacingValues.DoNotCompress });
        if (updateFields)
        {
            settings.Append(new W.UpdateFieldsOnOpen { Val = true });
        }
        if (hasFootnotes)
        {
            settings.Append(new W.FootnoteDocumentWideProperties(
                new W.FootnoteSpecialReference { Id = -1 },
                new W.FootnoteSpecialReference { Id = 0 }));
        }
        settings.Append(
            new W.Compatibility(new W.CompatibilitySetting
            {
                Name = W.CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new W.ThemeFontLanguages { Val = language, EastAsia = language, Bidi = "ar-SA" },
            new W.DecimalSymbol { Val = english ? "." : "," },
            new W.ListSeparator { Val = english ? "," : ";" });
        return settings;
    }
}
