using System.Security;
using System.Text;
using Csto.Reporting.Documents;
using DocumentFormat.OpenXml.ExtendedProperties;
using DocumentFormat.OpenXml.Packaging;

namespace Csto.Reporting.Docx.Parts;

/// <summary>
/// Core properties from the document's metadata only (title, subject, creator, keywords, language, and the
/// document's date at 00:00 UTC as created and modified; no date at all without one) and minimal, fixed app
/// properties. Nothing comes from the clock or the machine.
/// </summary>
internal static class PropertiesWriter
{
    /// <summary>Adds the core and extended properties parts.</summary>
    public static void Add(WordprocessingDocument package, DocumentMetadata metadata)
    {
        var core = package.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rId2");
        using (var stream = core.GetStream(FileMode.Create, FileAccess.Write))
        {
            var bytes = new UTF8Encoding(false).GetBytes(CoreXml(metadata));
            stream.Write(bytes);
        }
        var app = package.AddNewPart<ExtendedFilePropertiesPart>("application/vnd.openxmlformats-officedocument.extended-properties+xml", "rId3");
        app.Properties = new Properties(
            new Application("Csto.Reporting.Docx"),
            new DocumentSecurity("0"),
            new ScaleCrop("false"),
            new LinksUpToDate("false"),
            new SharedDocument("false"),
            new HyperlinksChanged("false"));
    }

    /// <summary>The core properties XML.</summary>
    public static string CoreXml(DocumentMetadata metadata)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        xml.Append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" ");
        xml.Append("xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" ");
        xml.Append("xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        Element(xml, "dc:title", metadata.Title);
        Element(xml, "dc:subject", metadata.Subject);
        Element(xml, "dc:creator", metadata.Author);
        Element(xml, "cp:keywords", metadata.Keywords.Count > 0 ? string.Join(", ", metadata.Keywords) : null);
        Element(xml, "dc:language", metadata.Language);
        if (metadata.Date is { } date)
        {
            var stamp = date.ToString("yyyy'-'MM'-'dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";
            xml.Append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").Append(stamp).Append("</dcterms:created>");
            xml.Append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").Append(stamp).Append("</dcterms:modified>");
        }
        xml.Append("</cp:coreProperties>");
        return xml.ToString();
    }

    private static void Element(StringBuilder xml, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            xml.Append('<').Append(name).Append('>').Append(SecurityElement.Escape(value)).Append("</").Append(name).Append('>');
        }
    }
}
