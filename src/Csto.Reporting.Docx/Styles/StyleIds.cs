using Csto.Reporting.Documents;

namespace Csto.Reporting.Docx.Styles;

/// <summary>
/// The style ids the writer uses: Word's built-in ids where Word has the role (so the gallery, navigation pane
/// and TOC recognise them), our own for roles Word lacks.
/// </summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";
    public const string TocHeading = "TOCHeading";
    public const string Hyperlink = "Hyperlink";
    public const string TableGrid = "TableGrid";
    public const string TableNormal = "TableNormal";
    public const string NoList = "NoList";
    public const string DefaultParagraphFont = "DefaultParagraphFont";
    public const string Caption = "Caption";
    public const string TableCaption = "TableCaption";
    public const string ListParagraph = "ListParagraph";
    public const string Quote = "Quote";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Lead = "Lead";
    public const string Centered = "Centered";
    public const string RightAligned = "RightAligned";
    public const string PlaceAndDate = "PlaceAndDate";
    public const string Plain = "Plain";
    public const string TableText = "TableText";
    public const string Signature = "Signature";
    public const string SignatureName = "SignatureName";
    public const string Figure = "Figure";

    /// <summary>Heading1 … Heading4.</summary>
    public static string Heading(int level) => $"Heading{level}";

    /// <summary>TOC1 … TOC4.</summary>
    public static string Toc(int level) => $"TOC{level}";

    /// <summary>The paragraph style of a tree paragraph role.</summary>
    public static string For(ParagraphStyle style) => style switch
    {
        ParagraphStyle.Body => Normal,
        ParagraphStyle.Lead => Lead,
        ParagraphStyle.Title => Title,
        ParagraphStyle.Subtitle => Subtitle,
        ParagraphStyle.Centered => Centered,
        ParagraphStyle.RightAligned => RightAligned,
        ParagraphStyle.PlaceAndDate => PlaceAndDate,
        ParagraphStyle.Caption => Caption,
        ParagraphStyle.Plain => Plain,
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown paragraph style."),
    };
}
