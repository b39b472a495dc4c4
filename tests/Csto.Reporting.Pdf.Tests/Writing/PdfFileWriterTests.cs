using Csto.Testing;
using System.IO.Hashing;
using System.Text;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Pdf.Writing.Metadata;
using Csto.Reporting.Pdf.Writing.Syntax;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Csto.Reporting.Pdf.Tests.Writing;

public class PdfFileWriterTests
{
    [Fact]
    public void Every_cross_reference_entry_points_at_its_object()
    {
        var pdf = WritingFixtures.OneLine("Проверка");
        var text = Encoding.Latin1.GetString(pdf);
        var entries = CrossReference.Read(pdf, out var crossReference, out var offset);
        entries.Count.Should().BeGreaterThan(5);
        using var document = PdfDocument.Open(pdf);
        foreach (var entry in entries.Skip(1))
        {
            if (entry.Type == 1)
            {
                text[(int)entry.Offset..].Should().StartWith($"{entry.Number} 0 obj\n", $"entry {entry.Number} of the table");
            }
            else
            {
                entry.Type.Should().Be(2, $"object {entry.Number} is in use");
                CrossReference.ObjectStreamNumbers(document, entry.Stream)[entry.Index].Should().Be(entry.Number);
            }
        }
        entries[crossReference].Offset.Should().Be(offset);
        entries.Should().Contain(e => e.Type == 2, "the page, font and catalog dictionaries are in an object stream");
    }

    [Fact]
    public void Objects_written_while_another_is_written_are_refused_rather_than_interleaved()
    {
        var writer = new PdfFileWriter();
        var outer = writer.Allocate();
        var inner = writer.Allocate();
        var act = () => writer.WriteObject(outer, o => writer.WriteObject(inner, p => p.Raw("<<>>")));
        act.Should().Throw<InvalidOperationException>().WithMessage("Object 2 is written while another object is being written.");
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes_and_another_document_another_identifier()
    {
        var first = WritingFixtures.OneLine("Проверка");
        var second = WritingFixtures.OneLine("Проверка");
        var other = WritingFixtures.OneLine("Проверки");
        second.Should().Equal(first);
        Identifier(other).Should().NotBe(Identifier(first));
        CrossReference.Read(first, out _, out var crossReference);
        var expected = Convert.ToHexString(XxHash128.Hash(first.AsSpan(0, (int)crossReference)));
        Identifier(first).Should().Be($"<{expected}><{expected}>");
    }

    [Fact]
    public void Streams_are_flate_compressed_and_inflate_to_what_was_written()
    {
        var writer = new PdfFileWriter();
        var data = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("0 0 m 10 10 l S\n", 200)));
        var stream = writer.AddStream(data);
        var pages = writer.Allocate();
        var page = writer.Add(o => o.Raw("<<").Key("Type").Name("Page").Key("Parent").Reference(pages).Key("MediaBox").Raw("[0 0 100 100]").Key("Contents").Reference(stream).Raw(">>"));
        writer.WriteObject(pages, o => o.Raw("<<").Key("Type").Name("Pages").Key("Kids").Raw("[").Reference(page).Raw("]").Key("Count").Integer(1).Raw(">>"));
        var catalog = writer.Add(o => o.Raw("<<").Key("Type").Name("Catalog").Key("Pages").Reference(pages).Raw(">>"));
        var pdf = writer.Finish(catalog, null);
        using var document = PdfDocument.Open(pdf);
        var token = (StreamToken)document.Structure.GetObject(new UglyToad.PdfPig.Core.IndirectReference(stream.Number, 0)).Data;
        token.Data.Length.Should().BeLessThan(data.Length / 10);
        WritingFixtures.StreamData(token).Should().Equal(data);
    }

    [Fact]
    public void An_object_allocated_but_never_written_stops_the_file()
    {
        var writer = new PdfFileWriter();
        var catalog = writer.Allocate();
        writer.Allocate();
        writer.WriteObject(catalog, o => o.Raw("<<>>"));
        var act = () => writer.Finish(catalog, null);
        act.Should().Throw<InvalidOperationException>().WithMessage("Object 2 was allocated but never written.");
        var twice = () => writer.WriteObject(catalog, o => o.Raw("<<>>"));
        twice.Should().Throw<InvalidOperationException>().WithMessage("Object 1 is already written.");
    }

    [Fact]
    public void Local_dates_are_refused()
    {
        var act = () => PdfDocumentInformation.PdfDate(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Local));
        act.Should().Throw<ArgumentException>();
        PdfDocumentInformation.PdfDate(WritingFixtures.Date).Should().Be("D:20251128000000Z");
        PdfDocumentInformation.XmpDate(WritingFixtures.Date).Should().Be("2025-11-28T00:00:00Z");
    }

    [ToolFact("qpdf")]
    public void Qpdf_finds_no_problem()
    {
        var (code, output) = PdfTools.Run("qpdf", WritingFixtures.OneLine("Проверка структуры файла"), "--check", "{file}");
        code.Should().Be(0, output);
        output.Should().Contain("No syntax or stream encoding errors found").And.NotContain("WARNING");
    }

    private static string Identifier(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var start = text.LastIndexOf("/ID[", StringComparison.Ordinal) + 4;
        return text[start..text.IndexOf(']', start)];
    }
}
