using Csto.Domain.Places;
using NodaTime;

namespace Csto.Domain.Documents;

/// <summary>A declaration, such as the declaration the Collective Security Council adopts at its regular session.</summary>
/// <example>
/// <code>
/// var document = new Declaration("…", "csc", new LocalDate(2025, 11, 27), preamble: ["Мы, члены Совета коллективной безопасности …"]);
/// </code>
/// </example>
public sealed record Declaration : CouncilDocument
{
    /// <summary>Creates the document.</summary>
    /// <param name="title">The title, such as «Декларация Совета коллективной безопасности Организации Договора о коллективной безопасности (27 ноября 2025 года)».</param>
    /// <param name="issuingBodyId">The issuing body's catalog id.</param>
    /// <param name="date">The date of adoption.</param>
    /// <param name="place">Where it was adopted, or null.</param>
    /// <param name="sessionId">The record id of the session that adopted it, or null.</param>
    /// <param name="preamble">The preamble paragraphs.</param>
    /// <param name="paragraphs">The operative paragraphs in order.</param>
    /// <param name="signatories">The signatories by office and state.</param>
    /// <param name="id">The record id, or null.</param>
    /// <param name="provenance">Where the facts come from.</param>
    /// <param name="englishTitle">The title in English, or null.</param>
    /// <exception cref="ArgumentException">The title or the body id is empty, or a paragraph is empty.</exception>
    public Declaration(
        string title,
        string issuingBodyId,
        LocalDate date,
        City? place = null,
        string? sessionId = null,
        IReadOnlyList<string>? preamble = null,
        IReadOnlyList<string>? paragraphs = null,
        IReadOnlyList<Signatory>? signatories = null,
        string? id = null,
        IReadOnlyList<string>? provenance = null,
        string? englishTitle = null)
        : base(title, issuingBodyId, date, place, sessionId, preamble, paragraphs, signatories, id, provenance, englishTitle)
    {
    }
}
