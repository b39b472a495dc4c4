using Csto.Reporting.Fonts;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Fonts;

/// <summary>
/// One bundled face, loaded once per process: the Skia typeface that draws and embeds it and the HarfBuzz font
/// that shapes it. The HarfBuzz scale is the em size in font units, so shaped advances are size-independent.
/// </summary>
#pragma warning disable CA1001 // Loaded once per process and kept for its lifetime.
internal sealed class LoadedFont
{
    public LoadedFont(FontFamily family, FontFace face, ReadOnlyMemory<byte> bytes)
    {
        Family = family;
        Face = face;
        using var data = SKData.CreateCopy(bytes.Span);
        Typeface = SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"The bundled font {family.FileName(face)} could not be read by Skia.");
        UnitsPerEm = Typeface.UnitsPerEm;
        // HarfBuzz reads the font from native memory owned here for the life of the process. Blob.FromStream
        // crashed in hb_shape when several documents were laid out concurrently right after start-up.
        var native = System.Runtime.InteropServices.Marshal.AllocHGlobal(bytes.Length);
        System.Runtime.InteropServices.Marshal.Copy(bytes.ToArray(), 0, native, bytes.Length);
        blob = new HarfBuzzSharp.Blob(native, bytes.Length, HarfBuzzSharp.MemoryMode.ReadOnly);
        hbFace = new HarfBuzzSharp.Face(blob, 0);
        Shaper = new HarfBuzzSharp.Font(hbFace);
        Shaper.SetFunctionsOpenType();
        Shaper.SetScale(UnitsPerEm, UnitsPerEm);
        using var font = new SKFont(Typeface, 1f);
        var metrics = font.Metrics;
        Ascent = -metrics.Ascent;
        Descent = metrics.Descent;
        HyphenGlyph = Typeface.GetGlyph('-');
        SpaceGlyph = Typeface.GetGlyph(' ');
    }

    // Kept so that the native face and its data live as long as the shaper that uses them.
    private readonly HarfBuzzSharp.Blob blob;
    private readonly HarfBuzzSharp.Face hbFace;

    /// <summary>The family.</summary>
    public FontFamily Family { get; }

    /// <summary>The face.</summary>
    public FontFace Face { get; }

    /// <summary>The Skia typeface.</summary>
    public SKTypeface Typeface { get; }

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
    public bool Covers(int codepoint) => Typeface.ContainsGlyph(codepoint);

    /// <inheritdoc />
    public override string ToString() => Family.FileName(Face);
}
