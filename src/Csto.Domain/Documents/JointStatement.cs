using Csto.Domain.Catalog;
using Csto.Domain.Places;
using Csto.Domain.Validation;
using NodaTime;

namespace Csto.Domain.Documents;

/// <summary>
/// A joint statement of the ministers (or security council secretaries) of the member states, adopted by one of the
/// Organization's councils below the Collective Security Council: «Заявление министров иностранных дел государств –
/// членов ОДКБ по случаю 80-летия учреждения ООН» (New York, 25 September 2025). The ministers sign in their own
/// name, so the issuing body is the Council of Foreign Ministers (<c>cfm</c>), the Council of Defence Ministers
/// (<c>cdm</c>) or the Committee of Secretaries of Security Councils (<c>cssc</c>); a statement of the Collective
/// Security Council itself is a <see cref="Statement"/>.
/// </summary>
/// <example>
/// <code>
/// var document = new JointStatement("Заявление министров иностранных дел государств – членов ОДКБ …", "cfm", new LocalDate(2025, 9, 25));
/// </code>
/// </example>
public sealed record JointStatement : CouncilDocument
{
    /// <summary>The catalog ids of the councils whose members adopt joint statements, in the Charter's order.</summary>
    public static readonly IReadOnlyList<string> IssuingBodyIds = ["cfm", "cdm", "cssc"];

    /// <summary>Creates the document.</summary>
    /// <param name="title">The title as published, such as «Заявление министров иностранных дел государств – членов ОДКБ по случаю 80-летия учреждения ООН».</param>
    /// <param name="issuingBodyId">The council's catalog id: <c>cfm</c>, <c>cdm</c> or <c>cssc</c> (checked by validation).</param>
    /// <param name="date">The date of adoption.</param>
    /// <param name="place">Where it was adopted (a working meeting may be held outside the member states), or null.</param>
    /// <param name="sessionId">The record id of the meeting that adopted it, or null.</param>
    /// <param name="preamble">The preamble paragraphs («Мы, министры иностранных дел …»).</param>
    /// <param name="paragraphs">The paragraphs in order.</param>
    /// <param name="signatories">The signing ministers by office and state.</param>
    /// <param name="id">The record id, or null.</param>
    /// <param name="provenance">Where the facts come from.</param>
    /// <param name="englishTitle">The title in English, or null.</param>
    /// <exception cref="ArgumentException">The title or the body id is empty, or a paragraph is empty.</exception>
    public JointStatement(
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

    private protected override void ValidateCore(ValidationScope scope, CstoCatalog catalog)
    {
        if (!IssuingBodyIds.Contains(IssuingBodyId, StringComparer.Ordinal) && catalog.TryGetBody(IssuingBodyId, out var body))
        {
            scope.Report("issuingBodyId",
                $"A joint statement is adopted by the ministers or secretaries of a council ({string.Join(", ", IssuingBodyIds)}), not by the {body.Name.English}; a statement of the {body.Name.English} is a \"statement\".");
        }
        base.ValidateCore(scope, catalog);
    }
}
