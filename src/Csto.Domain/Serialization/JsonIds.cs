using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Csto.Domain.Catalog;
using Csto.Domain.Validation;

namespace Csto.Domain.Serialization;

/// <summary>
/// Checks every id property of a data file (<c>stateId</c>, <c>postId</c>, <c>bodyIds[2]</c>…) before the records
/// are built, so that every malformed id — and, when a catalog is given, every id the catalog does not know — is
/// reported at once, each at its own path and in the file's terms. The constructors check the same rules but stop
/// at the first id they reject.
/// </summary>
internal static partial class JsonIds
{
    /// <summary>What a property names: a catalog kind (with how the catalog's problems name it) or another record.</summary>
    private sealed record Kind(string What, string Example, Func<CstoCatalog, string, bool>? Known, Func<CstoCatalog, IEnumerable<string>>? Ids);

    private static readonly Kind State = new("state", "KZ", (c, id) => c.TryGetState(id, out _), c => c.States.Select(s => s.Id));
    private static readonly Kind PlaceState = new("state", "KG", (c, id) => CatalogChecks.UnknownPlaceState(c, id) is null, null);
    private static readonly Kind Body = new("body", "wg-afghanistan", (c, id) => c.TryGetBody(id, out _), c => c.Bodies.Select(b => b.Id));
    private static readonly Kind Person = new("person", "tasmagambetov", (c, id) => c.TryGetPerson(id, out _), c => c.People.Select(p => p.Id));
    private static readonly Kind Post = new("post", "secretary-general", (c, id) => c.TryGetPost(id, out _), c => c.Posts.Select(p => p.Id));
    private static readonly Kind Partner = new("partner organisation", "unoct", (c, id) => c.TryGetPartner(id, out _), c => c.Partners.Select(p => p.Id));
    private static readonly Kind Role = new("role", "representatives", (c, id) => c.TryGetRole(id, out _), c => c.Roles.Select(r => r.Id));
    private static readonly Kind Activity = new("exercise or operation", "interaction", (c, id) => c.TryGetActivity(id, out _), c => c.Activities.Select(a => a.Id));
    private static readonly Kind Force = new("force", "crrf", (c, id) => c.TryGetForce(id, out _), c => c.Forces.Select(f => f.Id));
    private static readonly Kind Record = new("record", "csc-declaration-2025", null, null);

    /// <summary>The id properties of the records by JSON name (a list property holds ids of the same kind).</summary>
    private static readonly Dictionary<string, Kind> Properties = new(StringComparer.Ordinal)
    {
        ["stateId"] = State,
        ["bodyId"] = Body, ["bodyIds"] = Body, ["issuingBodyId"] = Body, ["approvingBodyId"] = Body, ["responsibleBodyIds"] = Body, ["parentId"] = Body,
        ["personId"] = Person, ["secretaryGeneralId"] = Person,
        ["postId"] = Post,
        ["partnerId"] = Partner,
        ["roleId"] = Role,
        ["activityId"] = Activity,
        ["forceId"] = Force,
        ["id"] = Record, ["sessionId"] = Record, ["recordId"] = Record,
    };

    /// <summary>Every malformed id in <paramref name="root"/> and, with a catalog, every unknown one, in document order.</summary>
    public static IReadOnlyList<JsonShape.Problem> Check(JsonElement root, CstoCatalog? catalog)
    {
        var problems = new List<JsonShape.Problem>();
        Walk(root, "$", catalog, problems);
        return problems;
    }

    private static void Walk(JsonElement value, string path, CstoCatalog? catalog, List<JsonShape.Problem> problems)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    var at = $"{path}.{property.Name}";
                    // The state of a place may be outside the catalog (a meeting in New York): any assigned ISO code.
                    if (Properties.TryGetValue(property.Name, out var kind) && kind == State && (path.EndsWith(".place", StringComparison.Ordinal) || path.EndsWith(".city", StringComparison.Ordinal)))
                    {
                        kind = PlaceState;
                    }
                    if (kind is not null && property.Value.ValueKind == JsonValueKind.String)
                    {
                        Id(property.Value.GetString()!, kind, at, catalog, problems);
                    }
                    else if (kind is not null && property.Value.ValueKind == JsonValueKind.Array)
                    {
                        var index = 0;
                        foreach (var item in property.Value.EnumerateArray())
                        {
                            if (item.ValueKind == JsonValueKind.String)
                            {
                                Id(item.GetString()!, kind, $"{at}[{index.ToString(CultureInfo.InvariantCulture)}]", catalog, problems);
                            }
                            index++;
                        }
                    }
                    else
                    {
                        Walk(property.Value, at, catalog, problems);
                    }
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Walk(item, $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]", catalog, problems);
                    i++;
                }
                break;
        }
    }

    private static void Id(string id, Kind kind, string path, CstoCatalog? catalog, List<JsonShape.Problem> problems)
    {
        if (kind == State || kind == PlaceState ? !StatePattern().IsMatch(id) : kind == Record ? !RecordPattern().IsMatch(id) : !KebabPattern().IsMatch(id))
        {
            var upper = id.ToUpperInvariant();
            var hint = (kind == State || kind == PlaceState) && catalog is not null && StatePattern().IsMatch(upper) && catalog.TryGetState(upper, out _) ? $" did you mean \"{upper}\"?" : string.Empty;
            problems.Add(new JsonShape.Problem(path, kind == State || kind == PlaceState
                ? $"The state id \"{id}\" is not an ISO alpha-2 code in capitals (\"{kind.Example}\");{(hint.Length == 0 ? " write the state's code." : hint)}"
                : $"The {kind.What} id \"{id}\" is malformed: an id is lowercase letters and digits in words joined by hyphens, such as \"{kind.Example}\"."));
            return;
        }
        if (catalog is not null && kind.Known is { } known && !known(catalog, id))
        {
            problems.Add(new JsonShape.Problem(path, kind == PlaceState ? CatalogChecks.UnknownPlaceState(catalog, id)! : CatalogChecks.Unknown(kind.What, id, kind.Ids!(catalog))));
        }
    }

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex StatePattern();

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabPattern();

    /// <summary>A record id: as the constructors take it (kebab-case or an ISO alpha-2 code).</summary>
    [GeneratedRegex("^(?:[a-z0-9]+(?:-[a-z0-9]+)*|[A-Z]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex RecordPattern();
}
