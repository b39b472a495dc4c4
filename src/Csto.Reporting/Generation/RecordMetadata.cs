using Csto.Domain;
using Csto.Domain.Catalog;
using Csto.Domain.Documents;
using Csto.Domain.Events;
using Csto.Reporting.Documents;
using Csto.Reporting.Templates;
using NodaTime;

namespace Csto.Reporting.Generation;

/// <summary>
/// The metadata of a document built from a template: the title is the text of the document's first title
/// paragraph (or first heading, or the template's title) — followed by its subtitle when the subtitle continues it
/// in lower case («Информационное сообщение» + «о 42-м заседании …») — the subject is the subtitle, the language
/// the template's, the date and author the record's. An information message is the exception: its title paragraph
/// names only the genre («Информационное сообщение»), so its headline (the subtitle) is the title and the genre
/// the subject — three messages do not all get the same file title.
/// </summary>
internal static class RecordMetadata
{
    public static DocumentMetadata For(ReportDocument document, ReportTemplate template, CstoRecord record, CstoCatalog catalog)
    {
        var blocks = document.Sections.SelectMany(s => s.Blocks).SelectMany(DocumentWalker.DescendantsAndSelf).ToList();
        var title = blocks.OfType<Paragraph>().FirstOrDefault(p => p.Style == ParagraphStyle.Title) is { } titleParagraph
            ? DocumentWalker.PlainText(titleParagraph.Content)
            : blocks.OfType<Heading>().FirstOrDefault() is { } heading ? DocumentWalker.PlainText(heading.Content) : template.Title;
        var subject = blocks.OfType<Paragraph>().FirstOrDefault(p => p.Style == ParagraphStyle.Subtitle) is { } subtitle
            ? DocumentWalker.PlainText(subtitle.Content)
            : null;
        title = string.IsNullOrWhiteSpace(title) ? template.Title : title.Trim();
        if (subject is { Length: > 0 } continuation && char.IsLower(continuation[0]))
        {
            title += " " + continuation.Trim();
        }
        else if (record is InformationMessage && !string.IsNullOrWhiteSpace(subject))
        {
            (title, subject) = (subject.Trim(), title);
        }
        return new DocumentMetadata(title)
        {
            Subject = string.IsNullOrWhiteSpace(subject) ? null : subject.Trim(),
            Author = Author(record, catalog, english: template.Language.StartsWith("en", StringComparison.Ordinal)),
            Language = template.Language,
            Date = DateOf(record),
        };
    }

    /// <summary>The date a record carries: the document's date, or the event's first day.</summary>
    public static LocalDate? DateOf(CstoRecord record) => record switch
    {
        CouncilDocument document => document.Date,
        Event meeting => meeting.Date,
        InformationMessage message => message.Date ?? message.Event.Date,
        AnalyticalReport report => report.Date,
        ActivityReport report => report.Date,
        _ => null,
    };

    /// <summary>The issuing body of a council document; nothing for other records (no author is invented).</summary>
    private static string? Author(CstoRecord record, CstoCatalog catalog, bool english) =>
        record is CouncilDocument document && catalog.TryGetBody(document.IssuingBodyId, out var body)
            ? english ? body.Name.English : body.Name.Russian.Nominative
            : null;
}
