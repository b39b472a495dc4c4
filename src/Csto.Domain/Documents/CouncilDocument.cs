using Csto.Domain.Catalog;
using Csto.Domain.Places;
using Csto.Domain.Validation;
using NodaTime;

namespace Csto.Domain.Documents;

/// <summary>
/// What a declaration, a statement and a decision share (Akoma Ntoso's <c>statement</c>): the issuing body, the
/// session, date and place, the title (with its English), preamble paragraphs, operative paragraphs and
/// signatories by office and state.
/// </summary>
public abstract record CouncilDocument : CstoRecord
{
    private protected CouncilDocument(
        string title,
        string issuingBodyId,
        LocalDate date,
        City? place,
        string? sessionId,
        IReadOnlyList<string>? preamble,
        IReadOnlyList<string>? paragraphs,
        IReadOnlyList<Signatory>? signatories,
        string? id,
        IReadOnlyList<string>? provenance,
        string? englishTitle)
        : base(id, provenance)
    {
        Title = Guard.NotEmpty(title, nameof(title), "The title of a document");
        EnglishTitle = Guard.NullOrNotEmpty(englishTitle, nameof(englishTitle), "The English title of a document");
        IssuingBodyId = Guard.Id(issuingBodyId, nameof(issuingBodyId), "The issuing body id");
        Date = date;
        Place = place;
        SessionId = Guard.OptionalId(sessionId, nameof(sessionId), "The session id");
        Preamble = Guard.Texts(preamble, nameof(preamble));
        Paragraphs = Guard.Texts(paragraphs, nameof(paragraphs));
        Signatories = Guard.List(signatories, nameof(signatories));
    }

    /// <summary>The title, such as «Декларация Совета коллективной безопасности … (27 ноября 2025 года)».</summary>
    public string Title { get; }

    /// <summary>The title in English, so that English outputs carry no Cyrillic title; null when there is none.</summary>
    public string? EnglishTitle { get; }

    /// <summary>The issuing body's catalog id, such as <c>csc</c>.</summary>
    public string IssuingBodyId { get; }

    /// <summary>The date of adoption.</summary>
    public LocalDate Date { get; }

    /// <summary>Where it was adopted, or null when not given.</summary>
    public City? Place { get; }

    /// <summary>The record id of the session that adopted it, or null.</summary>
    public string? SessionId { get; }

    /// <summary>The preamble paragraphs («Мы, члены Совета коллективной безопасности …»).</summary>
    public IReadOnlyList<string> Preamble { get; }

    /// <summary>The operative paragraphs in order (a template decides whether to number them: a CSC declaration does not).</summary>
    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>The signatories by office and state, in the order they sign.</summary>
    public IReadOnlyList<Signatory> Signatories { get; }

    private protected override void ValidateCore(ValidationScope scope, CstoCatalog catalog)
    {
        CatalogChecks.Body(scope.At("issuingBodyId"), catalog, IssuingBodyId, Date, "document");
        CatalogChecks.PlaceState(scope.At("place"), catalog, Place);
        for (var i = 0; i < Signatories.Count; i++)
        {
            CatalogChecks.Signatory(scope.At("signatories", i), catalog, Signatories[i], Date, "document");
        }
    }
}
