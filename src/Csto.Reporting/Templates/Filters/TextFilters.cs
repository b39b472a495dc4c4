using System.Text.RegularExpressions;
using Csto.Domain.Events;
using Fluid;
using Fluid.Values;

namespace Csto.Reporting.Templates.Filters;

/// <summary>
/// <c>md</c> returns its input unchanged: every printed value is already plain text (see
/// <see cref="Liquid.LiteralEncoder"/>); the filter stays for templates written when values had to be escaped.
/// <c>undated</c> drops a trailing parenthesised date from a title
/// («… (27 ноября 2025 года)»); <c>officials</c> and <c>without_officials</c> split a participant list into the
/// named officials and the others. <c>capital</c> gives the text with its first letter a capital, the rest as it is
/// (Liquid's <c>capitalize</c> capitalises every word): a signature line starts with a capital, while a catalog
/// office is named mid-sentence («… исполняющего обязанности Генерального секретаря ОДКБ»).
/// </summary>
internal static partial class TextFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("md", (input, _, _) => ValueTask.FromResult(input));
        filters.AddFilter("capital", (input, _, _) => Text(Capital(input.ToStringValue())));
        filters.AddFilter("undated", (input, _, _) => Text(TrailingDate().Replace(input.ToStringValue(), string.Empty)));
        filters.AddFilter("officials", (input, _, context) => Filter(input, context, official: true));
        filters.AddFilter("without_officials", (input, _, context) => Filter(input, context, official: false));
    }

    private static ValueTask<FluidValue> Filter(FluidValue input, TemplateContext context, bool official) =>
        ValueTask.FromResult<FluidValue>(new ArrayValue([.. FilterValues.Items(input, context)
            .Where(item => item.ToObjectValue() is OfficialParticipant == official)]));

    private static string Capital(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));

    private static ValueTask<FluidValue> Text(string text) => ValueTask.FromResult<FluidValue>(new StringValue(text));

    [GeneratedRegex(@"\s*\(\d{1,2}[ \u00A0]\p{L}+[ \u00A0]\d{4}([ \u00A0]года)?\)\s*$")]
    private static partial Regex TrailingDate();
}
