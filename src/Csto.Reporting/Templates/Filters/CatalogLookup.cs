using Csto.Domain.Catalog;
using Csto.Domain.Documents;
using Csto.Domain.Events;
using Csto.Domain.Naming;
using Csto.Domain.People;

namespace Csto.Reporting.Templates.Filters;

/// <summary>The filters' view of a <see cref="CstoCatalog"/>; the catalog is loaded on first use.</summary>
internal sealed class CatalogLookup(Func<CstoCatalog> catalog) : ICatalogLookup
{
    private readonly Lazy<CstoCatalog> lazy = new(catalog);

    private CstoCatalog Catalog => lazy.Value;

    public ResolvedName? FindName(string id) =>
        Catalog.TryGetState(id, out var state) ? ResolvedName.From(state.ShortName)
        : Catalog.TryGetBody(id, out var body) ? ResolvedName.From(body.Name)
        : Catalog.TryGetPartner(id, out var partner) ? ResolvedName.From(partner.Name)
        : Catalog.TryGetPerson(id, out var person) ? new ResolvedName(person.Name.Full, person.Name.English)
        : Catalog.TryGetPost(id, out var post) ? ResolvedName.From(post.Name)
        : Catalog.TryGetForce(id, out var force) ? ResolvedName.From(force.Name)
        : null;

    public object? Find(string kind, string id) => kind switch
    {
        "state" => Catalog.TryGetState(id, out var state) ? state : null,
        "body" => Catalog.TryGetBody(id, out var body) ? body : null,
        "partner" => Catalog.TryGetPartner(id, out var partner) ? partner : null,
        "person" => Catalog.TryGetPerson(id, out var person) ? person : null,
        "post" => Catalog.TryGetPost(id, out var post) ? post : null,
        "activity" => Catalog.TryGetActivity(id, out var activity) ? activity : null,
        "force" => Catalog.TryGetForce(id, out var force) ? force : null,
        _ => null,
    };

    public IEnumerable<string> Ids(string kind) => kind switch
    {
        "state" => Catalog.States.Select(s => s.Id),
        "body" => Catalog.Bodies.Select(b => b.Id),
        "partner" => Catalog.Partners.Select(p => p.Id),
        "person" => Catalog.People.Select(p => p.Id),
        "post" => Catalog.Posts.Select(p => p.Id),
        "activity" => Catalog.Activities.Select(a => a.Id),
        "force" => Catalog.Forces.Select(f => f.Id),
        _ => [],
    };

    public Official Resolve(OfficialParticipant participant, NodaTime.LocalDate? date) => participant.Resolve(Catalog, date);

    public Name? OfficeOn(string postId, string? personId, NodaTime.LocalDate? date, string? stateId) =>
        Catalog.TryGetPost(postId, out _) ? Catalog.OfficeOn(postId, personId, date, stateId) : null;

    public Name? OfficeOn(Signatory signatory, NodaTime.LocalDate? date) =>
        signatory.PostId is { } postId && !Catalog.TryGetPost(postId, out _) ? null : signatory.OfficeOn(Catalog, date);
}
