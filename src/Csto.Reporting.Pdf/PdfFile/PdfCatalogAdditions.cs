namespace Csto.Reporting.Pdf.PdfFile;

/// <summary>
/// What <see cref="PdfIncrementalUpdater"/> adds to a PDF's document catalog: an outline (bookmarks), the
/// document language and the page mode. An empty outline and a null language mean there is nothing to add.
/// </summary>
public sealed record PdfCatalogAdditions
{
    /// <summary>Nothing to add: the updater writes its input unchanged.</summary>
    public static PdfCatalogAdditions None { get; } = new();

    /// <summary>
    /// The bookmarks in document order (nesting given by <see cref="PdfOutlineEntry.Level"/>). When not empty
    /// it replaces any outline the file already has. Empty by default.
    /// </summary>
    /// <exception cref="ArgumentNullException">The list or one of its entries is null.</exception>
    public IReadOnlyList<PdfOutlineEntry> Outline
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Outline));
            for (var i = 0; i < value.Count; i++)
            {
                if (value[i] is null)
                {
                    throw new ArgumentNullException(nameof(Outline), $"Outline entry {i} is null; every entry must be set.");
                }
            }
            field = [.. value];
        }
    } = [];

    /// <summary>
    /// The document's natural language as a BCP 47 tag (e.g. <c>ru-RU</c>), written as the catalog's /Lang;
    /// null (the default) leaves the language as it is.
    /// </summary>
    /// <exception cref="ArgumentException">The tag is empty or has characters other than ASCII letters, digits and hyphens.</exception>
    public string? Language
    {
        get;
        init
        {
            if (value is not null && (value.Length == 0 || value[0] == '-' || value[^1] == '-' || value.Contains("--", StringComparison.Ordinal) || !value.All(IsTagCharacter)))
            {
                throw new ArgumentException(
                    $"The language '{value}' must be a BCP 47 tag such as 'ru-RU': ASCII letters and digits separated by single hyphens.",
                    nameof(Language));
            }
            field = value;
        }
    }

    /// <summary>
    /// Whether the viewer opens with the bookmark pane shown (/PageMode /UseOutlines) when the outline is
    /// not empty; true by default. When false the file's page mode is left as it is.
    /// </summary>
    public bool OpenOutlinePane { get; init; } = true;

    /// <summary>True when there is nothing to add (empty outline, no language).</summary>
    public bool IsEmpty => Outline.Count == 0 && Language is null;

    private static bool IsTagCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';
}
