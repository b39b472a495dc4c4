using System.Text;

namespace Csto.Reporting.Pdf.Writing.Content;

/// <summary>
/// The text a glyph of a shaped run stands for, from HarfBuzz's cluster map (each glyph's cluster is the byte
/// offset in the run's UTF-8 text where its cluster starts; clusters never decrease in left-to-right text). The
/// first glyph of a cluster carries the whole cluster's text — one character, or several for a ligature; further
/// glyphs of the same cluster carry null.
/// </summary>
internal static class GlyphTexts
{
    /// <summary>The text of glyph <paramref name="index"/>, or null when an earlier glyph of its cluster carries it.</summary>
    /// <exception cref="ArgumentException">The cluster lies outside the text or the clusters decrease.</exception>
    public static string? Of(int index, ReadOnlySpan<byte> utf8, ReadOnlySpan<uint> clusters)
    {
        var start = clusters[index];
        if (start > utf8.Length || (index > 0 && start < clusters[index - 1]))
        {
            throw new ArgumentException($"Cluster {start} of glyph {index} is outside the text or out of order.", nameof(clusters));
        }
        if (index > 0 && start == clusters[index - 1])
        {
            return null;
        }
        var end = (uint)utf8.Length;
        for (var j = index + 1; j < clusters.Length; j++)
        {
            if (clusters[j] != start)
            {
                end = clusters[j];
                break;
            }
        }
        return Encoding.UTF8.GetString(utf8[(int)start..(int)end]);
    }
}
