using System.Buffers.Binary;
using Csto.Reporting.Fonts;

namespace Csto.Reporting.Pdf.Fonts;

/// <summary>
/// One face of a font family, loaded once per family (<see cref="FontCatalog"/>): the HarfBuzz font that shapes it and
/// gives its glyphs and metrics. The HarfBuzz scale is the em size in font units, so shaped advances are
/// size-independent. Layout reads nothing else of a font; the writers load its file on their own (PDF embeds a subset,
/// PNG draws with Skia). A text style holds the face together with its theme's fallback chain
/// (<see cref="WithFallbacks"/>); shaped runs hold the bare face (<see cref="Bare"/>), one object per file.
/// </summary>
#pragma warning disable CA1001 // The native parts live as long as the family; HarfBuzz unpins the bytes with its blob.
internal sealed class LoadedFont
{
    private static int faces;

    // A face is a key of the shaping and word caches, looked up for every word: its hash is a number given when it
    // is loaded, not the runtime's identity hash (whose slow path showed in profiles). Equality stays identity.
    private readonly int hash = Interlocked.Increment(ref faces);

    public LoadedFont(FontFamily family, FontFace face, ReadOnlyMemory<byte> bytes)
    {
        Family = family;
        Face = face;
        RequestedFace = face;
        Bare = this;
        Fallbacks = [];
        // HarfBuzz reads the font where it is (a bundled font in the mapped assembly, a loaded one in its array), pinned
        // until the blob is destroyed; copying it cost a fresh half megabyte per face. (Blob.FromStream, tried before,
        // crashed in hb_shape when several documents were laid out concurrently right after start-up.)
        var pinned = bytes.Pin();
        unsafe
        {
            blob = new HarfBuzzSharp.Blob((IntPtr)pinned.Pointer, bytes.Length, HarfBuzzSharp.MemoryMode.ReadOnly, pinned.Dispose);
        }
        hbFace = new HarfBuzzSharp.Face(blob, 0);
        UnitsPerEm = hbFace.UnitsPerEm;
        if (UnitsPerEm <= 0)
        {
            throw new InvalidOperationException($"The font {family.SourceOf(face)} could not be read: it has no units per em.");
        }
        Shaper = new HarfBuzzSharp.Font(hbFace);
        Shaper.SetFunctionsOpenType();
        Shaper.SetScale(UnitsPerEm, UnitsPerEm);
        var (ascender, descender) = VerticalMetrics(hbFace);
        Ascent = (float)ascender / UnitsPerEm;
        Descent = (float)-descender / UnitsPerEm;
        HyphenGlyph = Glyph('-');
        SpaceGlyph = Glyph(' ');
    }

    private LoadedFont(LoadedFont bare, FontFace requested, IReadOnlyList<FontFamily> fallbacks)
    {
        Family = bare.Family;
        Face = bare.Face;
        RequestedFace = requested;
        Bare = bare;
        Fallbacks = fallbacks;
        Shaper = bare.Shaper;
        blob = bare.blob;
        hbFace = bare.hbFace;
        UnitsPerEm = bare.UnitsPerEm;
        Ascent = bare.Ascent;
        Descent = bare.Descent;
        HyphenGlyph = bare.HyphenGlyph;
        SpaceGlyph = bare.SpaceGlyph;
    }

    // Kept so that the native face and its data live as long as the shaper that uses them.
    private readonly HarfBuzzSharp.Blob blob;
    private readonly HarfBuzzSharp.Face hbFace;

    /// <summary>The family.</summary>
    public FontFamily Family { get; }

    /// <summary>The face loaded: the family's nearest to the one asked for.</summary>
    public FontFace Face { get; }

    /// <summary>The face asked for; fallback families are asked for it too.</summary>
    public FontFace RequestedFace { get; }

    /// <summary>The same face without a fallback chain: the one object per font file that shaped runs and writers see.</summary>
    public LoadedFont Bare { get; }

    /// <summary>The families tried, in order, for characters this face lacks; empty for a bare face.</summary>
    public IReadOnlyList<FontFamily> Fallbacks { get; }

    /// <summary>The HarfBuzz font, scaled to font units.</summary>
    public HarfBuzzSharp.Font Shaper { get; }

    /// <summary>Font units per em.</summary>
    public int UnitsPerEm { get; }

    /// <summary>Ascent above the baseline, in ems (positive).</summary>
    public float Ascent { get; }

    /// <summary>Descent below the baseline, in ems (positive).</summary>
    public float Descent { get; }

    /// <summary>The glyph of '-'.</summary>
    public ushort HyphenGlyph { get; }

    /// <summary>The glyph of the space.</summary>
    public ushort SpaceGlyph { get; }

    /// <summary>Whether the face has a glyph for a code point.</summary>
    public bool Covers(int codepoint) => Glyph(codepoint) != 0;

    /// <summary>The glyph the font's character map gives a code point; 0 (.notdef) for none.</summary>
    public ushort Glyph(int codepoint) => Shaper.TryGetNominalGlyph((uint)codepoint, out var glyph) ? (ushort)glyph : (ushort)0;

    /// <summary>
    /// The ascender and descender in font units (descender negative) as FreeType reports them: the <c>hhea</c> table's,
    /// or OS/2's typographic ones where <c>hhea</c> gives none. Read from the file, so layout is the same on every
    /// platform whatever font back end the platform's Skia uses.
    /// </summary>
    private static (int Ascender, int Descender) VerticalMetrics(HarfBuzzSharp.Face face)
    {
        using var hhea = face.ReferenceTable(HarfBuzzSharp.Tag.Parse("hhea"));
        var table = hhea.AsSpan();
        if (table.Length >= 8 && (BinaryPrimitives.ReadInt16BigEndian(table[4..]) != 0 || BinaryPrimitives.ReadInt16BigEndian(table[6..]) != 0))
        {
            return (BinaryPrimitives.ReadInt16BigEndian(table[4..]), BinaryPrimitives.ReadInt16BigEndian(table[6..]));
        }
        using var os2 = face.ReferenceTable(HarfBuzzSharp.Tag.Parse("OS/2"));
        var metrics = os2.AsSpan();
        return metrics.Length >= 72
            ? (BinaryPrimitives.ReadInt16BigEndian(metrics[68..]), BinaryPrimitives.ReadInt16BigEndian(metrics[70..]))
            : (0, 0);
    }

    /// <summary>This face asked for as <paramref name="requested"/>, falling back along <paramref name="fallbacks"/>.</summary>
    public LoadedFont WithFallbacks(FontFace requested, IReadOnlyList<FontFamily> fallbacks) => new(Bare, requested, fallbacks);

    /// <inheritdoc />
    public override string ToString() => Family.SourceOf(Face);

    /// <inheritdoc />
    public override int GetHashCode() => hash;

    /// <inheritdoc />
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);
}
