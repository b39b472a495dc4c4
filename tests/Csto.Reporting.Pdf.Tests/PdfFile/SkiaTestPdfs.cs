using Csto.Reporting.Fonts;
using SkiaSharp;

namespace Csto.Reporting.Pdf.Tests.PdfFile;

/// <summary>Builds PDFs the way the renderer does, through SkiaSharp's PDF backend, with a bundled font and Russian text.</summary>
internal static class SkiaTestPdfs
{
    public const string OrganizationName = "Организация Договора о коллективной безопасности";

    private static readonly Lazy<byte[]> FivePages = new(() => Create(5, pdfA: false));
    private static readonly Lazy<byte[]> ManyPages = new(() => Create(230, pdfA: false));
    private static readonly Lazy<byte[]> FivePagesPdfA = new(() => Create(5, pdfA: true));

    /// <summary>Five A4 pages, no PDF/A.</summary>
    public static byte[] Small => FivePages.Value;

    /// <summary>230 A4 pages, enough for SkiaSharp to write a nested page tree.</summary>
    public static byte[] Large => ManyPages.Value;

    /// <summary>Five pages with PDF/A metadata (XMP, document identifier).</summary>
    public static byte[] PdfA => FivePagesPdfA.Value;

    public static byte[] Create(int pageCount, bool pdfA)
    {
        using var data = SKData.CreateCopy(FontFamily.LiberationSerif.Load(FontFace.Regular).ToArray());
        using var typeface = SKTypeface.FromData(data);
        using var font = new SKFont(typeface, 14);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = "Отчёт ОДКБ",
            Author = "Секретариат ОДКБ",
            Creator = "Csto.Reporting tests",
            Producer = "Csto.Reporting tests",
            Creation = new DateTime(2026, 1, 15, 10, 0, 0, DateTimeKind.Utc),
            Modified = new DateTime(2026, 1, 15, 10, 0, 0, DateTimeKind.Utc),
            PdfA = pdfA,
            RasterDpi = 72,
            EncodingQuality = 101,
        };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            for (var i = 0; i < pageCount; i++)
            {
                var canvas = document.BeginPage(595, 842);
                canvas.DrawText($"Страница {i + 1}", 56, 80, font, paint);
                canvas.DrawText(OrganizationName, 56, 110, font, paint);
                document.EndPage();
            }
            document.Close();
        }
        return stream.ToArray();
    }
}
