using NodaTime;

namespace Csto.Reporting.Documents;

/// <summary>
/// What a document says about itself: written to the PDF info dictionary and the DOCX core properties.
/// <see cref="Date"/> is the only date any renderer writes, so output never depends on the clock.
/// </summary>
/// <param name="Title">The title; must not be empty.</param>
public sealed record DocumentMetadata(string Title)
{
    private readonly string title = Check(Title);
    private readonly IReadOnlyList<string> keywords = [];

    /// <summary>The title; not empty.</summary>
    public string Title { get => title; init => title = Check(value); }

    /// <summary>The subject (the subtitle or a one-line summary).</summary>
    public string? Subject { get; init; }

    /// <summary>The author: a person or a body, such as «Секретариат ОДКБ».</summary>
    public string? Author { get; init; }

    /// <summary>Keywords.</summary>
    public IReadOnlyList<string> Keywords { get => keywords; init => keywords = TreeList.Freeze(value, nameof(Keywords)); }

    /// <summary>The main language as a BCP 47 tag: <c>ru-RU</c> (the default) or <c>en-US</c>.</summary>
    public string Language { get; init; } = "ru-RU";

    /// <summary>The document's date; used as the creation date of the files. Null writes no date.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>True when <see cref="Language"/> is English.</summary>
    public bool IsEnglish => Language.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    private static string Check(string title, string parameterName = nameof(Title)) => string.IsNullOrWhiteSpace(title)
        ? throw new ArgumentException("A document needs a title.", parameterName)
        : title;
}
