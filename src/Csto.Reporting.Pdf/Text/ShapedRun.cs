using Csto.Reporting.Pdf.Fonts;

namespace Csto.Reporting.Pdf.Text;

/// <summary>
/// Glyphs of one font produced by shaping a piece of text, with positions in ems so that one shaping serves every
/// size. The UTF-8 text and the glyph clusters travel with the glyphs so the PDF keeps the text extractable.
/// </summary>
internal sealed class ShapedRun(LoadedFont font, ushort[] glyphs, float[] positions, float advance, byte[] utf8, uint[] clusters)
{
    /// <summary>The face the glyphs belong to.</summary>
    public LoadedFont Font { get; } = font;

    /// <summary>Glyph ids.</summary>
    public ushort[] Glyphs { get; } = glyphs;

    /// <summary>The x of each glyph from the run's start, in ems.</summary>
    public float[] Positions { get; } = positions;

    /// <summary>The advance of the whole run, in ems.</summary>
    public float Advance { get; } = advance;

    /// <summary>The run's text as UTF-8.</summary>
    public byte[] Utf8 { get; } = utf8;

    /// <summary>For each glyph, the byte offset in <see cref="Utf8"/> of the text it draws.</summary>
    public uint[] Clusters { get; } = clusters;
}

/// <summary>A shaped piece of text: usually one run, several when some characters fall back to another font.</summary>
internal sealed class ShapedText(ShapedRun[] runs)
{
    /// <summary>The runs, left to right.</summary>
    public ShapedRun[] Runs { get; } = runs;

    private string? text;

    /// <summary>The total advance in ems.</summary>
    public float Advance { get; } = runs.Sum(r => r.Advance);

    /// <summary>The text the glyphs draw (decoded from the runs' UTF-8 once; shaped pieces are shared by every paragraph that sets them).</summary>
    public string Text => text ??= Decode(Runs);

    private static string Decode(ShapedRun[] runs)
    {
        if (runs.Length == 1)
        {
            return System.Text.Encoding.UTF8.GetString(runs[0].Utf8);
        }
        var builder = new System.Text.StringBuilder();
        foreach (var run in runs)
        {
            builder.Append(System.Text.Encoding.UTF8.GetString(run.Utf8));
        }
        return builder.ToString();
    }
}
