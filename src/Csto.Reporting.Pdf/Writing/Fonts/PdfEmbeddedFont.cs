using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using Csto.Reporting.Pdf.Writing.Syntax;

namespace Csto.Reporting.Pdf.Writing.Fonts;

/// <summary>
/// One TrueType face as a composite PDF font (ISO 32000-1 §9.7): a Type0 font with the Identity-H encoding (two
/// bytes per glyph id) over a CIDFontType2 whose CIDs are the glyph ids (/CIDToGIDMap /Identity). It collects the
/// glyphs a document draws, with the text each stands for, and at the end writes the font subset to those glyphs
/// (FontFile2), its widths (/W), a font descriptor and a ToUnicode CMap mapping every glyph drawn with text back
/// to it. The subset's name carries a six-letter tag derived from the glyphs kept, so it is deterministic.
/// </summary>
internal sealed class PdfEmbeddedFont
{
    private readonly ReadOnlyMemory<byte> fontFile;
    private readonly Dictionary<ushort, string?> used = [];
    // Whether a glyph already carries its text: asked for every glyph drawn, so an array by glyph id, not a lookup.
    private readonly bool[] withText;

    /// <summary>Prepares a font; nothing is written until <see cref="Write"/>.</summary>
    /// <param name="fontFile">The whole TrueType file.</param>
    /// <param name="reference">The object number allocated for the Type0 font dictionary.</param>
    /// <param name="resourceName">The name pages use for it in their /Font resources, such as <c>F1</c>.</param>
    public PdfEmbeddedFont(ReadOnlyMemory<byte> fontFile, PdfReference reference, string resourceName)
    {
        this.fontFile = fontFile;
        Reference = reference;
        ResourceName = resourceName;
        Metrics = OpenTypeFont.Read(fontFile.Span);
        withText = new bool[ushort.MaxValue + 1];
    }

    /// <summary>The Type0 font dictionary's object.</summary>
    public PdfReference Reference { get; }

    /// <summary>The resource name pages refer to it by.</summary>
    public string ResourceName { get; }

    /// <summary>The metrics of the whole font.</summary>
    public OpenTypeFont Metrics { get; }

    /// <summary>The glyphs used so far, in id order.</summary>
    public IReadOnlyList<ushort> UsedGlyphs => [.. used.Keys.Order()];

    /// <summary>
    /// Records that <paramref name="glyph"/> is drawn for <paramref name="text"/> (null or empty when the glyph is
    /// one of several drawing one cluster and an earlier glyph already carries the text). The first text given
    /// for a glyph is the one the ToUnicode map gives.
    /// </summary>
    public void Use(ushort glyph, string? text)
    {
        if (!used.TryGetValue(glyph, out var known) || (string.IsNullOrEmpty(known) && !string.IsNullOrEmpty(text)))
        {
            used[glyph] = text;
            withText[glyph] = !string.IsNullOrEmpty(text);
        }
    }

    /// <summary>Whether <paramref name="glyph"/> is used already with a text for the ToUnicode map.</summary>
    public bool HasText(ushort glyph) => withText[glyph];

    /// <summary>The advance of <paramref name="glyph"/> in thousandths of an em, as written in /W.</summary>
    public double Width(ushort glyph) => Metrics.Advance(glyph) * 1000.0 / Metrics.UnitsPerEm;

    /// <summary>The six-letter subset tag: letters from a hash of the font name and the glyphs kept.</summary>
    public string SubsetTag()
    {
        var bytes = new List<byte>(Encoding.ASCII.GetBytes(Metrics.PostScriptName));
        foreach (var glyph in UsedGlyphs)
        {
            bytes.Add((byte)(glyph >> 8));
            bytes.Add((byte)glyph);
        }
        var hash = XxHash64.Hash(CollectionsMarshal.AsSpan(bytes));
        var tag = new char[6];
        for (var i = 0; i < 6; i++)
        {
            tag[i] = (char)('A' + (hash[i] % 26));
        }
        return new string(tag);
    }

    /// <summary>Writes the subset font file, descriptor, CID font, ToUnicode map and the Type0 font itself.</summary>
    public void Write(PdfFileWriter writer)
    {
        var baseFont = SubsetTag() + "+" + Metrics.PostScriptName;
        var glyphs = UsedGlyphs;
        var subset = FontSubsetter.Subset(fontFile, glyphs);
        var fontFileReference = writer.AddStream(subset, output => output.Key("Length1").Integer(subset.Length));
        var scale = 1000.0 / Metrics.UnitsPerEm;
        var descriptor = writer.Add(output =>
        {
            var box = Metrics.BoundingBox;
            output.Raw("<<").Key("Type").Name("FontDescriptor").Key("FontName").Name(baseFont)
                .Key("Flags").Integer(Flags())
                .Key("FontBBox").Raw("[").Real(box.XMin * scale, 0).Real(box.YMin * scale, 0).Real(box.XMax * scale, 0).Real(box.YMax * scale, 0).Raw("]")
                .Key("ItalicAngle").Real(Metrics.ItalicAngle, 2)
                .Key("Ascent").Real(Metrics.Ascent * scale, 0)
                .Key("Descent").Real(Metrics.Descent * scale, 0)
                .Key("CapHeight").Real(Metrics.CapHeight * scale, 0)
                .Key("StemV").Integer(Metrics.Weight >= 600 ? 120 : 80)
                .Key("FontFile2").Reference(fontFileReference).Raw(">>");
        });
        var cidFont = writer.Add(output =>
        {
            output.Raw("<<").Key("Type").Name("Font").Key("Subtype").Name("CIDFontType2").Key("BaseFont").Name(baseFont)
                .Key("CIDSystemInfo").Raw("<<").Key("Registry").LiteralString("Adobe"u8).Key("Ordering").LiteralString("Identity"u8)
                .Key("Supplement").Integer(0).Raw(">>")
                .Key("FontDescriptor").Reference(descriptor)
                .Key("CIDToGIDMap").Name("Identity")
                .Key("W");
            WriteWidths(output, glyphs);
            output.Raw(">>");
        });
        var toUnicode = writer.AddStream(ToUnicodeCMap.Build(glyphs.Select(glyph => KeyValuePair.Create(glyph, used[glyph]))));
        writer.WriteObject(Reference, output => output.Raw("<<").Key("Type").Name("Font").Key("Subtype").Name("Type0")
            .Key("BaseFont").Name(baseFont).Key("Encoding").Name("Identity-H")
            .Key("DescendantFonts").Raw("[").Reference(cidFont).Raw("]")
            .Key("ToUnicode").Reference(toUnicode).Raw(">>"));
    }

    // ISO 32000-1 §9.8.2, Table 123: FixedPitch 1, Serif 2, Symbolic 4, Italic 64. A CIDFont's glyphs are reached
    // by id, not through a standard encoding, so it is symbolic.
    private int Flags()
    {
        var flags = 4;
        if (Metrics.IsFixedPitch)
        {
            flags |= 1;
        }
        if (Metrics.FamilyClass is >= 1 and <= 7)
        {
            flags |= 2;
        }
        if (Metrics.IsItalic)
        {
            flags |= 64;
        }
        return flags;
    }

    // §9.7.4.3: runs of consecutive CIDs as "first [w1 w2 …]".
    private void WriteWidths(PdfOutput output, IReadOnlyList<ushort> glyphs)
    {
        output.Raw("[");
        var previous = -2;
        foreach (var glyph in glyphs)
        {
            if (glyph != previous + 1)
            {
                if (previous >= 0)
                {
                    output.Raw("]");
                }
                output.Integer(glyph).Raw("[");
            }
            output.Real(Width(glyph), 2);
            previous = glyph;
        }
        if (previous >= 0)
        {
            output.Raw("]");
        }
        output.Raw("]");
    }
}
