using System.Runtime.InteropServices;

namespace Csto.Reporting.Pdf.Writing.Fonts;

/// <summary>
/// Cuts a TrueType font down to the glyphs a document uses, through HarfBuzz's subsetter. Glyph ids are kept
/// (unused ids become empty glyphs), so content streams written before the subset stay valid; hinting and the
/// layout tables (GSUB, GPOS, GDEF, which only shaping reads) are dropped. Glyph 0 (.notdef) is always kept.
/// </summary>
internal static class FontSubsetter
{
    private static readonly string[] DroppedTables = ["GSUB", "GPOS", "GDEF", "kern", "DSIG", "hdmx", "LTSH", "VDMX", "gasp"];

    /// <summary>Returns the subset font's bytes.</summary>
    /// <param name="font">The whole TrueType font file.</param>
    /// <param name="glyphs">The glyph ids to keep; composite glyphs' components are kept too.</param>
    /// <exception cref="InvalidOperationException">HarfBuzz could not read or subset the font.</exception>
    public static byte[] Subset(ReadOnlyMemory<byte> font, IEnumerable<ushort> glyphs)
    {
        ArgumentNullException.ThrowIfNull(glyphs);
        var input = HarfBuzzSubsetApi.InputCreate();
        if (input == IntPtr.Zero)
        {
            throw new InvalidOperationException("HarfBuzz could not allocate a subset input.");
        }
        var blob = IntPtr.Zero;
        var face = IntPtr.Zero;
        var subset = IntPtr.Zero;
        var subsetBlob = IntPtr.Zero;
        // HarfBuzz reads the font in place (the subset may share tables with it), so it stays pinned until every
        // HarfBuzz object is destroyed; duplicating it cost a fresh copy of the whole file per embedded font.
        using var pinned = font.Pin();
        try
        {
            unsafe
            {
                blob = HarfBuzzSubsetApi.BlobCreate((IntPtr)pinned.Pointer, (uint)font.Length, HarfBuzzSubsetApi.MemoryModeReadOnly, IntPtr.Zero, IntPtr.Zero);
            }
            face = HarfBuzzSubsetApi.FaceCreate(blob, 0);
            var glyphSet = HarfBuzzSubsetApi.InputGlyphSet(input);
            HarfBuzzSubsetApi.SetAdd(glyphSet, 0);
            foreach (var glyph in glyphs)
            {
                HarfBuzzSubsetApi.SetAdd(glyphSet, glyph);
            }
            var dropped = HarfBuzzSubsetApi.InputSet(input, HarfBuzzSubsetApi.SetDropTableTag);
            foreach (var table in DroppedTables)
            {
                HarfBuzzSubsetApi.SetAdd(dropped, HarfBuzzSubsetApi.Tag(table));
            }
            HarfBuzzSubsetApi.InputSetFlags(
                input,
                HarfBuzzSubsetApi.FlagRetainGlyphIds | HarfBuzzSubsetApi.FlagNoHinting | HarfBuzzSubsetApi.FlagNoLayoutClosure);
            subset = HarfBuzzSubsetApi.SubsetOrFail(face, input);
            if (subset == IntPtr.Zero)
            {
                throw new InvalidOperationException("HarfBuzz could not subset the font (hb_subset_or_fail returned null).");
            }
            subsetBlob = HarfBuzzSubsetApi.FaceReferenceBlob(subset);
            var data = HarfBuzzSubsetApi.BlobGetData(subsetBlob, out var length);
            if (data == IntPtr.Zero || length == 0)
            {
                throw new InvalidOperationException("HarfBuzz produced an empty subset font.");
            }
            var result = new byte[length];
            Marshal.Copy(data, result, 0, (int)length);
            return result;
        }
        finally
        {
            if (subsetBlob != IntPtr.Zero)
            {
                HarfBuzzSubsetApi.BlobDestroy(subsetBlob);
            }
            if (subset != IntPtr.Zero)
            {
                HarfBuzzSubsetApi.FaceDestroy(subset);
            }
            if (face != IntPtr.Zero)
            {
                HarfBuzzSubsetApi.FaceDestroy(face);
            }
            if (blob != IntPtr.Zero)
            {
                HarfBuzzSubsetApi.BlobDestroy(blob);
            }
            HarfBuzzSubsetApi.InputDestroy(input);
        }
    }
}
