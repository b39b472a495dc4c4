using Csto.Reporting.Documents;
using Csto.Reporting.Docx.Numbering;
using Csto.Reporting.Docx.Writing;
using Csto.Reporting.Themes;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Styles;

/// <summary>Paragraph styles of running text: title, subtitle, lead, aligned, place-and-date, captions, quote, list, signature.</summary>
internal static class TextStyles
{
    /// <summary>The spacing after a title or subtitle, in points.</summary>
    public const double TitleSpacingAfter = 12;

    /// <summary>The styles.</summary>
    public static IEnumerable<W.Style> Build(Theme theme)
    {
        var contentWidth = theme.PageSetup.ContentWidth;

        var title = StyleFactory.Paragraph(StyleIds.Title, "Title", StyleIds.Normal, 10, next: StyleIds.Normal);
        title.StyleParagraphProperties = StyleFactory.ParagraphProperties(Center(), NoIndent(), After(TitleSpacingAfter), keepNext: true);
        title.StyleRunProperties = StylesBuilder.Run(theme.HeadingFont, theme.TitleFontSize, bold: true, color: theme.HeadingColor);
        yield return title;

        var subtitle = StyleFactory.Paragraph(StyleIds.Subtitle, "Subtitle", StyleIds.Normal, 11, next: StyleIds.Normal);
        subtitle.StyleParagraphProperties = StyleFactory.ParagraphProperties(Center(), NoIndent(), After(TitleSpacingAfter), keepNext: true);
        subtitle.StyleRunProperties = StylesBuilder.Run(theme.HeadingFont, theme.SubtitleFontSize, color: theme.HeadingColor);
        yield return subtitle;

        var lead = StyleFactory.Paragraph(StyleIds.Lead, "Lead", StyleIds.Normal, 12, next: StyleIds.Normal);
        lead.StyleParagraphProperties = StyleFactory.ParagraphProperties(spacing: After(theme.ParagraphSpacing + 6));
        lead.StyleRunProperties = StylesBuilder.Run(italic: true);
        yield return lead;

        yield return Aligned(StyleIds.Centered, "Centered", Center());
        yield return Aligned(StyleIds.RightAligned, "Right Aligned", new W.Justification { Val = W.JustificationValues.Right });
        yield return Aligned(StyleIds.Plain, "Plain", Left());

        var place = Aligned(StyleIds.PlaceAndDate, "Place and Date", Left());
        place.StyleParagraphProperties!.Tabs = new W.Tabs(RightTab(contentWidth));
        place.StyleParagraphProperties.SpacingBetweenLines = new W.SpacingBetweenLines { Before = Units.TwipsText(6), After = Units.TwipsText(12) };
        yield return place;

        var caption = StyleFactory.Paragraph(StyleIds.Caption, "caption", StyleIds.Normal, 35, next: StyleIds.Normal);
        caption.StyleParagraphProperties = StyleFactory.ParagraphProperties(Center(), NoIndent(),
            new W.SpacingBetweenLines { Before = Units.TwipsText(4), After = Units.TwipsText(8) }, keepNext: true);
        yield return caption;

        // ГОСТ 7.32: a table's name «Таблица 1 — …» stands above it on the left, without a paragraph indent, with
        // space above it and kept with the table (the PDF's 12 pt above and 3 pt below).
        var tableCaption = StyleFactory.Paragraph(StyleIds.TableCaption, "Table Caption", StyleIds.Caption, 35, next: StyleIds.Normal);
        tableCaption.StyleParagraphProperties = StyleFactory.ParagraphProperties(Left(),
            spacing: new W.SpacingBetweenLines { Before = Units.TwipsText(12), After = Units.TwipsText(3) }, keepNext: true);
        yield return tableCaption;

        var figure = Aligned(StyleIds.Figure, "Figure", Center());
        figure.StyleParagraphProperties!.KeepNext = new W.KeepNext();
        yield return figure;

        var quote = StyleFactory.Paragraph(StyleIds.Quote, "Quote", StyleIds.Normal, 29);
        var quoteIndent = Length.FromCentimetres(1.25);
        quote.StyleParagraphProperties = StyleFactory.ParagraphProperties(
            indentation: new W.Indentation { Left = Units.TwipsText(quoteIndent), Right = Units.TwipsText(quoteIndent / 2), FirstLine = Units.TwipsText(theme.FirstLineIndent) },
            spacing: new W.SpacingBetweenLines { Before = Units.TwipsText(6), After = Units.TwipsText(Math.Max(6, theme.ParagraphSpacing)) });
        yield return quote;

        var list = StyleFactory.Paragraph(StyleIds.ListParagraph, "List Paragraph", StyleIds.Normal, 34);
        list.StyleParagraphProperties = StyleFactory.ParagraphProperties(
            new W.Justification { Val = theme.Justify ? W.JustificationValues.Both : W.JustificationValues.Left },
            new W.Indentation { Left = Units.TwipsText(ListIndent.For(theme, 0).Text), FirstLine = "0" },
            new W.SpacingBetweenLines { Before = Units.TwipsText(2) });
        yield return list;

        var signature = Aligned(StyleIds.Signature, "Signature", Left());
        signature.StyleParagraphProperties!.SpacingBetweenLines = new W.SpacingBetweenLines { Before = Units.TwipsText(theme.BodyFontSize), After = "0" };
        signature.StyleParagraphProperties.KeepNext = new W.KeepNext();
        signature.StyleParagraphProperties.KeepLines = new W.KeepLines();
        yield return signature;

        var name = StyleFactory.Paragraph(StyleIds.SignatureName, "Signature Name", StyleIds.Signature, 14);
        name.StyleParagraphProperties = StyleFactory.ParagraphProperties(new W.Justification { Val = W.JustificationValues.Right });
        yield return name;

        foreach (var (id, label) in new[] { (StyleIds.Header, "header"), (StyleIds.Footer, "footer") })
        {
            var furniture = StyleFactory.Paragraph(id, label, StyleIds.Normal, 99, quick: false);
            furniture.StyleParagraphProperties = StyleFactory.ParagraphProperties(Center(), NoIndent(),
                new W.SpacingBetweenLines { After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto },
                tabs: new W.Tabs(
                    new W.TabStop { Val = W.TabStopValues.Center, Position = Units.Twips(contentWidth / 2) },
                    RightTab(contentWidth)));
            furniture.StyleRunProperties = StylesBuilder.Run(size: theme.PageNumbers.FontSize);
            yield return furniture;
        }
    }

    /// <summary>A right tab stop at <paramref name="position"/> points.</summary>
    public static W.TabStop RightTab(double position, W.TabStopLeaderCharValues? leader = null) =>
        new() { Val = W.TabStopValues.Right, Leader = leader, Position = Units.Twips(position) };

    private static W.Style Aligned(string id, string name, W.Justification justification)
    {
        var style = StyleFactory.Paragraph(id, name, StyleIds.Normal, 13);
        style.StyleParagraphProperties = StyleFactory.ParagraphProperties(justification, NoIndent());
        return style;
    }

    private static W.Justification Center() => new() { Val = W.JustificationValues.Center };

    private static W.Justification Left() => new() { Val = W.JustificationValues.Left };

    private static W.Indentation NoIndent() => new() { FirstLine = "0" };

    private static W.SpacingBetweenLines After(double points) => new() { After = Units.TwipsText(points) };
}
