using System.Text;
using System.Text.Encodings.Web;
using Csto.Reporting.Markdown.Literals;
using Fluid;
using Fluid.Values;

namespace Csto.Reporting.Templates.Liquid;

/// <summary>
/// The output encoder of one template run: every value the template prints (<c>{{ … }}</c>) is recorded and
/// replaced by a <see cref="LiteralToken"/>, so the Markdown reader later takes it as plain text whatever Markdown,
/// entity or container syntax it holds. Values made only of ASCII digits (counters such as <c>forloop.index</c>,
/// numbers, years) print as they are: digits carry no Markdown of their own, and a template may write
/// <c>{{ index }}. </c> to number a list. The template's own text is never encoded. Not thread-safe: one per run.
/// </summary>
internal sealed class LiteralEncoder : TextEncoder
{
    private readonly List<string> values = [];

    // Characters of all values recorded so far: the printed values count towards the sandbox's output limit.
    private long printed;

    /// <summary>The values recorded so far; token <c>n</c> stands for <c>Values[n]</c>.</summary>
    public IReadOnlyList<string> Values => values;

    /// <inheritdoc/>
    public override int MaxOutputCharactersPerInputCharacter => 16;

    /// <inheritdoc/>
    public override string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0 || value.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
        {
            return value;
        }
        var output = new StringBuilder(16);
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            // A value already holding tokens of this run (a capture printed again) keeps them: only the text
            // around them becomes new slots.
            if (LiteralToken.TryRead(value, i, out var index, out var length) && index < values.Count)
            {
                Slot(output, value[start..i]);
                output.Append(value, i, length);
                i += length - 1;
                start = i + 1;
            }
        }
        Slot(output, value[start..]);
        return output.ToString();
    }

    /// <inheritdoc/>
    public override void Encode(TextWriter output, string value, int startIndex, int characterCount)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(value);
        output.Write(Encode(value.Substring(startIndex, characterCount)));
    }

    /// <inheritdoc/>
    public override void Encode(TextWriter output, char[] value, int startIndex, int characterCount)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(value);
        output.Write(Encode(new string(value, startIndex, characterCount)));
    }

    /// <summary>Not used: every value goes through <see cref="Encode(string)"/>.</summary>
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) =>
        throw new NotSupportedException("LiteralEncoder encodes whole values only.");

    /// <summary>Not used: every value goes through <see cref="Encode(string)"/>.</summary>
    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten) =>
        throw new NotSupportedException("LiteralEncoder encodes whole values only.");

    /// <summary>Every character of a value is encoded (the value becomes a slot).</summary>
    public override bool WillEncode(int unicodeScalar) => true;

    private void Slot(StringBuilder output, string text)
    {
        text = LiteralToken.Strip(text);
        if (text.Length == 0)
        {
            return;
        }
        printed += text.Length;
        if (printed > TemplateLimits.MaxOutputLength)
        {
            throw TemplateLimits.OutputTooLong();
        }
        LiteralToken.Write(output, values.Count);
        values.Add(text);
    }

    /// <summary>
    /// Wraps every filter so that no result escapes the encoder: Fluid prints a <see cref="StringValue"/> made with
    /// <c>encode: false</c> (<c>raw</c>, <c>escape</c>, …) without it, which would let record text be read as Markdown.
    /// </summary>
    public static void GuardFilters(FilterCollection filters)
    {
        foreach (var (name, filter) in filters.ToList())
        {
            filters.AddFilter(name, async (input, arguments, context) =>
                await filter(input, arguments, context).ConfigureAwait(false) switch
                {
                    StringValue { Encode: false } raw => new StringValue(raw.ToStringValue()),
                    var result => result,
                });
        }
    }

    /// <summary>
    /// Makes <c>{% capture name %}…{% endcapture %}</c> hold plain text: the template text and the values it prints,
    /// written as they are. Printed later, the whole capture is one value (plain text), so filters that cut or
    /// change case (<c>slice</c>, <c>upcase</c>) work on letters, never on half a token.
    /// </summary>
    public static FluidParser Capture(FluidParser parser)
    {
        parser.RegisterIdentifierBlock("capture", async (name, statements, _, _, context) =>
        {
            using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var statement in statements)
            {
                var completion = await statement.WriteToAsync(text, NullEncoder.Default, context).ConfigureAwait(false);
                if (completion != Fluid.Ast.Completion.Normal)
                {
                    return completion;
                }
            }
            context.SetValue(name, TemplateLimits.BoundedCapture(name, new StringValue(text.ToString())));
            return Fluid.Ast.Completion.Normal;
        });
        return parser;
    }
}
