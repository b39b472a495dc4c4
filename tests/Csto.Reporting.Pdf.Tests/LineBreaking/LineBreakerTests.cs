using System.Runtime.InteropServices;
using Csto.Testing;
using Csto.Reporting.Fonts;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.LineBreaking;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Pdf.Text;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Tests.LineBreaking;

public sealed class LineBreakerTests
{
    private static readonly TypesetOptions Hyphenating = new(true, false, new HyphenationCache(LiangHyphenator.Default, "ru-RU"), "test");
    private static readonly TypesetOptions NotHyphenating = new(true, false, null, "test");

    private static ParagraphFormat Format(TextAlignment alignment = TextAlignment.Justify, float indent = 0) => new()
    {
        Family = FontFamily.LiberationSerif,
        Size = 14,
        Alignment = alignment,
        FirstLineIndent = indent,
    };

    private static TypesetText Set(string text, float width, TypesetOptions options, ParagraphFormat? format = null)
    {
        format ??= Format();
        var style = new TextStyle(Pdf.Fonts.FontCatalog.Get(format.Family, FontFace.Regular), format.Size, 0, new Csto.Reporting.Pdf.Frames.FrameColor(0, 0, 0), null, 0);
        return ParagraphTypesetter.Typeset([new StyledText(text, style)], format, width, options);
    }

    /// <summary>The text of each line as drawn: pieces joined, spaces at glue, a hyphen at a hyphenated break.</summary>
    internal static List<string> LineTexts(TypesetText text)
    {
        var lines = new List<string>();
        foreach (var line in text.Lines)
        {
            var builder = new System.Text.StringBuilder();
            for (var i = line.Start; i < line.End; i++)
            {
                var item = text.Items[i];
                if (item.Kind == ItemKind.Box && item.Content >= 0)
                {
                    builder.Append(string.Concat(text.Pieces[item.Content].Text.Runs.Select(r => System.Text.Encoding.UTF8.GetString(r.Utf8))));
                }
                else if (item.Kind == ItemKind.Glue && item.Content >= 0)
                {
                    builder.Append(' ');
                }
            }
            if (line.End < text.Items.Count && text.Items[line.End] is { Kind: ItemKind.Penalty, Content: >= 0 })
            {
                builder.Append('-');
            }
            lines.Add(builder.ToString().Trim());
        }
        return lines;
    }

    private static float DrawnWidth(TypesetText text, LineBreak line)
    {
        var width = 0f;
        for (var i = line.Start; i < line.End; i++)
        {
            var item = text.Items[i];
            width += item.Kind switch
            {
                ItemKind.Box => item.Width,
                ItemKind.Glue when item.Stretch < Item.Fill => item.Width + (line.Ratio >= 0 ? line.Ratio * item.Stretch : line.Ratio * item.Shrink),
                _ => 0,
            };
        }
        if (line.End < text.Items.Count && text.Items[line.End].Kind == ItemKind.Penalty)
        {
            width += text.Items[line.End].Width;
        }
        return width;
    }

    [Fact]
    public void Total_fit_spreads_space_more_evenly_than_first_fit()
    {
        // Twenty deterministic pseudo-random paragraphs of boxes and glue: total fit never does worse on the sum
        // of cubed adjustment ratios over all but the last line, and does strictly better on some.
        var random = new Random(20251203);
        double totalFit = 0, firstFit = 0;
        var better = 0;
        for (var sample = 0; sample < 20; sample++)
        {
            var items = new List<Item>();
            for (var w = 0; w < 40; w++)
            {
                if (w > 0)
                {
                    items.Add(Item.Glue(4, 2, 1.3f));
                }
                items.Add(Item.Box(random.Next(10, 60), -1));
            }
            items.Add(Item.Glue(0, Item.Fill, 0));
            items.Add(Item.PenaltyOf(0, Item.Forced, false));
            var widths = new LineWidths(200, 200);
            var kp = KnuthPlassBreaker.Break(CollectionsMarshal.AsSpan(items), widths, new BreakPass(10, true, int.MaxValue, 0))!;
            var ff = FirstFitBreaker.Break(CollectionsMarshal.AsSpan(items), widths, allowShrink: true);
            kp.Should().NotBeNull();
            var kpCost = kp.SkipLast(1).Sum(l => Math.Pow(Math.Abs(l.Ratio), 3));
            var ffCost = ff.SkipLast(1).Sum(l => Math.Pow(Math.Abs(l.Ratio), 3));
            totalFit += kpCost;
            firstFit += ffCost;
            if (kpCost < ffCost - 1e-6)
            {
                better++;
            }
            kp.Should().OnlyContain(l => l.Ratio >= -1, "no line is shrunk beyond its glue's shrinkability");
        }
        totalFit.Should().BeLessThan(firstFit);
        better.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Total_fit_avoids_the_loose_line_first_fit_leaves()
    {
        // Line width 100, spaces 10 (stretch 5, shrink 3). First fit packs «40 40» onto line 1 (ratio 1), then
        // «20 60» exactly, then «30 30» as the last line; total fit finds the same or a tighter set of lines and
        // its worst non-last line is no looser.
        var items = new List<Item>();
        foreach (var width in new[] { 40f, 40, 20, 60, 30, 30, 45, 25, 50 })
        {
            if (items.Count > 0)
            {
                items.Add(Item.Glue(10, 5, 3));
            }
            items.Add(Item.Box(width, -1));
        }
        items.Add(Item.Glue(0, Item.Fill, 0));
        items.Add(Item.PenaltyOf(0, Item.Forced, false));
        var widths = new LineWidths(100, 100);
        var kp = KnuthPlassBreaker.Break(CollectionsMarshal.AsSpan(items), widths, new BreakPass(10, true, int.MaxValue, 0))!;
        var ff = FirstFitBreaker.Break(CollectionsMarshal.AsSpan(items), widths, allowShrink: true);
        var kpWorst = kp.SkipLast(1).Max(l => Math.Abs(l.Ratio));
        var ffWorst = ff.SkipLast(1).Max(l => Math.Abs(l.Ratio));
        kpWorst.Should().BeLessThanOrEqualTo(ffWorst);
    }

    [Theory]
    [InlineData(88f, false)]
    [InlineData(70f, true)]
    public void Ragged_text_hyphenates_only_when_the_line_would_be_too_short(float firstWord, bool hyphenates)
    {
        // «firstWord space syl-lable»: the hyphen fits, the whole second word does not.
        List<Item> items =
        [
            Item.Box(firstWord, -1), Item.Glue(2, 0, 0), Item.Box(5, -1), Item.PenaltyOf(3, 50, true), Item.Box(30, -1),
            Item.Glue(0, Item.Fill, 0), Item.PenaltyOf(0, Item.Forced, false),
        ];
        var lines = FirstFitBreaker.Break(CollectionsMarshal.AsSpan(items), new LineWidths(100, 100), allowShrink: false);
        lines[0].End.Should().Be(hyphenates ? 3 : 1);
    }

    [Fact]
    public void Justified_russian_text_never_exceeds_the_width_and_keeps_every_word()
    {
        foreach (var width in new[] { 180f, 260f, 340f, 453f })
        {
            foreach (var paragraph in Samples.SeedParagraphs)
            {
                var text = Set(paragraph, width, Hyphenating, Format(indent: 35));
                foreach (var line in text.Lines.SkipLast(1))
                {
                    DrawnWidth(text, line).Should().BeLessThanOrEqualTo(width + 0.05f);
                    line.Ratio.Should().BeGreaterThanOrEqualTo(-1);
                }
                DrawnWidth(text, text.Lines[^1]).Should().BeLessThanOrEqualTo(width + 0.05f);
                var joined = string.Join(" ", LineTexts(text).Select(l => l.EndsWith('-') ? l[..^1] + "\u0001" : l)).Replace("\u0001 ", string.Empty, StringComparison.Ordinal);
                WordGuard.Words(joined).Should().Equal(WordGuard.Words(paragraph));
            }
        }
    }

    [Fact]
    public void Hyphenated_lines_end_with_a_hyphen_between_syllables()
    {
        var text = Set(Samples.SeedParagraphs[1], 200, Hyphenating);
        var lines = LineTexts(text);
        lines.Should().Contain(l => l.EndsWith('-'), "a narrow justified column needs hyphenation");
        foreach (var line in lines.SkipLast(1).Where(l => l.EndsWith('-')))
        {
            char.IsLetter(line[^2]).Should().BeTrue($"the hyphen follows a letter in «{line}»");
        }
    }

    [Fact]
    public void A_word_longer_than_the_line_is_broken_not_lost()
    {
        var word = "Научно-исследовательскийинститутвооруженныхсилминистерстваобороны";
        var text = Set("Это " + word + " конец", 120, NotHyphenating);
        text.Lines.Count.Should().BeGreaterThan(2);
        foreach (var line in text.Lines)
        {
            DrawnWidth(text, line).Should().BeLessThanOrEqualTo(120.05f);
        }
        // «Это», the word's pieces, «конец»: every line that ends inside the word ends with a hyphen (the emergency
        // break between letters draws one).
        var lines = LineTexts(text);
        lines[0].Should().Be("Это");
        lines[^1].Should().Be("конец");
        lines.Skip(1).SkipLast(2).Should().OnlyContain(l => l.EndsWith('-'));
        string.Concat(LineTexts(text)).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal)
            .Should().Be(("Это" + word + "конец").Replace("-", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Non_breaking_spaces_are_never_line_ends()
    {
        var paragraph = string.Join(" ", Enumerable.Repeat("в 2025\u00A0году и 10\u202F000 человек, г.\u00A0Москва", 12));
        var text = Set(paragraph, 150, NotHyphenating);
        foreach (var line in LineTexts(text))
        {
            line.Should().NotEndWith("2025").And.NotEndWith("10").And.NotEndWith("г.");
            line.Should().NotStartWith("году").And.NotStartWith("000").And.NotStartWith("Москва");
        }
    }

    [Fact]
    public void A_forced_line_break_ends_the_line_and_that_line_is_not_stretched()
    {
        var style = new TextStyle(Pdf.Fonts.FontCatalog.Get(FontFamily.LiberationSerif, FontFace.Regular), 14, 0, new Csto.Reporting.Pdf.Frames.FrameColor(0, 0, 0), null, 0);
        var text = ParagraphTypesetter.Typeset(
            [new StyledText("Первая строка", style), new StyledText(null, style), new StyledText("вторая строка", style)],
            Format(), 400, NotHyphenating);
        LineTexts(text).Should().Equal("Первая строка", "вторая строка");
        DrawnWidth(text, text.Lines[0]).Should().BeLessThan(200);
    }

    [Fact]
    public void Ragged_alignments_use_natural_spaces()
    {
        foreach (var alignment in new[] { TextAlignment.Left, TextAlignment.Right, TextAlignment.Center })
        {
            var text = Set(Samples.SeedParagraphs[3], 250, Hyphenating, Format(alignment));
            foreach (var line in text.Lines)
            {
                DrawnWidth(text, line).Should().BeApproximately(line.NaturalWidth, 0.01f);
                line.NaturalWidth.Should().BeLessThanOrEqualTo(250.05f);
            }
        }
    }
}
