using System.Globalization;
using System.Security.Cryptography;
using Csto.Reporting.Fonts;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Parts;

/// <summary>
/// The font table: the theme's families under their DOCX names and, for those Word does not ship
/// (<see cref="FontFamily.EmbedInDocx"/>: PT Serif, PT Sans, the user's), every face embedded as an obfuscated
/// font part (ECMA-376 Part 1, §17.8.1 and §17.8.3.3: the first 32 bytes XORed with the reversed font key), so Word
/// and LibreOffice show the document in the theme's fonts on machines without them.
/// </summary>
internal static class FontTableBuilder
{
    /// <summary>Whether the theme has a family to embed (then the settings ask Word to keep embedded fonts).</summary>
    public static bool Embeds(Themes.Theme theme) => Families(theme).Any(f => f.EmbedInDocx);

    /// <summary>Adds the font table part (and its font parts) to <paramref name="main"/>.</summary>
    public static void Add(Themes.Theme theme, MainDocumentPart main, string id)
    {
        var part = main.AddNewPart<FontTablePart>(id);
        var fonts = new W.Fonts();
        var next = 1;
        foreach (var family in Families(theme))
        {
            var font = new W.Font { Name = family.DocxName };
            if (family.EmbedInDocx)
            {
                foreach (var face in family.Faces)
                {
                    var relationship = $"rId{next++}";
                    var data = family.Load(face);
                    var key = FontKey(data.Span);
                    using (var stream = part.AddFontPart(FontPartType.FontOdttf, relationship).GetStream(FileMode.Create))
                    {
                        stream.Write(Obfuscate(data.Span, key));
                    }
                    font.Append(face switch
                    {
                        FontFace.Bold => new W.EmbedBoldFont { Id = relationship, FontKey = key },
                        FontFace.Italic => new W.EmbedItalicFont { Id = relationship, FontKey = key },
                        FontFace.BoldItalic => new W.EmbedBoldItalicFont { Id = relationship, FontKey = key },
                        _ => (DocumentFormat.OpenXml.OpenXmlElement)new W.EmbedRegularFont { Id = relationship, FontKey = key },
                    });
                }
            }
            fonts.Append(font);
        }
        part.Fonts = fonts;
    }

    /// <summary>The first 32 bytes of the font XORed with the 16 key bytes (the key's hex digits read from the end, in pairs).</summary>
    public static byte[] Obfuscate(ReadOnlySpan<byte> font, string fontKey)
    {
        var hex = fontKey.Replace("{", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal)
            .Replace("-", string.Empty, StringComparison.Ordinal);
        var bytes = font.ToArray();
        for (var i = 0; i < 16; i++)
        {
            var key = byte.Parse(hex.AsSpan(30 - 2 * i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            bytes[i] ^= key;
            bytes[i + 16] ^= key;
        }
        return bytes;
    }

    // The families of the theme's text, body first. Characters of other scripts are left to Word's own fallback.
    private static IEnumerable<FontFamily> Families(Themes.Theme theme) => new[] { theme.BodyFont, theme.HeadingFont }.Distinct();

    // A GUID made from the font's bytes, so the same fonts give the same package.
    private static string FontKey(ReadOnlySpan<byte> font)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(font, hash);
        return "{" + new Guid(hash[..16]).ToString("D", CultureInfo.InvariantCulture).ToUpperInvariant() + "}";
    }
}
