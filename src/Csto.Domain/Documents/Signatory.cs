using Csto.Domain.Catalog;
using Csto.Domain.Naming;
using NodaTime;

namespace Csto.Domain.Documents;

/// <summary>
/// A signature line by office and state («Президент Кыргызской Республики»), with the person when the sources name
/// them. The office is either written out (<c>office</c>, every case and English) or a catalog post
/// (<c>postId</c>, such as <c>secretary-general</c>), never both; a catalog post's name comes from the catalog, as
/// acting («исполняющий обязанности …») when the person's term in it on the document's date is acting.
/// </summary>
/// <example>
/// <code>
/// new Signatory("KZ", postId: "secretary-general", personId: "tasmagambetov");
/// new Signatory("KG", office: new Name(RussianName.Indeclinable("Президент Кыргызской Республики"), "President of the Kyrgyz Republic"));
/// </code>
/// </example>
public sealed record Signatory
{
    /// <summary>Creates a signatory.</summary>
    /// <param name="stateId">The state's ISO alpha-2 code.</param>
    /// <param name="office">The office written out in every case, or null when <paramref name="postId"/> names it.</param>
    /// <param name="personId">The signer's catalog id, when sourced; null otherwise.</param>
    /// <param name="postId">The office as a catalog post id, or null when <paramref name="office"/> writes it out.</param>
    /// <exception cref="ArgumentException">Neither or both of <paramref name="office"/> and <paramref name="postId"/> are given, or an id is malformed.</exception>
    public Signatory(string stateId, Name? office = null, string? personId = null, string? postId = null)
    {
        if ((office is null) == (postId is null))
        {
            throw new ArgumentException("A signatory needs exactly one of office (written out) and postId (a catalog post).", nameof(office));
        }
        Office = office;
        StateId = Guard.Id(stateId, nameof(stateId), "The state id of a signatory");
        PersonId = Guard.OptionalId(personId, nameof(personId), "The person id of a signatory");
        PostId = Guard.OptionalId(postId, nameof(postId), "The post id of a signatory");
    }

    /// <summary>The office written out, or null when <see cref="PostId"/> names it.</summary>
    public Name? Office { get; }

    /// <summary>The state's ISO alpha-2 code.</summary>
    public string StateId { get; }

    /// <summary>The signer's catalog id, or null.</summary>
    public string? PersonId { get; }

    /// <summary>The office as a catalog post id, or null when <see cref="Office"/> writes it out.</summary>
    public string? PostId { get; }

    /// <summary>
    /// The office as signed on <paramref name="date"/>: <see cref="Office"/> when written out, else the catalog post's
    /// name (with the signatory's state for a post of a state: «Постоянный и полномочный представитель Республики
    /// Армения при ОДКБ»), acting when the person's catalog terms in the post that cover the date are acting (see
    /// <see cref="CstoCatalog.OfficeOn"/>).
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="date">The document's date, or null for the post as such.</param>
    /// <exception cref="CatalogEntryNotFoundException">The post id is not in the catalog.</exception>
    public Name OfficeOn(CstoCatalog catalog, LocalDate? date)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Office ?? catalog.OfficeOn(PostId!, PersonId, date, StateId);
    }
}
