using System.Globalization;
using System.Text;

namespace Csto.Reporting.Documents.Printing;

/// <summary>Makes invisible and markup characters visible for <see cref="DocumentTreePrinter"/>.</summary>
internal static class TextEscaper
{
    public static string Escape(string text)
    {
        var output = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u00A0': output.Append('~'); break;
                case '\u202F': output.Append("\\,"); break;
                case '\u00AD': output.Append("\\-"); break;
                case '~': output.Append("\\~"); break;
                case '\\': output.Append("\\\\"); break;
                case '<': output.Append("\\<"); break;
                case '[': output.Append("\\["); break;
                case '\n': output.Append("\\n"); break;
                default:
                    var category = char.GetUnicodeCategory(c);
                    if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator && c != ' ')
                    {
                        output.Append(CultureInfo.InvariantCulture, $"\\u{{{(int)c:X4}}}");
                    }
                    else
                    {
                        output.Append(c);
                    }
                    break;
            }
        }
        return output.ToString();
    }
}
