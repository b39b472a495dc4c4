using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Csto.Reporting.Docx.Tests.Support;

/// <summary>
/// Writes XML for snapshots: indented by two spaces, \n line ends, no declaration, and every element's attributes in
/// a stable order (namespace declarations first, then by prefixed name), so that only a change in content — not the
/// order an SDK happens to write attributes in, nor the machine's line ends — changes a snapshot. No-break and other
/// invisible spaces and soft hyphens are written as character references (&amp;#x00A0;), so a reviewer sees them.
/// </summary>
internal static class XmlNormaliser
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        OmitXmlDeclaration = true,
        Encoding = new UTF8Encoding(false),
    };

    /// <summary>The normalised text of <paramref name="element"/> (which is not changed).</summary>
    public static string Normalise(XElement element)
    {
        var copy = new XElement(element);
        foreach (var node in copy.DescendantsAndSelf())
        {
            var ordered = node.Attributes().OrderBy(a => a.IsNamespaceDeclaration ? 0 : 1).ThenBy(a => Key(node, a), StringComparer.Ordinal).ToList();
            node.ReplaceAttributes(ordered);
        }
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, Settings))
        {
            copy.WriteTo(writer);
        }
        foreach (var character in Invisible)
        {
            text.Replace(character.ToString(), $"&#x{(int)character:X4};");
        }
        return text.ToString();
    }

    /// <summary>Characters a reviewer cannot tell from a space or from nothing; snapshots show them as character references.</summary>
    private static readonly char[] Invisible = ['\u00A0', '\u00AD', '\u2007', '\u2009', '\u200A', '\u200B', '\u2011', '\u202F', '\u2060', '\uFEFF'];

    private static string Key(XElement element, XAttribute attribute)
    {
        if (attribute.IsNamespaceDeclaration)
        {
            return attribute.Name.LocalName;
        }
        var prefix = attribute.Name.Namespace == XNamespace.None ? null : element.GetPrefixOfNamespace(attribute.Name.Namespace);
        return prefix is null ? attribute.Name.LocalName : prefix + ":" + attribute.Name.LocalName;
    }
}
