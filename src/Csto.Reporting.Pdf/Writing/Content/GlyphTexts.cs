using System.Text;

namespace Csto.Reporting.Pdf.Writing.Content;

/// <summary>
/// The text each glyph of a shaped run stands for, from HarfBuzz's cluster map (each glyph's cluster is the byte
/// offset in the run's UTF-8 text where its cluster starts; clusters never decrease in left-to-right text). The
/// first glyph of a cluster carries the whole cluster's text — one character, or several for a ligature; further
/// glyphs of the same cluster carry null.
/// </summary>
internal static class GlyphTexts
{
    /// <summary>Splits <paramref name="utf8"/> over the glyphs by <paramref name="clusters"/>.</summary>
    /// <exception cref="ArgumentException">A cluster lies outside the text or the clusters decrease.</exception>
    public static string?[] FromClusters(ReadOnlySpan<byte> utf8, ReadOnlySpan<uint> clusters)
    {
        var texts = new string?[clusters.Length];
        for (var i = 0; i < clusters.Length; i++)
        {
            var start = clusters[i];
            if (start > utf8.Length || (i > 0 && start < clusters[i - 1]))
            {
                throw new ArgumentException($"Cluster {start} of glyph {i} is outside the text or out of order.", nameof(clusters));
            }
            if (i > 0 && start == clusters[i - 1])
            {
                continue;
            }
            var end = (uint)utf8.Length;
            for (var j = i + 1; j < clusters.Length; j++)
            {
                if (clusters[j] != start)
                {
                    end = clusters[j];
                    break;
                }
            }
            texts[i] = Encoding.UTF8.GetString(utf8[(int)start..(int)end]);
        }
        return texts;
    }
}
