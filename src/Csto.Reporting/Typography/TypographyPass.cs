using System.Text.RegularExpressions;
using Csto.Reporting.Documents;

namespace Csto.Reporting.Typography;

/// <summary>
/// The rules applied, in order, to one paragraph (or one plain string) after another, in one language with one set
/// of options. One buffer serves every paragraph. A run whose text does not change is returned as it was, and so
/// is a list of inlines none of whose runs changed.
/// </summary>
/// <remarks>
/// Most rules run only when a cheap trigger (<see cref="Triggers"/>) finds the characters they need, and the two
/// rules that fire in almost every Russian paragraph (<see cref="ShortWordRule"/>, <see cref="ParticleRule"/>) scan
/// the spaces instead of running a regular expression. Those loops were once marked
/// <see cref="System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization"/> (in process, without
/// ReadyToRun, the second call took about 20 ms without, 10 ms with); the mark also keeps a method out of ReadyToRun
/// code, so the tool's every start compiled them with the full JIT, and it was removed (issue 13: the typography
/// of the bench report in a fresh process of the published tool, about 48 ms with the mark, 31 ms without).
/// </remarks>
internal sealed partial class TypographyPass(bool english, TypographyOptions options)
{
    private const string FootnotePlaceholder = "\uFFFC";
    private const string LineBreakPlaceholder = "\n";

    private readonly TextBuffer buffer = new();

    /// <summary>Processes one string, such as a title or a signatory's name.</summary>
    public string Apply(string text)
    {
        buffer.Clear();
        buffer.Append(text, 0, isLocked: false);
        RunRules();
        return buffer.Changed ? buffer.Split(1)[0] : text;
    }

    /// <summary>Processes the inlines of one paragraph together; returns the same structure with new texts.</summary>
    public IReadOnlyList<Inline> Apply(IReadOnlyList<Inline> inlines)
    {
        buffer.Clear();
        var runs = 0;
        Flatten(inlines, ref runs, insideLink: false);
        if (runs == 0)
        {
            return inlines;
        }
        RunRules();
        if (!buffer.Changed)
        {
            return inlines;
        }
        var texts = buffer.Split(runs);
        var index = 0;
        return Rebuild(inlines, texts, ref index);
    }

    private void RunRules()
    {
        var text = buffer.Span;
        if (text.Contains("://", StringComparison.Ordinal) || text.Contains('@') || text.Contains("www.", StringComparison.OrdinalIgnoreCase))
        {
            buffer.Lock(Url());
        }
        if (options.Symbols)
        {
            SymbolRule.Apply(buffer);
        }
        if (options.Quotes)
        {
            QuoteRule.Apply(buffer, english);
        }
        DashRule.Apply(buffer, options);
        if (options.NonBreakingSpaces)
        {
            NonBreakingSpaceRule.Apply(buffer, english);
        }
        if (options.ThousandsSeparators)
        {
            ThousandsRule.Apply(buffer);
        }
    }

    private void Flatten(IReadOnlyList<Inline> inlines, ref int runs, bool insideLink)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    buffer.Append(run.Text, runs++, insideLink && Url().IsMatch(run.Text));
                    break;
                case Strong strong:
                    Flatten(strong.Content, ref runs, insideLink);
                    break;
                case Emphasis emphasis:
                    Flatten(emphasis.Content, ref runs, insideLink);
                    break;
                case Link link:
                    Flatten(link.Content, ref runs, insideLink: true);
                    break;
                case LineBreak:
                    buffer.Append(LineBreakPlaceholder, -1, isLocked: true);
                    break;
                default:
                    buffer.Append(FootnotePlaceholder, -1, isLocked: true);
                    break;
            }
        }
    }

    /// <summary>The inlines with the new texts; the same list when no run in it changed.</summary>
    private static IReadOnlyList<Inline> Rebuild(IReadOnlyList<Inline> inlines, string[] texts, ref int index)
    {
        List<Inline>? result = null;
        for (var i = 0; i < inlines.Count; i++)
        {
            var inline = inlines[i];
            var rebuilt = inline switch
            {
                TextRun run => Retext(run, texts[index++]),
                Strong strong => Rebuild(strong.Content, texts, ref index) is var content && !ReferenceEquals(content, strong.Content) ? new Strong(content) : strong,
                Emphasis emphasis => Rebuild(emphasis.Content, texts, ref index) is var content && !ReferenceEquals(content, emphasis.Content) ? new Emphasis(content) : emphasis,
                Link link => Rebuild(link.Content, texts, ref index) is var content && !ReferenceEquals(content, link.Content) ? link with { Content = content } : link,
                _ => inline,
            };
            if (result is null && !ReferenceEquals(rebuilt, inline))
            {
                result = new List<Inline>(inlines.Count);
                for (var j = 0; j < i; j++)
                {
                    result.Add(inlines[j]);
                }
            }
            result?.Add(rebuilt);
        }
        return result ?? inlines;
    }

    private static TextRun Retext(TextRun run, string text) => text == run.Text ? run : new TextRun(text);

    [GeneratedRegex(@"(?:https?|ftp)://\S+|www\.\S+|mailto:\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();
}
