using System.Text;
using System.Xml.Linq;

namespace Csto.Reporting.Docx.Tests.Support;

/// <summary>
/// Splits a package's normalised XML into what a theme shares and what each document has of its own, so that the
/// sample snapshots do not repeat the same 500 lines of styles eleven times.
/// <para>
/// Shared, one snapshot per theme and language (<c>Shared/gost.ru-RU</c>): the parts the renderer builds from the
/// theme and language alone — <c>word/styles.xml</c>, the list and heading definitions of
/// <c>word/numbering.xml</c> (its <c>w:abstractNum</c> elements) and <c>docProps/app.xml</c> — taken from a
/// reference document that uses every numbering definition (<see cref="TestDocuments.ThemeReference"/>).
/// </para>
/// <para>
/// Per document: every part in package order, in full, except that a shared part identical to the reference's is
/// written as one line naming the shared snapshot, and in <c>word/numbering.xml</c> each <c>w:abstractNum</c>
/// identical to the reference's is replaced by a comment naming it (the <c>w:num</c> instances, which depend on the
/// document's lists, stay). A part or definition that does differ — a document-specific style, a heading numbering
/// without trailing dots — is therefore written out and reviewed with the document.
/// </para>
/// </summary>
internal static class PartSnapshots
{
    private const string Numbering = "word/numbering.xml";

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The parts the renderer builds from the theme and language alone.</summary>
    public static IReadOnlyList<string> SharedParts { get; } = ["word/styles.xml", Numbering, "docProps/app.xml"];

    /// <summary>The shared parts of <paramref name="reference"/>, normalised, with a header line each.</summary>
    public static string Shared(byte[] reference)
    {
        var names = DocxInspection.EntryNames(reference);
        var text = new StringBuilder();
        foreach (var name in SharedParts)
        {
            if (!names.Contains(name))
            {
                throw new InvalidOperationException($"The theme reference document has no {name}: it must use every shared part.");
            }
            text.Append("===== ").Append(name).Append('\n');
            text.Append(XmlNormaliser.Normalise(DocxInspection.Part(reference, name).Root!)).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Every part of <paramref name="docx"/>, normalised, with what equals <paramref name="reference"/>'s shared parts named instead.</summary>
    /// <param name="docx">The document's package.</param>
    /// <param name="reference">The theme reference document's package, rendered in the same theme and language.</param>
    /// <param name="sharedName">The shared snapshot's name, as the lines that point to it show it.</param>
    public static string PerDocument(byte[] docx, byte[] reference, string sharedName)
    {
        var referenceNames = DocxInspection.EntryNames(reference);
        var text = new StringBuilder();
        foreach (var name in DocxInspection.EntryNames(docx).Where(IsXml))
        {
            var part = DocxInspection.Part(docx, name).Root!;
            var shared = SharedParts.Contains(name) && referenceNames.Contains(name) ? DocxInspection.Part(reference, name).Root! : null;
            if (shared is not null && XmlNormaliser.Normalise(part) == XmlNormaliser.Normalise(shared))
            {
                text.Append("===== ").Append(name).Append(": as in ").Append(sharedName).Append('\n');
                continue;
            }
            if (shared is not null && name == Numbering)
            {
                part = WithSharedDefinitionsNamed(part, shared, sharedName);
            }
            text.Append("===== ").Append(name).Append('\n');
            text.Append(XmlNormaliser.Normalise(part)).Append('\n');
        }
        return text.ToString();
    }

    private static bool IsXml(string name) => name.EndsWith(".xml", StringComparison.Ordinal) || name.EndsWith(".rels", StringComparison.Ordinal);

    private static XElement WithSharedDefinitionsNamed(XElement numbering, XElement shared, string sharedName)
    {
        var copy = new XElement(numbering);
        var definitions = shared.Elements(W + "abstractNum").ToDictionary(Id, XmlNormaliser.Normalise);
        foreach (var definition in copy.Elements(W + "abstractNum").ToList())
        {
            if (definitions.TryGetValue(Id(definition), out var same) && same == XmlNormaliser.Normalise(definition))
            {
                definition.ReplaceWith(new XComment($" w:abstractNum {Id(definition)}: as in {sharedName} "));
            }
        }
        return copy;
    }

    private static string Id(XElement definition) => (string?)definition.Attribute(W + "abstractNumId") ?? string.Empty;
}
