using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Csto.Reporting.Documents.Printing;

/// <summary>Writes one line per block, children indented, for <see cref="DocumentTreePrinter"/>.</summary>
internal static class BlockPrinter
{
    public static void PrintAll(TreeWriter output, int depth, IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            Print(output, depth, block);
        }
    }

    private static void Print(TreeWriter output, int depth, Block block)
    {
        switch (block)
        {
            case Heading heading:
                output.Line(depth, HeadingLine(heading));
                break;
            case Paragraph paragraph:
                output.Line(depth, $"paragraph {StyleName(paragraph.Style)}: {InlinePrinter.Print(paragraph.Content)}");
                break;
            case ItemList list:
                PrintList(output, depth, list);
                break;
            case Table table:
                PrintTable(output, depth, table);
                break;
            case BlockQuote quote:
                output.Line(depth, "quote");
                PrintAll(output, depth + 1, quote.Blocks);
                break;
            case PageBreak:
                output.Line(depth, "page-break");
                break;
            case TableOfContents toc:
                output.Line(depth, string.Create(CultureInfo.InvariantCulture, $"toc max-level={toc.MaxLevel}: {TextEscaper.Escape(toc.Title)}"));
                break;
            case TitlePage titlePage:
                output.Line(depth, "title-page");
                PrintPart(output, depth + 1, "top", titlePage.Top);
                PrintPart(output, depth + 1, "middle", titlePage.Middle);
                PrintPart(output, depth + 1, "bottom", titlePage.Bottom);
                break;
            case SignatureBlock signatures:
                output.Line(depth, "signatures");
                foreach (var signatory in signatures.Signatories)
                {
                    output.Line(depth + 1, $"signatory: {TextEscaper.Escape(signatory.Office)} | {TextEscaper.Escape(signatory.Name)}");
                }
                break;
            case Image image:
                PrintImage(output, depth, image);
                break;
            default:
                output.Line(depth, "block " + block.GetType().Name);
                break;
        }
    }

    private static string HeadingLine(Heading heading)
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"heading {heading.Level} #{heading.Anchor}"));
        if (heading.Number is { } number)
        {
            text.Append(" number=").Append(TextEscaper.Escape(number));
        }
        if (!heading.InTableOfContents)
        {
            text.Append(" notoc");
        }
        return text.Append(": ").Append(InlinePrinter.Print(heading.Content)).ToString();
    }

    private static void PrintList(TreeWriter output, int depth, ItemList list)
    {
        var line = list.Ordered
            ? string.Create(CultureInfo.InvariantCulture, $"list ordered start={list.Start}") + (list.ContinuesPrevious ? " continues" : string.Empty)
            : "list bullet";
        output.Line(depth, line);
        foreach (var item in list.Items)
        {
            output.Line(depth + 1, "item");
            PrintAll(output, depth + 2, item.Blocks);
        }
    }

    private static void PrintTable(TreeWriter output, int depth, Table table)
    {
        var columns = string.Join(", ", table.Columns.Select(c => $"{(c.RelativeWidth is { } width ? TreeWriter.Number(width) : "auto")} {c.Alignment?.ToString().ToLowerInvariant() ?? "auto"}"));
        output.Line(depth, string.Create(CultureInfo.InvariantCulture, $"table header-rows={table.HeaderRowCount} columns=[{columns}]"));
        if (table.Caption is { } caption)
        {
            output.Line(depth + 1, "caption: " + InlinePrinter.Print(caption));
        }
        foreach (var row in table.Rows)
        {
            output.Line(depth + 1, row.CantSplit ? "row" : "row splittable");
            foreach (var cell in row.Cells)
            {
                var line = new StringBuilder("cell");
                if (cell.ColumnSpan != 1 || cell.RowSpan != 1)
                {
                    line.Append(CultureInfo.InvariantCulture, $" span={cell.ColumnSpan}x{cell.RowSpan}");
                }
                if (cell.Alignment is { } alignment)
                {
                    line.Append(" align=").Append(alignment.ToString().ToLowerInvariant());
                }
                output.Line(depth + 2, line.ToString());
                PrintAll(output, depth + 3, cell.Blocks);
            }
        }
    }

    private static void PrintPart(TreeWriter output, int depth, string name, IReadOnlyList<Block> blocks)
    {
        output.Line(depth, name);
        PrintAll(output, depth + 1, blocks);
    }

    private static void PrintImage(TreeWriter output, int depth, Image image)
    {
        var hash = Convert.ToHexString(SHA256.HashData(image.Data.Span))[..12].ToLowerInvariant();
        output.Line(depth, string.Create(CultureInfo.InvariantCulture,
            $"image {image.Format.ToString().ToLowerInvariant()} {TreeWriter.Number(image.WidthPoints)}x{TreeWriter.Number(image.HeightPoints)}pt bytes={image.Data.Length} sha256={hash}")
            + (image.AltText is { } alt ? " alt=\"" + TextEscaper.Escape(alt) + "\"" : string.Empty));
        if (image.Caption is { } caption)
        {
            output.Line(depth + 1, "caption: " + InlinePrinter.Print(caption));
        }
    }

    private static string StyleName(ParagraphStyle style) => style switch
    {
        ParagraphStyle.Body => "body",
        ParagraphStyle.Lead => "lead",
        ParagraphStyle.Title => "title",
        ParagraphStyle.Subtitle => "subtitle",
        ParagraphStyle.Centered => "center",
        ParagraphStyle.RightAligned => "right",
        ParagraphStyle.PlaceAndDate => "place-date",
        ParagraphStyle.Caption => "caption",
        ParagraphStyle.Plain => "plain",
        _ => style.ToString(),
    };
}
