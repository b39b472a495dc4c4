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
    /// <summary>
    /// What a property names: a catalog kind (how the catalog's problems name it, whether an id is known, and each
    /// entry's id with the names a mistyped id may be one of) or another record (an example instead).
    /// </summary>
    private sealed record Kind(string What, string? Example, Func<CstoCatalog, string, bool>? Known, Func<CstoCatalog, IEnumerable<(string Id, IEnumerable<string> Names)>>? Entries)
    {
        public List<string> Ids(CstoCatalog catalog) => Entries!(catalog).Select(e => e.Id).ToList();
    }

    private static readonly Kind State = new("state", null, (c, id) => c.TryGetState(id, out _),
        c => c.States.Select(s => (s.Id, Names(s.ShortName).Concat(Names(s.FullName)))));
    private static readonly Kind PlaceState = new("state", null, (c, id) => CatalogChecks.UnknownPlaceState(c, id) is null,
        c => c.States.Select(s => (s.Id, Names(s.ShortName).Concat(Names(s.FullName)))));
    private static readonly Kind Body = new("body", null, (c, id) => c.TryGetBody(id, out _), c => c.Bodies.Select(b => (b.Id, Names(b.Name))));
    private static readonly Kind Person = new("person", null, (c, id) => c.TryGetPerson(id, out _),
        c => c.People.Select(p => (p.Id, Forms(p.Name.Full).Concat(Forms(p.Name.Short)).Append(p.Name.English).Append(p.Name.Surname))));
    private static readonly Kind Post = new("post", null, (c, id) => c.TryGetPost(id, out _), c => c.Posts.Select(p => (p.Id, Names(p.Name))));
    private static readonly Kind Partner = new("partner organisation", null, (c, id) => c.TryGetPartner(id, out _), c => c.Partners.Select(p => (p.Id, Names(p.Name))));
    private static readonly Kind Role = new("role", null, (c, id) => c.TryGetRole(id, out _), c => c.Roles.Select(r => (r.Id, Names(r.Name))));
    private static readonly Kind Activity = new("exercise or operation", null, (c, id) => c.TryGetActivity(id, out _),
        c => c.Activities.Select(a => (a.Id, new[] { a.Name.Russian, a.Name.English }.OfType<string>())));
    private static readonly Kind Force = new("force", null, (c, id) => c.TryGetForce(id, out _), c => c.Forces.Select(f => (f.Id, Names(f.Name))));
    private static readonly Kind Record = new("record", "csc-declaration-2025", null, null);

    /// <summary>Whether ids of <paramref name="kind"/> are state codes (a member state's, or a place's, which may be any country).</summary>
    private static bool IsState(Kind kind) => kind == State || kind == PlaceState;

    private static IEnumerable<string> Forms(Naming.RussianName r) => [r.Nominative, r.Genitive, r.Dative, r.Accusative, r.Instrumental, r.Prepositional];

    private static IEnumerable<string> Names(Naming.Name name) =>
        Forms(name.Russian).Append(name.English).Concat(new[] { name.RussianAbbreviation, name.EnglishAbbreviation }.OfType<string>());

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
        if (IsState(kind) ? !StatePattern().IsMatch(id) : kind == Record ? !RecordPattern().IsMatch(id) : !KebabPattern().IsMatch(id))
        {
            var what = IsState(kind)
                ? $"The state id \"{id}\" is not an ISO alpha-2 code in capitals"
                : $"The {kind.What} id \"{id}\" is malformed: an id is lowercase letters and digits in words joined by hyphens";
            problems.Add(new JsonShape.Problem(path, catalog is not null && kind.Entries is not null
                ? $"{what};{CatalogChecks.Suggestion(Meant(id, kind, catalog), kind.Ids(catalog))}"
                : $"{what}{(kind.Example is { } example ? $", such as \"{example}\"" : string.Empty)}."));
            return;
        }
        if (catalog is not null && kind.Known is { } known && !known(catalog, id))
        {
            problems.Add(new JsonShape.Problem(path, kind == PlaceState ? CatalogChecks.UnknownPlaceState(catalog, id)! : CatalogChecks.Unknown(kind.What, id, kind.Ids(catalog))));
        }
    }

    /// <summary>
    /// The catalog ids a malformed id most likely means, at most three: the id spelled as ids are («kz» → KZ,
    /// «WG_Afghanistan» → wg-afghanistan); else the entries the id names — a name in any case form, in English or
    /// abbreviated («Казахстан», "Kazakhstan", «СКБ», "Collective Security Council") or, when at most three entries
    /// have them, words of their names ("Working Group"); else the ids nearest to it by edit distance.
    /// </summary>
    private static IReadOnlyList<string> Meant(string id, Kind kind, CstoCatalog catalog)
    {
        var entries = kind.Entries!(catalog).ToList();
        var ids = entries.Select(e => e.Id).ToList();
        var spelled = IsState(kind) ? id.Trim().ToUpperInvariant() : string.Join('-', Words().Matches(id.ToLowerInvariant()).Select(m => m.Value));
        if (ids.Contains(spelled, StringComparer.Ordinal))
        {
            return [spelled];
        }
        var key = Comparable(id);
        if (key.Length > 0)
        {
            var named = entries.Where(e => e.Names.Any(n => Comparable(n) == key)).Select(e => e.Id).Distinct(StringComparer.Ordinal).ToList();
            if (named.Count is > 0 and <= 3)
            {
                return named;
            }
            var worded = entries.Where(e => e.Names.Any(n => $" {Comparable(n)} ".Contains($" {key} ", StringComparison.Ordinal))).Select(e => e.Id).ToList();
            if (key.Length >= 3 && worded.Count is > 0 and <= 3)
            {
                return worded;
            }
        }
        return Nearest.Of(spelled, ids);
    }

    /// <summary>A name for comparing: lower case, ё as е, words of letters and digits joined by single spaces, without a leading "the".</summary>
    private static string Comparable(string text)
    {
        var key = string.Join(' ', Words().Matches(text.ToLowerInvariant().Replace('ё', 'е')).Select(m => m.Value));
        return key.StartsWith("the ", StringComparison.Ordinal) ? key["the ".Length..] : key;
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex StatePattern();

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabPattern();

    /// <summary>A record id: as the constructors take it (kebab-case or an ISO alpha-2 code).</summary>
    [GeneratedRegex("^(?:[a-z0-9]+(?:-[a-z0-9]+)*|[A-Z]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex RecordPattern();
}
