using System.Runtime.InteropServices;
using Csto.Reporting.Fonts;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.LineBreaking;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Pdf.Text;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Tests.LineBreaking;

/// <summary>The rules of issue 9 pinned with real values: break points, hyphen runs, last lines, headings.</summary>
public sealed class TypesettingRuleTests
{
    private static readonly HyphenationCache Russian = new(LiangHyphenator.Default, "ru-RU");
    private static readonly TypesetOptions Hyphenating = new(true, false, Russian, "test");

    private static TypesetText Set(string text, float width, ParagraphFormat format)
    {
        var style = new TextStyle(Pdf.Fonts.FontCatalog.Get(format.Family, format.Bold ? Csto.Reporting.Fonts.FontFace.Bold : Csto.Reporting.Fonts.FontFace.Regular), format.Size, 0, new Csto.Reporting.Pdf.Frames.FrameColor(0, 0, 0), null, 0);
        return ParagraphTypesetter.Typeset([new StyledText(text, style)], format, width, Hyphenating);
    }

    private static ParagraphFormat Body(float indent = 35) => new()
    {
        Family = FontFamily.LiberationSerif,
        Size = 14,
        FirstLineIndent = indent,
    };

    private static bool EndsInHyphen(TypesetText text, LineBreak line) =>
        line.End < text.Items.Count && text.Items[line.End] is { Kind: ItemKind.Penalty, Flagged: true };

    [Fact]
    public void A_url_breaks_after_slashes_and_before_dots_question_marks_ampersands_equals_signs_and_hyphens_without_a_hyphen()
    {
        var url = "https://odkb-csto.org/documents/detail.php?id=123&lang=ru";
        var breaks = WordBreaks.Find(url, [], Russian);
        breaks.Select(b => b.Offset).Should().Equal(8, 12, 17, 22, 32, 38, 42, 45, 49, 54);
        breaks.Select(b => url[..b.Offset]).Should().Equal(
            "https://", "https://odkb", "https://odkb-csto", "https://odkb-csto.org/",
            "https://odkb-csto.org/documents/", "https://odkb-csto.org/documents/detail", "https://odkb-csto.org/documents/detail.php",
            "https://odkb-csto.org/documents/detail.php?id", "https://odkb-csto.org/documents/detail.php?id=123",
            "https://odkb-csto.org/documents/detail.php?id=123&lang");
        breaks.Should().OnlyContain(b => b.Kind == WordBreakKind.LongToken);
    }

    [Fact]
    public void A_document_identifier_breaks_only_after_its_slashes()
    {
        var id = "ОДКБ/СКБ/2025/11/27/145-р";
        WordBreaks.Find(id, [], Russian).Select(b => id[..b.Offset]).Should().Equal(
            "ОДКБ/", "ОДКБ/СКБ/", "ОДКБ/СКБ/2025/", "ОДКБ/СКБ/2025/11/", "ОДКБ/СКБ/2025/11/27/", "ОДКБ/СКБ/2025/11/27/145");
        var mail = "secretariat@odkb-csto.org";
        WordBreaks.Find(mail, [], Russian).Select(b => mail[..b.Offset]).Should().Equal("secretariat@odkb", "secretariat@odkb-csto");
    }

    [Fact]
    public void A_long_url_in_a_narrow_column_is_split_at_its_break_points_and_never_gets_a_hyphen()
    {
        var url = "https://odkb-csto.org/documents/detail.php?id=123&lang=ru";
        var text = Set("Текст размещён по адресу " + url + " на сайте.", 150, Body(0));
        var lines = LineBreakerTests.LineTexts(text);
        var flat = string.Join("\n", lines);
        var start = flat.IndexOf("https:", StringComparison.Ordinal);
        var inUrl = flat[start..(flat.IndexOf(" на", start, StringComparison.Ordinal))];
        inUrl.Replace("\n", string.Empty, StringComparison.Ordinal).Should().Be(url, "no hyphen is added to the URL and nothing is lost");
        var cuts = new List<int>();
        for (int i = 0, offset = 0; i < inUrl.Length; i++)
        {
            if (inUrl[i] == '\n')
            {
                cuts.Add(offset);
            }
            else
            {
                offset++;
            }
        }
        cuts.Should().NotBeEmpty("the URL is wider than the column");
        cuts.Should().BeSubsetOf(WordBreaks.Find(url, [], Russian).Select(b => b.Offset));
    }

    [Theory]
    [InlineData("СМИД2025")]
    [InlineData("ОДКБ")]
    [InlineData("А.В.")]
    [InlineData("2025-го")]
    public void Words_with_digits_abbreviations_and_initials_are_never_hyphenated(string word)
    {
        WordBreaks.Find(word, [], Russian).Should().NotContain(b => b.Kind == WordBreakKind.Hyphen || b.Kind == WordBreakKind.CapitalisedHyphen);
    }

    [Fact]
    public void Capitalised_words_are_hyphenated_only_at_a_higher_cost()
    {
        var breaks = WordBreaks.Find("Константинопольский", [], Russian);
        breaks.Should().NotBeEmpty().And.OnlyContain(b => b.Kind == WordBreakKind.CapitalisedHyphen);
        WordBreaks.Find("константинопольский", [], Russian).Should().OnlyContain(b => b.Kind == WordBreakKind.Hyphen);
        ParagraphTypesetter.CapitalisedHyphenPenalty.Should().BeGreaterThan(ParagraphTypesetter.HyphenPenalty * 3);
    }

    [Fact]
    public void At_least_two_letters_stay_on_each_side_of_a_hyphen()
    {
        foreach (var paragraph in Samples.SeedParagraphs)
        {
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var (offset, kind) in WordBreaks.Find(word, [], Russian).Where(b => b.Kind == WordBreakKind.Hyphen))
                {
                    word[..offset].TakeLast(2).Should().OnlyContain(c => char.IsLetter(c), word);
                    word[offset..].Take(2).Should().OnlyContain(c => char.IsLetter(c), word);
                }
            }
        }
    }

    [Fact]
    public void No_more_than_two_lines_in_a_row_end_in_a_hyphen_and_the_last_line_is_never_shorter_than_the_indent()
    {
        // At the gost measure (482 pt) the limit is two; at 340 pt a third is allowed before spaces pass 0.5 em; in
        // narrower columns a longer ladder is the price of spaces no wider than 0.75 em, so only the last line is checked.
        var checkedParagraphs = 0;
        foreach (var width in new[] { 200f, 260f, 340f, 482f })
        {
            foreach (var paragraph in Samples.SeedParagraphs)
            {
                var text = Set(paragraph, width, Body());
                if (text.Lines.Count < 2)
                {
                    continue;
                }
                checkedParagraphs++;
                var run = 0;
                foreach (var line in text.Lines)
                {
                    run = EndsInHyphen(text, line) ? run + 1 : 0;
                    if (width >= 340)
                    {
                        run.Should().BeLessThanOrEqualTo(width > 400 ? ParagraphBreaker.MaxHyphenRun : ParagraphBreaker.MaxHyphenRun + 1, $"width {width}: «{paragraph[..40]}…»");
                    }
                }
                if (width > 200)
                {
                    // In a 200-pt column (14 words of Russian a line at most) one seed paragraph has no breaks within a
                    // space of 0.75 em that keep its last line long, and the rule gives way in the last pass.
                    text.Lines[^1].NaturalWidth.Should().BeGreaterThanOrEqualTo(35, $"width {width}: the last line of «{paragraph[..40]}…»");
                }
            }
        }
        checkedParagraphs.Should().BeGreaterThan(20);
    }

    [Fact]
    public void A_pass_refuses_a_ladder_of_three_hyphens_and_a_last_line_shorter_than_the_minimum()
    {
        // «50 40-|50 40-|50 40-|50 40-|50» in lines of 100: every line fits exactly only at the hyphen (a line of
        // «50» alone has no glue to stretch), so the only breaks are four hyphenated lines in a row.
        var items = new List<Item> { Item.Box(50, -1) };
        for (var line = 0; line < 4; line++)
        {
            items.Add(Item.Glue(10, 5, 3));
            items.Add(Item.Box(40, -1));
            items.Add(Item.PenaltyOf(0, 50, true));
            items.Add(Item.Box(50, -1));
        }
        items.Add(Item.Glue(0, Item.Fill, 0));
        items.Add(Item.PenaltyOf(0, Item.Forced, false));
        var widths = new LineWidths(100, 100);
        var free = KnuthPlassBreaker.Break(CollectionsMarshal.AsSpan(items), widths, new BreakPass(10, true, int.MaxValue, 0))!;
        free.Select(l => l.End).Should().Equal(3, 7, 11, 15, 18);
        free.SkipLast(1).Should().OnlyContain(l => l.Ratio == 0);
        KnuthPlassBreaker.Break(CollectionsMarshal.AsSpan(items), widths, new BreakPass(10, true, 4, 0)).Should().NotBeNull();
        KnuthPlassBreaker.Break(CollectionsMarshal.AsSpan(items), widths, new BreakPass(10, true, 2, 0)).Should().BeNull("a third hyphenated line in a row is not allowed");
        KnuthPlassBreaker.Break(CollectionsMarshal.AsSpan(items), widths, new BreakPass(10, true, 4, 51)).Should().BeNull("the last line «50» is shorter than 51");
    }

    [Fact]
    public void A_last_line_shorter_than_the_minimum_takes_a_word_from_the_line_before()
    {
        // «30 30 30 10» in lines of 100: «30 30 30» fills a line exactly and leaves «10» alone; with a minimum of 20
        // the breaker sets «30 30» (ratio 14) and «30 10».
        List<Item> items =
        [
            Item.Box(30, -1), Item.Glue(5, 2.5f, 1.7f), Item.Box(30, -1), Item.Glue(5, 2.5f, 1.7f), Item.Box(30, -1),
            Item.Glue(5, 2.5f, 1.7f), Item.Box(10, -1), Item.Glue(0, Item.Fill, 0), Item.PenaltyOf(0, Item.Forced, false),
        ];
        var widths = new LineWidths(100, 100);
        KnuthPlassBreaker.Break(CollectionsMarshal.AsSpan(items), widths, new BreakPass(20, true, 2, 0))!.Select(l => l.End).Should().Equal(5, 8);
        var lines = KnuthPlassBreaker.Break(CollectionsMarshal.AsSpan(items), widths, new BreakPass(20, true, 2, 20))!;
        lines.Select(l => l.End).Should().Equal(3, 8);
        lines[0].Ratio.Should().BeApproximately(14, 0.001f);
        lines[1].NaturalWidth.Should().Be(45);
    }

    [Fact]
    public void Interword_glue_is_the_fonts_space_stretching_by_a_half_and_shrinking_by_a_third()
    {
        var text = Set("один два три", 400, Body(0));
        var glue = text.Items.First(i => i.Kind == ItemKind.Glue && i.Content >= 0);
        glue.Width.Should().BeApproximately(14 * 0.25f, 0.01f, "Liberation Serif's space is 512/2048 em");
        glue.Stretch.Should().BeApproximately(glue.Width / 2, 0.001f);
        glue.Shrink.Should().BeApproximately(glue.Width / 3, 0.001f);
    }

    [Fact]
    public void A_heading_of_several_lines_is_balanced_and_never_hyphenated()
    {
        var format = new ParagraphFormat
        {
            Family = FontFamily.LiberationSerif,
            Size = 16,
            Bold = true,
            Alignment = TextAlignment.Center,
            Hyphenate = false,
            Balanced = true,
        };
        var title = "Об итогах деятельности Организации Договора о коллективной безопасности в области противодействия терроризму";
        var balanced = Set(title, 400, format);
        var ragged = Set(title, 400, format with { Balanced = false });
        balanced.Lines.Count.Should().Be(ragged.Lines.Count).And.BeGreaterThan(1);
        balanced.Lines.Should().NotContain(l => EndsInHyphen(balanced, l));
        var widths = balanced.Lines.Select(l => l.NaturalWidth).ToList();
        (widths.Max() - widths.Min()).Should().BeLessThan(ragged.Lines.Max(l => l.NaturalWidth) - ragged.Lines.Min(l => l.NaturalWidth));
        LineBreakerTests.LineTexts(balanced)[^1].Should().Contain(" ", "the last line holds more than one word");
        widths.Should().OnlyContain(w => w <= 400);
    }

    [Theory]
    [InlineData("президент.рф", new[] { "президент" })]
    [InlineData("минобороны.рф,", new[] { "минобороны" })]
    [InlineData("en.odkb-csto.org.", new[] { "en", "en.odkb", "en.odkb-csto" })]
    [InlineData("(odkb-csto.org)", new[] { "(odkb", "(odkb-csto" })]
    [InlineData("почтовыйадрессекретариата@организациядоговора.рф", new[] { "почтовыйадрессекретариата@организациядоговора" })]
    public void A_bare_domain_name_or_e_mail_address_is_a_long_token_never_hyphenated_and_its_full_stop_stays_outside(string word, string[] heads)
    {
        WordBreaks.IsLongToken(word).Should().BeTrue();
        var breaks = WordBreaks.Find(word, [], Russian);
        breaks.Should().OnlyContain(b => b.Kind == WordBreakKind.LongToken);
        breaks.Select(b => word[..b.Offset]).Should().Equal(heads);
    }

    [Theory]
    [InlineData("т.е.")]
    [InlineData("и.о.")]
    [InlineData("U.S.A.")]
    [InlineData("тыс.руб.")]
    [InlineData("г.Минск")]
    [InlineData("продолжение.")]
    [InlineData("-.org")]
    public void Abbreviations_and_words_around_a_dot_are_not_domain_names(string word)
    {
        WordBreaks.IsDomainName(word).Should().BeFalse();
    }

    [Fact]
    public void A_domain_name_in_a_narrow_column_breaks_only_before_its_dot_and_is_never_hyphenated()
    {
        const string Paragraph = "Официальные сайты размещены по адресам президент.рф, минобороны.рф и en.odkb-csto.org, а переписка ведётся через канцелярию.";
        var broken = 0;
        for (var width = 100f; width <= 240f; width += 4)
        {
            var lines = LineBreakerTests.LineTexts(Set(Paragraph, width, Body(0)));
            var joined = string.Join("\n", lines);
            foreach (var domain in new[] { "президент.рф", "минобороны.рф", "en.odkb-csto.org" })
            {
                var pattern = string.Join("\n?", domain.Select(c => System.Text.RegularExpressions.Regex.Escape(c.ToString())));
                var match = System.Text.RegularExpressions.Regex.Match(joined, pattern);
                match.Success.Should().BeTrue($"at {width} pt «{domain}» is set whole, with no hyphen added: {joined}");
                for (var i = match.Value.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = match.Value.IndexOf('\n', i + 1))
                {
                    broken++;
                    match.Value[i + 1].Should().BeOneOf(['.', '-'], $"at {width} pt «{domain}» breaks only before a dot or a hyphen");
                }
            }
        }
        broken.Should().BeGreaterThan(0, "some width puts a domain name across a line end");
    }

    [Theory]
    [InlineData("2024–2025")]
    [InlineData("XX–XXI")]
    [InlineData("1-2")]
    public void The_dash_of_a_range_of_numbers_or_roman_numerals_is_no_break(string range)
    {
        WordBreaks.Find(range, [], Russian).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Ту-154")]
    [InlineData("CD-ROM")]
    [InlineData("XX–го")]
    public void A_dash_between_a_word_and_a_number_is_an_ordinary_break(string word)
    {
        WordBreaks.Find(word, [], Russian).Should().Contain(b => b.Kind == WordBreakKind.AfterDash);
    }

    [Fact]
    public void A_range_stays_on_one_line_at_every_width_where_a_compound_word_breaks_at_its_dash()
    {
        var rangeBreaks = new List<float>();
        var compoundBreaks = 0;
        for (var width = 100f; width <= 480f; width += 2)
        {
            if (LineBreakerTests.LineTexts(Set("Эти события в истории XX–XXI вв. и в 2024–2025 годах описаны подробно, и в 1991–1992 годах тоже.", width, Body(0))).Any(l => l.EndsWith('–')))
            {
                rangeBreaks.Add(width);
            }
            compoundBreaks += LineBreakerTests.LineTexts(Set("Эти события в истории ИК–ИКС вв. и в АБВГ–АБВГ годах описаны подробно, и в АБВГ–АБВГ годах тоже.", width, Body(0)))
                .Count(l => l.EndsWith('–'));
        }
        compoundBreaks.Should().BeGreaterThan(0, "the same text with words instead of numbers breaks at its dashes at some widths");
        rangeBreaks.Should().BeEmpty("a range stays whole at every width from 100 pt to 480 pt");
    }
}
