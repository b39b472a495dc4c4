using Csto.Domain.Places;
using NodaTime;

namespace Csto.Domain.Documents;

/// <summary>
/// A decision (Решение) of a CSTO body, such as the Collective Security Council's «Об антинаркотической стратегии
/// государств – членов Организации Договора о коллективной безопасности на 2026–2030 годы»: the subject as its
/// title («Об …»), the preamble, the decided points and the signatures.
/// </summary>
/// <example>
/// <code>
/// var decision = new Decision("Об антинаркотической стратегии …", "csc", new LocalDate(2025, 11, 27));
/// </code>
/// </example>
public sealed record Decision : CouncilDocument
{
    /// <summary>Creates the document.</summary>
    /// <param name="title">The subject as the decision's title, «Об …» / «О …».</param>
    /// <param name="issuingBodyId">The issuing body's catalog id.</param>
    /// <param name="date">The date of adoption.</param>
    /// <param name="place">Where it was adopted, or null.</param>
    /// <param name="sessionId">The record id of the session that adopted it, or null.</param>
    /// <param name="preamble">The preamble paragraphs.</param>
    /// <param name="paragraphs">The decided points in order («1. Утвердить …»).</param>
    /// <param name="signatories">The signatories by office and state.</param>
    /// <param name="id">The record id, or null.</param>
    /// <param name="provenance">Where the facts come from.</param>
    /// <param name="englishTitle">The title in English, or null.</param>
    /// <exception cref="ArgumentException">The title or the body id is empty, or a paragraph is empty.</exception>
    public Decision(
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
