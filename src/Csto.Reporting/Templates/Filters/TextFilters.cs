using System.Text;
using System.Text.RegularExpressions;
using Csto.Domain.Events;
using Fluid;
using Fluid.Values;

namespace Csto.Reporting.Templates.Filters;

/// <summary>
/// <c>md</c> escapes a text from the record so that Markdown reads it literally (no emphasis, links, list
/// markers, table bars or attribute braces); <c>undated</c> drops a trailing parenthesised date from a title
/// («… (27 ноября 2025 года)»); <c>officials</c> and <c>without_officials</c> split a participant list into the
/// named officials and the others.
/// </summary>
internal static partial class TextFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("md", (input, _, _) => Text(Escape(input.ToStringValue())));
        filters.AddFilter("undated", (input, _, _) => Text(TrailingDate().Replace(input.ToStringValue(), string.Empty)));
        filters.AddFilter("officials", (input, _, context) => Filter(input, context, official: true));
        filters.AddFilter("without_officials", (input, _, context) => Filter(input, context, official: false));
    }

    /// <summary>Backslash-escapes Markdown punctuation, and a list or heading marker at the start of a line.</summary>
    public static string Escape(string text)
    {
        var output = new StringBuilder(text.Length + 8);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '|' or '{' or '}' or '#' or '~' or '!'
                || (lineStart && c is '+' or '-' or '=' && (i + 1 == text.Length || text[i + 1] == ' ')))
            {
                output.Append('\\');
            }
            output.Append(c);
            if (lineStart && char.IsAsciiDigit(c))
            {
                var end = i;
                while (end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))
                {
                    end++;
                }
                if (end + 1 < text.Length && text[end + 1] is '.' or ')')
                {
                    output.Append(text, i + 1, end - i).Append('\\');
                    i = end;
                }
            }
            lineStart = c == '\n' || (lineStart && c == ' ');
        }
        return output.ToString();
    }

    private static ValueTask<FluidValue> Filter(FluidValue input, TemplateContext context, bool official) =>
        ValueTask.FromResult<FluidValue>(new ArrayValue([.. FilterValues.Items(input, context)
            .Where(item => item.ToObjectValue() is OfficialParticipant == official)]));

    private static ValueTask<FluidValue> Text(string text) => ValueTask.FromResult<FluidValue>(new StringValue(text));

    [GeneratedRegex(@"\s*\(\d{1,2}[ \u00A0]\p{L}+[ \u00A0]\d{4}([ \u00A0]года)?\)\s*$")]
    private static partial Regex TrailingDate();
}
