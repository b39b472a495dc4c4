using System.Globalization;
using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Drawing;
using Csto.Reporting.Pdf.Fonts;
using Csto.Reporting.Pdf.Layout;
using Csto.Reporting.Pdf.Text;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Pagination;

/// <summary>Draws what is on every page besides the text: the page number per the theme and the section's running header.</summary>
internal sealed class PageFurniture(LayoutContext context)
{
    /// <summary>
    /// Draws the furniture of page <paramref name="page"/> in the top margin (<paramref name="top"/>) or the bottom
    /// margin; the top part is drawn before the page's text and the bottom part after it, so reading order follows
    /// the page.
    /// </summary>
    public void Draw(PageCanvas canvas, PageSetup setup, int page, string? runningHeader, bool top)
    {
        var numbering = context.Theme.PageNumbers;
        var first = page == 1 && !numbering.OnFirstPage;
        var size = (float)numbering.FontSize;
        var left = (float)setup.Margins.Left;
        var width = (float)setup.ContentWidth;
        var topBaseline = (float)setup.Margins.Top / 2 + size / 3;
        var bottomBaseline = (float)(setup.PageHeight - setup.Margins.Bottom / 2) + size / 3;
        var numberOnTop = numbering.Position == PageNumberPosition.TopCenter;
        if (numbering.Position != PageNumberPosition.None && !first && numberOnTop == top)
        {
            var text = numbering.Format
                .Replace("{page}", page.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{pages}", Math.Max(page, context.TotalPages).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            var font = FontCatalog.Get(context.Theme.BodyFont, false, false);
            var shaped = TextShaper.Shape(font, text, context.Options.Kerning, false);
            var textWidth = shaped.Advance * size;
            var (x, y) = numbering.Position switch
            {
                PageNumberPosition.TopCenter => (left + (width - textWidth) / 2, topBaseline),
                PageNumberPosition.BottomCenter => (left + (width - textWidth) / 2, bottomBaseline),
                _ => (left + width - textWidth, bottomBaseline),
            };
            canvas.DrawText(shaped, size, x, y, context.TextColor);
        }
        if (!string.IsNullOrWhiteSpace(runningHeader) && !first && top)
        {
            var font = FontCatalog.Get(context.Theme.BodyFont, false, true);
            var shaped = TextShaper.Shape(font, runningHeader, context.Options.Kerning, false);
            var textWidth = shaped.Advance * size;
            var x = numbering.Position == PageNumberPosition.TopCenter ? left + width - textWidth : left + (width - textWidth) / 2;
            canvas.DrawText(shaped, size, Math.Max(left, x), topBaseline, context.TextColor);
        }
    }
}
