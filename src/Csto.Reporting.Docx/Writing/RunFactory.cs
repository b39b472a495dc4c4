using System.Text;
using Csto.Reporting.Typography;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Writing;

/// <summary>
/// Makes runs from text: soft hyphens become w:softHyphen, non-breaking hyphens w:noBreakHyphen, tabs w:tab and
/// stray line feeds w:br; non-breaking spaces stay U+00A0. The dash of a range of numbers or Roman numerals
/// («2024–2025», «XX–XXI») is followed by a word joiner (U+2060, <see cref="RangeDash.Joined"/>), which Word and
/// LibreOffice honour, so that the range is not broken at its dash (w:noBreakHyphen would turn an en dash into a hyphen). Text keeps its spaces
/// (xml:space="preserve").
/// </summary>
internal static class RunFactory
{
    /// <summary>A run of <paramref name="text"/> with <paramref name="format"/>.</summary>
    public static W.Run Text(string text, RunFormat format)
    {
        var run = new W.Run();
        if (!format.IsPlain)
        {
            run.Append(Properties(format));
        }
        var pending = new StringBuilder();
        text = RangeDash.Joined(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var special = c switch
            {
                '\u00AD' => new W.SoftHyphen(),
                '\u2011' => new W.NoBreakHyphen(),
                '\t' => new W.TabChar(),
                '\n' => new W.Break(),
                _ => (DocumentFormat.OpenXml.OpenXmlElement?)null,
            };
            if (special is null)
            {
                if (c != '\r')
                {
                    pending.Append(c);
                }
                continue;
            }
            Flush(run, pending);
            run.Append(special);
        }
        Flush(run, pending);
        return run;
    }

    /// <summary>A run holding one element (a break, a tab, a field character) with <paramref name="format"/>.</summary>
    public static W.Run Of(DocumentFormat.OpenXml.OpenXmlElement content, RunFormat format = default)
    {
        var run = new W.Run();
        if (!format.IsPlain)
        {
            run.Append(Properties(format));
        }
        run.Append(content);
        return run;
    }

    /// <summary>Run properties for a format.</summary>
    public static W.RunProperties Properties(RunFormat format)
    {
        var properties = new W.RunProperties();
        if (format.CharacterStyle is not null)
        {
            properties.RunStyle = new W.RunStyle { Val = format.CharacterStyle };
        }
        if (format.Bold)
        {
            properties.Bold = new W.Bold();
            properties.BoldComplexScript = new W.BoldComplexScript();
        }
        if (format.Italic)
        {
            properties.Italic = new W.Italic();
            properties.ItalicComplexScript = new W.ItalicComplexScript();
        }
        return properties;
    }

    private static void Flush(W.Run run, StringBuilder pending)
    {
        if (pending.Length == 0)
        {
            return;
        }
        var text = pending.ToString();
        var element = new W.Text(text);
        if (text[0] == ' ' || text[^1] == ' ' || text.Contains("  ", StringComparison.Ordinal))
        {
            element.Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve;
        }
        run.Append(element);
        pending.Clear();
    }
}
