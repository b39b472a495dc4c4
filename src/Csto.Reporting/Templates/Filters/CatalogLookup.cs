using Csto.Domain.Catalog;
using Csto.Domain.Events;
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
        : null;

    public object? Find(string kind, string id) => kind switch
    {
        "state" => Catalog.TryGetState(id, out var state) ? state : null,
        "body" => Catalog.TryGetBody(id, out var body) ? body : null,
        "partner" => Catalog.TryGetPartner(id, out var partner) ? partner : null,
        "person" => Catalog.TryGetPerson(id, out var person) ? person : null,
        "post" => Catalog.TryGetPost(id, out var post) ? post : null,
        _ => null,
    };

    public IEnumerable<string> Ids(string kind) => kind switch
    {
        "state" => Catalog.States.Select(s => s.Id),
        "body" => Catalog.Bodies.Select(b => b.Id),
        "partner" => Catalog.Partners.Select(p => p.Id),
        "person" => Catalog.People.Select(p => p.Id),
        "post" => Catalog.Posts.Select(p => p.Id),
        _ => [],
    };

    public Official Resolve(OfficialParticipant participant) => participant.Resolve(Catalog);
}
