using System.Globalization;
using System.Text;
using Csto.Reporting.Pdf.Tests.Writing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Csto.Reporting.Pdf.Tests.TestSupport;

/// <summary>
/// Reads a PDF's cross-reference stream (ISO 32000-1 §7.5.8) on its own, not through PdfPig's object lookup: the
/// object at <c>startxref</c>, its rows after the Flate filter and the PNG predictor, and for each object stream
/// (§7.5.7) the pairs of its header. Tests use it to see where each object really lies.
/// </summary>
internal static class CrossReference
{
    /// <summary>Where one object lies: at a byte offset (type 1) or in an object stream at an index (type 2).</summary>
    public readonly record struct Entry(int Number, int Type, long Offset, int Stream, int Index);

    /// <summary>The rows of the file's cross-reference stream by object number (object 0, the free head, included).</summary>
    public static IReadOnlyList<Entry> Read(byte[] pdf, out int crossReferenceNumber, out long crossReferenceOffset)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var startxref = text.LastIndexOf("startxref\n", StringComparison.Ordinal);
        startxref.Should().BeGreaterThan(0, "the file ends with startxref");
        crossReferenceOffset = long.Parse(text[(startxref + 10)..].Split('\n')[0], CultureInfo.InvariantCulture);
        var header = text[(int)crossReferenceOffset..].Split('\n')[0].Split(' ');
        header.Should().HaveCount(3, "startxref points at an object, not a classic table").And.EndWith("obj");
        crossReferenceNumber = int.Parse(header[0], CultureInfo.InvariantCulture);
        using var document = PdfDocument.Open(pdf);
        var stream = (StreamToken)document.Structure.GetObject(new UglyToad.PdfPig.Core.IndirectReference(crossReferenceNumber, 0)).Data;
        var dictionary = stream.StreamDictionary.Data;
        ((NameToken)dictionary["Type"]).Data.Should().Be("XRef");
        var widths = ((ArrayToken)dictionary["W"]).Data.Cast<NumericToken>().Select(n => n.Int).ToArray();
        var size = ((NumericToken)dictionary["Size"]).Int;
        dictionary.Should().NotContainKey("Index", "the rows run from object 0 to Size − 1");
        var data = WritingFixtures.StreamData(stream);
        var width = widths.Sum();
        var rows = new byte[size * width];
        if (dictionary.TryGetValue("DecodeParms", out var parms) && parms is DictionaryToken parameters)
        {
            ((NumericToken)parameters.Data["Predictor"]).Int.Should().Be(12, "the PNG Up predictor");
            ((NumericToken)parameters.Data["Columns"]).Int.Should().Be(width);
            data.Length.Should().Be(size * (width + 1));
            for (var row = 0; row < size; row++)
            {
                data[row * (width + 1)].Should().Be(2, "every row is filtered with PNG Up");
                for (var i = 0; i < width; i++)
                {
                    var above = row == 0 ? 0 : rows[((row - 1) * width) + i];
                    rows[(row * width) + i] = (byte)(data[(row * (width + 1)) + 1 + i] + above);
                }
            }
        }
        else
        {
            data.Length.Should().Be(size * width);
            data.CopyTo(rows, 0);
        }
        var entries = new List<Entry>(size);
        for (var number = 0; number < size; number++)
        {
            var fields = new long[3];
            var at = number * width;
            for (var field = 0; field < 3; field++)
            {
                for (var i = 0; i < widths[field]; i++)
                {
                    fields[field] = (fields[field] << 8) | rows[at++];
                }
            }
            entries.Add(fields[0] switch
            {
                1 => new Entry(number, 1, fields[1], -1, -1),
                2 => new Entry(number, 2, -1, (int)fields[1], (int)fields[2]),
                _ => new Entry(number, (int)fields[0], -1, -1, -1),
            });
        }
        return entries;
    }

    /// <summary>The object numbers an object stream's header lists, in order (its pairs' first numbers).</summary>
    public static IReadOnlyList<int> ObjectStreamNumbers(PdfDocument document, int stream)
    {
        var token = (StreamToken)document.Structure.GetObject(new UglyToad.PdfPig.Core.IndirectReference(stream, 0)).Data;
        ((NameToken)token.StreamDictionary.Data["Type"]).Data.Should().Be("ObjStm");
        var count = ((NumericToken)token.StreamDictionary.Data["N"]).Int;
        var first = ((NumericToken)token.StreamDictionary.Data["First"]).Int;
        var pairs = Encoding.ASCII.GetString(WritingFixtures.StreamData(token), 0, first)
            .Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        pairs.Should().HaveCount(2 * count);
        return Enumerable.Range(0, count).Select(i => pairs[2 * i]).ToList();
    }
}
