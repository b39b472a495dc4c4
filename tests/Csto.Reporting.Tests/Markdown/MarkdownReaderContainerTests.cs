using Csto.Reporting.Documents;
using Csto.Reporting.Markdown;
using static Csto.Reporting.Tests.Markdown.MarkdownReaderBlockTests;

namespace Csto.Reporting.Tests.Markdown;

public sealed class MarkdownReaderContainerTests
{
    [Fact]
    public void Title_page_splits_into_top_middle_and_bottom()
    {
        var page = Blocks("""
            ::: title-page
            Организация Договора о коллективной безопасности

            ***

            Аналитический доклад {.title}

            О региональной безопасности {.subtitle}

            ***

            Москва, 2025
            :::
            """).Single().Should().BeOfType<TitlePage>().Subject;

        page.Top.Cast<Paragraph>().Select(p => (p.Style, TextOf(p))).Should().Equal((ParagraphStyle.Centered, "Организация Договора о коллективной безопасности"));
        page.Middle.Cast<Paragraph>().Select(p => p.Style).Should().Equal(ParagraphStyle.Title, ParagraphStyle.Subtitle);
        page.Bottom.Select(TextOf).Should().Equal("Москва, 2025");
    }

    [Theory]
    [InlineData("Доклад", 0, 1, 0)]
    [InlineData("Доклад\n\n***\n\nМосква", 0, 1, 1)]
    public void Title_page_with_fewer_parts(string content, int top, int middle, int bottom)
    {
        var page = (TitlePage)Blocks($"::: title-page\n{content}\n:::").Single();
        (page.Top.Count, page.Middle.Count, page.Bottom.Count).Should().Be((top, middle, bottom));
    }

    [Fact]
    public void A_title_foot_container_closes_the_title_page_and_adds_its_blocks_to_the_bottom()
    {
        var page = Blocks("""
            :::: title-page
            Организация Договора о коллективной безопасности

            ***

            Аналитический доклад {.title}

            ***

            Декабрь 2025

            ::: title-foot
            Москва

            2025
            :::
            ::::

            Текст после титула.
            """);

        var title = page[0].Should().BeOfType<TitlePage>().Subject;
        title.Top.Select(TextOf).Should().Equal("Организация Договора о коллективной безопасности");
        title.Middle.Cast<Paragraph>().Select(p => p.Style).Should().Equal(ParagraphStyle.Title);
        title.Bottom.Cast<Paragraph>().Select(p => (p.Style, TextOf(p))).Should().Equal(
            (ParagraphStyle.Centered, "Декабрь 2025"), (ParagraphStyle.Centered, "Москва"), (ParagraphStyle.Centered, "2025"));
        page.Should().HaveCount(2, "the text after the title page is outside it");

        var onlyFoot = (TitlePage)Blocks(":::: title-page\nДоклад {.title}\n\n::: title-foot\nМосква, 2025\n:::\n::::").Single();
        (onlyFoot.Top.Count, onlyFoot.Middle.Count, onlyFoot.Bottom.Select(TextOf).Single()).Should().Be((0, 1, "Москва, 2025"));
    }

    [Fact]
    public void Signatures_split_office_and_name_at_the_last_bar()
    {
        var block = Blocks("""
            ::: signatures
            - За Республику Армения | Н. Пашинян
            - Генеральный секретарь\
              ОДКБ | И. Тасмагамбетов
            - За A | B | В. Иванов
            - Секретариат
            :::
            """).Single().Should().BeOfType<SignatureBlock>().Subject;

        block.Signatories.Should().Equal(
            new Signatory("За Республику Армения", "Н. Пашинян"),
            new Signatory("Генеральный секретарь\nОДКБ", "И. Тасмагамбетов"),
            new Signatory("За A | B", "В. Иванов"),
            new Signatory("Секретариат", ""));
    }

    [Fact]
    public void Place_date_puts_a_tab_between_place_and_date()
    {
        var blocks = Blocks("::: place-date\nБишкек | 27 ноября 2025 года\n:::\n\n::: place-date\nМосква, 2025\n:::");
        blocks.Cast<Paragraph>().Select(p => (p.Style, TextOf(p))).Should().Equal(
            (ParagraphStyle.PlaceAndDate, "Бишкек\t27 ноября 2025 года"),
            (ParagraphStyle.PlaceAndDate, "Москва, 2025"));
    }

    [Fact]
    public void Toc_takes_title_and_level()
    {
        var blocks = Blocks("::: toc\n:::\n\n::: toc 2\nОглавление\n:::\n\n::: toc {max-level=1}\n:::");
        blocks.Should().Equal(new TableOfContents("Содержание", 3), new TableOfContents("Оглавление", 2), new TableOfContents("Содержание", 1));
    }

    [Fact]
    public void Toc_title_is_english_for_an_english_document()
    {
        var document = MarkdownDocumentReader.Read("::: toc\n:::", new MarkdownReadOptions { Metadata = new DocumentMetadata("Report") { Language = "en-US" } });
        document.Sections[0].Blocks.Single().Should().Be(new TableOfContents("Contents", 3));
    }

    [Fact]
    public void Page_break_container()
    {
        Blocks("Раз\n\n::: page-break\n:::\n\nДва")[1].Should().BeSameAs(PageBreak.Instance);
    }

    [Fact]
    public void Images_load_through_the_loader_and_keep_the_aspect_ratio()
    {
        var png = TinyPng(200, 100);
        string? asked = null;
        var document = MarkdownDocumentReader.Read("![Карта региона](maps/region.png){width=120mm}\n\nРис. 1 — Карта {.caption}", new MarkdownReadOptions
        {
            Metadata = new DocumentMetadata("Доклад"),
            ImageLoader = path => { asked = path; return png; },
        });

        asked.Should().Be("maps/region.png");
        var image = document.Sections[0].Blocks.Single().Should().BeOfType<Image>().Subject;
        image.WidthPoints.Should().BeApproximately(Length.FromMillimetres(120), 1e-9);
        image.HeightPoints.Should().BeApproximately(Length.FromMillimetres(60), 1e-9);
        image.AltText.Should().Be("Карта региона");
        DocumentWalker.PlainText(image.Caption!).Should().Be("Рис. 1 — Карта");
    }

    [Fact]
    public void Image_sizes_in_cm_and_pt()
    {
        var document = MarkdownDocumentReader.Read("![](a.png){width=10cm height=72pt}", new MarkdownReadOptions
        {
            Metadata = new DocumentMetadata("Доклад"),
            ImageLoader = _ => TinyPng(10, 10),
        });
        var image = (Image)document.Sections[0].Blocks.Single();
        (image.WidthPoints, image.HeightPoints).Should().Be((Length.FromCentimetres(10), 72));
    }

    /// <summary>A whole PNG of the given size (the reader checks pictures are whole, not only their header).</summary>
    internal static byte[] TinyPng(int width, int height)
    {
        using var bitmap = new SkiaSharp.SKBitmap(width, height);
        bitmap.Erase(SkiaSharp.SKColors.SteelBlue);
        using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
