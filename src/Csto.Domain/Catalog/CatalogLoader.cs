using System.Reflection;
using Csto.Domain.Bodies;
using Csto.Domain.Events;
using Csto.Domain.Forces;
using Csto.Domain.Organizations;
using Csto.Domain.Serialization;
using Csto.Domain.States;

namespace Csto.Domain.Catalog;

/// <summary>Loads the embedded catalog JSON files and checks their integrity (unique ids, sources, references).</summary>
internal static class CatalogLoader
{
    public static CstoCatalog LoadEmbedded()
    {
        var organization = Read<CstoOrganization>("organization.json");
        var states = Read<IReadOnlyList<MemberState>>("states.json");
        var bodies = Read<IReadOnlyList<Body>>("bodies.json");
        var partners = Read<IReadOnlyList<PartnerOrganization>>("partners.json");
        var people = Read<PeopleData>("people.json");
        var chairs = Read<IReadOnlyList<Chairmanship>>("chairmanships.json");
        var forces = Read<IReadOnlyList<CollectiveForce>>("forces.json");
        var activities = Read<IReadOnlyList<NamedActivity>>("activities.json");
        var roles = Read<IReadOnlyList<ParticipantRole>>("roles.json");
        var catalog = new CstoCatalog(organization, states, bodies, partners, people.Posts, people.People, people.Terms, chairs, forces, activities, roles);
        var problems = CatalogIntegrity.Check(catalog);
        return problems.Count == 0
            ? catalog
            : throw new InvalidOperationException($"The embedded catalog is inconsistent:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    private static T Read<T>(string fileName)
    {
        var resource = $"Csto.Domain.Catalog.{fileName}";
        using var stream = typeof(CatalogLoader).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded catalog resource \"{resource}\" is missing from {typeof(CatalogLoader).Assembly.GetName().Name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return CstoJson.Deserialize<T>(buffer.ToArray(), $"catalog:{fileName}");
    }
}
