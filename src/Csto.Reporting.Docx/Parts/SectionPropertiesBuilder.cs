using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Writing;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Parts;

/// <summary>w:sectPr of a section: header and footer references, page size and orientation, margins, first-page rule.</summary>
internal static class SectionPropertiesBuilder
{
    /// <summary>Builds the section properties.</summary>
    public static W.SectionProperties Build(PageSetup page, IEnumerable<OpenXmlElement> headerFooterReferences, bool titlePage)
    {
        var properties = new W.SectionProperties();
        foreach (var reference in headerFooterReferences)
        {
            properties.Append(reference);
        }
        var size = new W.PageSize { Width = (uint)Units.Twips(page.PageWidth), Height = (uint)Units.Twips(page.PageHeight) };
        if (page.Orientation == PageOrientation.Landscape)
        {
            size.Orient = W.PageOrientationValues.Landscape;
        }
        properties.Append(
            size,
            new W.PageMargin
            {
                Top = Units.Twips(page.Margins.Top),
                Right = (uint)Units.Twips(page.Margins.Right),
                Bottom = Units.Twips(page.Margins.Bottom),
                Left = (uint)Units.Twips(page.Margins.Left),
                Header = (uint)Units.Twips(page.Margins.Top / 2),
                Footer = (uint)Units.Twips(page.Margins.Bottom / 2),
                Gutter = 0,
            },
            new W.Columns { Space = "708" });
        if (titlePage)
        {
            properties.Append(new W.TitlePage());
        }
        return properties;
    }
}
