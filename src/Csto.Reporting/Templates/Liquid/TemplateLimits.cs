using System.Globalization;
using System.Text;
using Csto.Reporting.Diagnostics;
using Fluid;
using Fluid.Values;

namespace Csto.Reporting.Templates.Liquid;

/// <summary>
/// The sandbox's bounds besides steps and include depth: how deeply blocks and parentheses nest (checked on the text
/// before Fluid's recursive parser sees it, so a deep template cannot overflow the stack), how long a string a
/// template may build (checked at every <c>assign</c> and <c>capture</c>, so doubling a string in a loop stops at the
/// limit instead of filling memory), and how much text a template may produce.
/// </summary>
internal static class TemplateLimits
{
    /// <summary>The deepest nesting of blocks (<c>if</c>, <c>for</c>, <c>case</c>, <c>capture</c>, …) and of parentheses in a tag.</summary>
    public const int MaxNesting = 32;

    /// <summary>The longest string an <c>assign</c> or <c>capture</c> may hold: 1 M characters (the bundled templates' records need a few thousand).</summary>
    public const int MaxValueLength = 1 << 20;

    /// <summary>The most items a list an <c>assign</c> or a filter makes may hold: 65 536 (a record's lists hold tens).</summary>
    public const int MaxListLength = 1 << 16;

    /// <summary>The most text a template may produce: 8 M characters (the ten-times bench report is 3.3 MB of Markdown).</summary>
    public const int MaxOutputLength = 8 << 20;

    private static readonly string[] BlockTags = ["if", "unless", "for", "case", "capture", "tablerow", "comment", "raw", "with"];

    /// <summary>Checks the nesting of <paramref name="body"/>, whose first line is line <paramref name="firstLine"/> of <paramref name="source"/>.</summary>
    /// <exception cref="ReportInputException">Blocks or parentheses nest deeper than <see cref="MaxNesting"/>, at the first place they do.</exception>
    public static void CheckNesting(string source, string body, int firstLine)
    {
        var blocks = 0;
        var line = firstLine;
        var column = 1;
        var tagDepth = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\n')
            {
                line++;
                column = 1;
                continue;
            }
            if (c == '{' && i + 1 < body.Length && body[i + 1] == '%' && TagName(body, i + 2) is { } name)
            {
                if (BlockTags.Contains(name, StringComparer.Ordinal) && ++blocks > MaxNesting)
                {
                    throw Deep(source, line, column, $"Blocks ({name} inside …) are nested more than {MaxNesting} deep here");
                }
                if (name.StartsWith("end", StringComparison.Ordinal) && BlockTags.Contains(name[3..], StringComparer.Ordinal))
                {
                    blocks = Math.Max(0, blocks - 1);
                }
            }
            if (c == '(' && ++tagDepth > MaxNesting)
            {
                throw Deep(source, line, column, $"Parentheses are nested more than {MaxNesting} deep here");
            }
            if (c == ')' || c == '}')
            {
                tagDepth = c == ')' ? Math.Max(0, tagDepth - 1) : 0;
            }
            column++;
        }
    }

    /// <summary>Fluid's <see cref="TemplateOptions.Assigned"/> hook: refuses a value longer than <see cref="MaxValueLength"/>.</summary>
    public static ValueTask<FluidValue> Assigned(string identifier, FluidValue value, TemplateContext context) =>
        ValueTask.FromResult(Bounded("assign", identifier, value));

    /// <summary>Fluid's <see cref="TemplateOptions.Captured"/> hook: refuses a capture longer than <see cref="MaxValueLength"/>.</summary>
    public static ValueTask<FluidValue> Captured(string identifier, FluidValue value, TemplateContext context) =>
        ValueTask.FromResult(Bounded("capture", identifier, value));

    /// <summary>Renders <paramref name="template"/>, stopping it once it has produced more than <see cref="MaxOutputLength"/> characters.</summary>
    /// <param name="template">The parsed template.</param>
    /// <param name="context">Its model and options.</param>
    /// <param name="encoder">What printed values go through (the literal encoder that turns them into slots).</param>
    /// <exception cref="TemplateRuntimeException">The output passed the limit.</exception>
    public static string Render(IFluidTemplate template, TemplateContext context, System.Text.Encodings.Web.TextEncoder encoder)
    {
        using var writer = new BoundedWriter();
        template.RenderAsync(writer, encoder, context).AsTask().GetAwaiter().GetResult();
        return writer.ToString();
    }

    /// <summary>The error for a template whose output (its own text, or the values it prints) passes <see cref="MaxOutputLength"/>.</summary>
    public static TemplateRuntimeException OutputTooLong() => new(string.Create(CultureInfo.InvariantCulture,
        $"The template produced more than {MaxOutputLength} characters, the sandbox limit, and was stopped; look for a loop printing a growing text."));

    /// <summary>Refuses a captured text longer than <see cref="MaxValueLength"/>, as <see cref="Captured"/> does.</summary>
    public static FluidValue BoundedCapture(string identifier, FluidValue value) => Bounded("capture", identifier, value);

    /// <summary>
    /// Marks (in <see cref="Exception.Data"/>) the error of a text too long for an assign or capture, which the
    /// located assign or capture tag (<see cref="LocatedTags"/>) reports at itself; where tags are not located, the
    /// error falls back to the first place the variable's name appears.
    /// </summary>
    public const string ValueLimitKey = "Csto.Reporting.ValueLimit";

    private static FluidValue Bounded(string tag, string identifier, FluidValue value)
    {
        if (value is ArrayValue list && list.Values.Count > MaxListLength)
        {
            throw new TemplateRuntimeException(TemplateRuntimeException.TokenKind.Name, identifier, string.Create(CultureInfo.InvariantCulture,
                $"The {tag} of '{identifier}' makes a list of {list.Values.Count} items, more than the sandbox limit of {MaxListLength} items; look for a list doubled in a loop."))
            {
                Data = { [ValueLimitKey] = true },
            };
        }
        if (value is StringValue && value.ToStringValue().Length > MaxValueLength)
        {
            throw new TemplateRuntimeException(TemplateRuntimeException.TokenKind.Name, identifier, string.Create(CultureInfo.InvariantCulture,
                $"The {tag} of '{identifier}' makes a text of {value.ToStringValue().Length} characters, more than the sandbox limit of {MaxValueLength} characters; look for a string doubled in a loop."))
            {
                Data = { [ValueLimitKey] = true },
            };
        }
        return value;
    }

    /// <summary>
    /// Wraps every filter so that none makes a text longer than <see cref="MaxOutputLength"/> or a list longer than
    /// 16 × <see cref="MaxListLength"/> (looser than an assign's limits, so a value doubled in a loop is still reported
    /// at its assign; this stops a chain of <c>concat</c> or <c>append</c> in one expression stops as an assign
    /// does); <c>join</c> and <c>replace</c> are checked before they build their text, since a list of long items joined
    /// with a long separator, or a long text with every letter replaced by a long text, would take gigabytes (or fail
    /// past .NET's longest string) before any check after it.
    /// </summary>
    public static void GuardFilters(FilterCollection filters)
    {
        foreach (var (name, filter) in filters.ToList())
        {
            filters.AddFilter(name, async (input, arguments, context) =>
            {
                if (name == "join" && input is ArrayValue items)
                {
                    var separator = arguments.Count > 0 ? arguments.At(0).ToStringValue().Length : 1;
                    var length = (long)separator * Math.Max(0, items.Values.Count - 1);
                    foreach (var item in items.Values)
                    {
                        length += item.ToStringValue().Length;
                    }
                    RefuseText(name, length);
                }
                if (name is "replace" or "replace_first" or "replace_last" && arguments.Count > 1)
                {
                    RefuseText(name, ReplacedLength(input.ToStringValue(), arguments.At(0).ToStringValue(), arguments.At(1).ToStringValue(), name == "replace"));
                }
                var result = await filter(input, arguments, context).ConfigureAwait(false);
                switch (result)
                {
                    case StringValue text:
                        RefuseText(name, text.ToStringValue().Length);
                        break;
                    case ArrayValue list when list.Values.Count > 16 * MaxListLength:
                        throw new TemplateRuntimeException(TemplateRuntimeException.TokenKind.Filter, name, string.Create(CultureInfo.InvariantCulture,
                            $"The filter '{name}' makes a list of {list.Values.Count} items, more than the sandbox limit of {16 * MaxListLength} items; look for a list doubled in a loop."));
                }
                return result;
            });
        }
    }

    /// <summary>The length of <paramref name="text"/> with <paramref name="pattern"/> replaced by <paramref name="replacement"/> (everywhere, or once), counted before the text is built.</summary>
    private static long ReplacedLength(string text, string pattern, string replacement, bool everywhere)
    {
        if (pattern.Length == 0 || replacement.Length <= pattern.Length)
        {
            return text.Length;
        }
        long places = 0;
        for (var at = text.IndexOf(pattern, StringComparison.Ordinal); at >= 0; at = text.IndexOf(pattern, at + pattern.Length, StringComparison.Ordinal))
        {
            places++;
            if (!everywhere)
            {
                break;
            }
        }
        return text.Length + (places * (replacement.Length - pattern.Length));
    }

    private static void RefuseText(string filter, long length)
    {
        if (length > MaxOutputLength)
        {
            throw new TemplateRuntimeException(TemplateRuntimeException.TokenKind.Filter, filter, string.Create(CultureInfo.InvariantCulture,
                $"The filter '{filter}' makes a text of {length} characters, more than the sandbox limit of {MaxOutputLength} characters; look for a text or list doubled in a loop."));
        }
    }

    private static string? TagName(string text, int start)
    {
        var i = start;
        while (i < text.Length && (text[i] == '-' || char.IsWhiteSpace(text[i])))
        {
            i++;
        }
        var begin = i;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            i++;
        }
        return i > begin ? text[begin..i] : null;
    }

    private static ReportInputException Deep(string source, int line, int column, string what) =>
        new(new InputProblem(source, what + "; the sandbox allows " + MaxNesting.ToString(CultureInfo.InvariantCulture) + " levels.") { Line = line, Column = column });

    /// <summary>A string writer that refuses to grow past <see cref="MaxOutputLength"/>.</summary>
    private sealed class BoundedWriter : StringWriter
    {
        public BoundedWriter()
            : base(CultureInfo.InvariantCulture)
        {
        }

        public override void Write(char value)
        {
            Check(1);
            base.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            Check(count);
            base.Write(buffer, index, count);
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            Check(buffer.Length);
            base.Write(buffer);
        }

        public override void Write(string? value)
        {
            Check(value?.Length ?? 0);
            base.Write(value);
        }

        public override void Write(StringBuilder? value)
        {
            Check(value?.Length ?? 0);
            base.Write(value);
        }

        public override Task WriteAsync(char value)
        {
            Check(1);
            return base.WriteAsync(value);
        }

        public override Task WriteAsync(string? value)
        {
            Check(value?.Length ?? 0);
            return base.WriteAsync(value);
        }

        public override Task WriteAsync(char[] buffer, int index, int count)
        {
            Check(count);
            return base.WriteAsync(buffer, index, count);
        }

        public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
        {
            Check(buffer.Length);
            return base.WriteAsync(buffer, cancellationToken);
        }

        private void Check(int adding)
        {
            if (GetStringBuilder().Length + (long)adding > MaxOutputLength)
            {
                throw OutputTooLong();
            }
        }
    }
}
