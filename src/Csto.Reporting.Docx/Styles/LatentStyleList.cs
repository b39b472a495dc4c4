using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Styles;

/// <summary>
/// The w:latentStyles element: tells Word how its built-in styles that the document does not define appear in
/// the gallery, and which of those used here are quick styles.
/// </summary>
internal static class LatentStyleList
{
    private static readonly (string Name, int Priority, bool Quick, bool Hidden)[] Exceptions =
    [
        ("Normal", 0, true, false),
        ("heading 1", 9, true, false),
        ("heading 2", 9, true, true),
        ("heading 3", 9, true, true),
        ("heading 4", 9, true, true),
        ("heading 5", 9, true, true),
        ("heading 6", 9, true, true),
        ("heading 7", 9, true, true),
        ("heading 8", 9, true, true),
        ("heading 9", 9, true, true),
        ("toc 1", 39, false, true),
        ("toc 2", 39, false, true),
        ("toc 3", 39, false, true),
        ("toc 4", 39, false, true),
        ("footnote text", 99, false, true),
        ("header", 99, false, true),
        ("footer", 99, false, true),
        ("caption", 35, true, true),
        ("footnote reference", 99, false, true),
        ("Title", 10, true, false),
        ("Default Paragraph Font", 1, false, true),
        ("Subtitle", 11, true, false),
        ("Hyperlink", 99, false, true),
        ("Strong", 22, true, false),
        ("Emphasis", 20, true, false),
        ("Table Grid", 39, false, false),
        ("List Paragraph", 34, true, false),
        ("Quote", 29, true, false),
        ("TOC Heading", 39, true, true),
    ];

    /// <summary>The latent styles element.</summary>
    public static W.LatentStyles Build()
    {
        var latent = new W.LatentStyles
        {
            DefaultLockedState = false,
            DefaultUiPriority = 99,
            DefaultSemiHidden = false,
            DefaultUnhideWhenUsed = false,
            DefaultPrimaryStyle = false,
            Count = 376,
        };
        foreach (var (name, priority, quick, hidden) in Exceptions)
        {
            var exception = new W.LatentStyleExceptionInfo { Name = name, UiPriority = priority };
            if (quick)
            {
                exception.PrimaryStyle = true;
            }
            if (hidden)
            {
                exception.SemiHidden = true;
                exception.UnhideWhenUsed = true;
            }
            latent.Append(exception);
        }
        return latent;
    }
}
