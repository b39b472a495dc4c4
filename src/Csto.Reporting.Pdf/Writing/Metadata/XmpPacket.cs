using System.Text;
using System.Xml;

namespace Csto.Reporting.Pdf.Writing.Metadata;

/// <summary>
/// The XMP metadata packet of a file (ISO 16684-1) with the same title, author, subject, keywords, tools and dates as
/// the Info dictionary, the PDF/A identification (<c>pdfaid:part</c>, <c>pdfaid:conformance</c>) and the PDF/UA
/// identification (<c>pdfuaid:part</c>, declared through a PDF/A extension schema, ISO 19005-2 §6.6.2.3.3, since
/// PDF/A-2 does not predefine it). Written as UTF-8 without a byte order mark, with a read-only packet trailer.
/// </summary>
internal static class XmpPacket
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    /// <summary>Builds the packet's bytes.</summary>
    /// <param name="information">What the Info dictionary says too.</param>
    /// <param name="level">The PDF/A claim, if any.</param>
    /// <param name="universalAccessibility">Whether to claim PDF/UA-1 (<c>pdfuaid:part 1</c>).</param>
    public static byte[] Build(PdfDocumentInformation information, PdfArchivalLevel level, bool universalAccessibility)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = false,
            Encoding = new UTF8Encoding(false),
            NewLineHandling = NewLineHandling.Entitize,
        };
        text.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        using (var writer = XmlWriter.Create(text, settings))
        {
            writer.WriteStartElement("x", "xmpmeta", "adobe:ns:meta/");
            writer.WriteStartElement("rdf", "RDF", Rdf);
            Description(writer, "dc", "http://purl.org/dc/elements/1.1/", () =>
            {
                writer.WriteElementString("dc", "format", null, "application/pdf");
                LanguageAlternative(writer, "dc", "title", information.Title);
                if (!string.IsNullOrEmpty(information.Author))
                {
                    writer.WriteStartElement("dc", "creator", null);
                    writer.WriteStartElement("rdf", "Seq", Rdf);
                    writer.WriteElementString("rdf", "li", Rdf, information.Author);
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }
                if (!string.IsNullOrEmpty(information.Subject))
                {
                    LanguageAlternative(writer, "dc", "description", information.Subject);
                }
                if (information.Language is { } language)
                {
                    writer.WriteStartElement("dc", "language", null);
                    writer.WriteStartElement("rdf", "Bag", Rdf);
                    writer.WriteElementString("rdf", "li", Rdf, language);
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }
            });
            Description(writer, "pdf", "http://ns.adobe.com/pdf/1.3/", () =>
            {
                writer.WriteElementString("pdf", "Producer", null, information.Producer);
                if (information.KeywordText is { } keywords)
                {
                    writer.WriteElementString("pdf", "Keywords", null, keywords);
                }
            });
            Description(writer, "xmp", "http://ns.adobe.com/xap/1.0/", () =>
            {
                writer.WriteElementString("xmp", "CreatorTool", null, information.Creator);
                if (information.Date is { } date)
                {
                    var xmpDate = PdfDocumentInformation.XmpDate(date);
                    writer.WriteElementString("xmp", "CreateDate", null, xmpDate);
                    writer.WriteElementString("xmp", "ModifyDate", null, xmpDate);
                }
            });
            if (level.Part() is { } part)
            {
                Description(writer, "pdfaid", "http://www.aiim.org/pdfa/ns/id/", () =>
                {
                    writer.WriteElementString("pdfaid", "part", null, part.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    writer.WriteElementString("pdfaid", "conformance", null, level.Conformance());
                });
            }
            if (universalAccessibility)
            {
                Description(writer, "pdfuaid", "http://www.aiim.org/pdfua/ns/id/", () =>
                    writer.WriteElementString("pdfuaid", "part", null, "1"));
                if (level != PdfArchivalLevel.None)
                {
                    UniversalAccessibilityExtensionSchema(writer);
                }
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        text.Append("\n<?xpacket end=\"r\"?>");
        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    private static void Description(XmlWriter writer, string prefix, string ns, Action content)
    {
        writer.WriteStartElement("rdf", "Description", Rdf);
        writer.WriteAttributeString("rdf", "about", Rdf, string.Empty);
        writer.WriteAttributeString("xmlns", prefix, null, ns);
        content();
        writer.WriteEndElement();
    }

    private static void LanguageAlternative(XmlWriter writer, string prefix, string name, string value)
    {
        writer.WriteStartElement(prefix, name, null);
        writer.WriteStartElement("rdf", "Alt", Rdf);
        writer.WriteStartElement("rdf", "li", Rdf);
        writer.WriteAttributeString("xml", "lang", null, "x-default");
        writer.WriteString(value);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    // ISO 19005-2 §6.6.2.3.3: properties of schemas PDF/A does not predefine are described in pdfaExtension.
    private static void UniversalAccessibilityExtensionSchema(XmlWriter writer)
    {
        const string extension = "http://www.aiim.org/pdfa/ns/extension/";
        const string schema = "http://www.aiim.org/pdfa/ns/schema#";
        const string property = "http://www.aiim.org/pdfa/ns/property#";
        writer.WriteStartElement("rdf", "Description", Rdf);
        writer.WriteAttributeString("rdf", "about", Rdf, string.Empty);
        writer.WriteAttributeString("xmlns", "pdfaExtension", null, extension);
        writer.WriteAttributeString("xmlns", "pdfaSchema", null, schema);
        writer.WriteAttributeString("xmlns", "pdfaProperty", null, property);
        writer.WriteStartElement("pdfaExtension", "schemas", extension);
        writer.WriteStartElement("rdf", "Bag", Rdf);
        writer.WriteStartElement("rdf", "li", Rdf);
        writer.WriteAttributeString("rdf", "parseType", Rdf, "Resource");
        writer.WriteElementString("pdfaSchema", "schema", schema, "PDF/UA Universal Accessibility Schema");
        writer.WriteElementString("pdfaSchema", "namespaceURI", schema, "http://www.aiim.org/pdfua/ns/id/");
        writer.WriteElementString("pdfaSchema", "prefix", schema, "pdfuaid");
        writer.WriteStartElement("pdfaSchema", "property", schema);
        writer.WriteStartElement("rdf", "Seq", Rdf);
        writer.WriteStartElement("rdf", "li", Rdf);
        writer.WriteAttributeString("rdf", "parseType", Rdf, "Resource");
        writer.WriteElementString("pdfaProperty", "name", property, "part");
        writer.WriteElementString("pdfaProperty", "valueType", property, "Integer");
        writer.WriteElementString("pdfaProperty", "category", property, "internal");
        writer.WriteElementString("pdfaProperty", "description", property, "Indicates, which part of ISO 14289 standard is followed");
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
