using System.Text;
using Csto.Reporting.Pdf.Writing.Syntax;

namespace Csto.Reporting.Pdf.Writing.Fonts;

/// <summary>
/// A ToUnicode CMap (ISO 32000-1 §9.10.3) for an Identity-H font: two-byte codes (the glyph ids) mapped with
/// <c>bfchar</c> to the UTF-16BE text each glyph stands for, in blocks of at most 100 entries as the CMap format
/// requires. Glyphs recorded without text are left out.
/// </summary>
internal static class ToUnicodeCMap
{
    /// <summary>Builds the CMap program's bytes.</summary>
    public static byte[] Build(IEnumerable<KeyValuePair<ushort, string?>> glyphTexts)
    {
        var mapped = glyphTexts.Where(pair => !string.IsNullOrEmpty(pair.Value)).ToList();
        var output = new PdfOutput();
        output.Raw("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Raw("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n")
            .Raw("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Raw("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        Span<byte> code = stackalloc byte[2];
        for (var start = 0; start < mapped.Count; start += 100)
        {
            var count = Math.Min(100, mapped.Count - start);
            output.Integer(count).Raw(" beginbfchar\n");
            for (var i = start; i < start + count; i++)
            {
                code[0] = (byte)(mapped[i].Key >> 8);
                code[1] = (byte)mapped[i].Key;
                output.HexString(code).Raw(" ").HexString(Encoding.BigEndianUnicode.GetBytes(mapped[i].Value!)).Raw("\n");
            }
            output.Raw("endbfchar\n");
        }
        output.Raw("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return output.Written.ToArray();
    }
}
