using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Csto.Domain.Serialization;

/// <summary>
/// Checks a data file's JSON against the shape of the records before they are built, so that every missing
/// property, unknown property, null where a value is needed and value of the wrong kind is reported at once,
/// each at its own line, column and path and in the file's terms (<c>kind</c>, <c>type</c>, JSON property names,
/// «a date as YYYY-MM-DD»), never in .NET type names. System.Text.Json stops at the first such problem and
/// names the .NET type.
/// </summary>
internal static class JsonShape
{
    /// <summary>A problem: what is wrong and where (the path of the value, or of the object a property is missing from).</summary>
    public readonly record struct Problem(string Path, string Detail);

    /// <summary>Every problem of shape in <paramref name="root"/> read as <paramref name="info"/>, in document order.</summary>
    public static IReadOnlyList<Problem> Check(JsonElement root, JsonTypeInfo info)
    {
        var problems = new List<Problem>();
        Walk(root, info, "$", problems);
        return problems;
    }

    /// <summary>
    /// The path of the innermost object or list in <paramref name="root"/> read as <paramref name="info"/> whose
    /// building throws an <see cref="ArgumentException"/> (a constructor's rule), found by building the parts from
    /// the top down and following the one that fails; <c>$</c> when no part fails on its own.
    /// </summary>
    public static string Rejecting(JsonElement root, JsonTypeInfo info)
    {
        var path = "$";
        var next = (Value: root, Info: info, Path: path);
        while (true)
        {
            var failing = Parts(next.Value, next.Info, next.Path).Where(p => Rejects(p.Value, p.Info)).Take(1).ToList();
            if (failing.Count == 0)
            {
                return next.Path;
            }
            next = failing[0];
        }
    }

    /// <summary>The object and list values directly inside a value, with their types and paths.</summary>
    private static IEnumerable<(JsonElement Value, JsonTypeInfo Info, string Path)> Parts(JsonElement value, JsonTypeInfo info, string path)
    {
        if (info.Kind == JsonTypeInfoKind.Enumerable && value.ValueKind == JsonValueKind.Array)
        {
            var element = info.Options.GetTypeInfo(info.ElementType!);
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    yield return (item, element, $"{path}[{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}]");
                }
                index++;
            }
            yield break;
        }
        if (info.Kind != JsonTypeInfoKind.Object || value.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }
        if (info.PolymorphismOptions is { } polymorphism)
        {
            var derived = value.TryGetProperty(polymorphism.TypeDiscriminatorPropertyName, out var tag) && tag.ValueKind == JsonValueKind.String
                ? polymorphism.DerivedTypes.FirstOrDefault(d => d.TypeDiscriminator is string s && s == tag.GetString()).DerivedType
                : null;
            if (derived is null)
            {
                yield break;
            }
            info = info.Options.GetTypeInfo(derived);
        }
        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array
                && info.Properties.FirstOrDefault(p => p.Name == property.Name && Readable(p)) is { } target)
            {
                yield return (property.Value, info.Options.GetTypeInfo(target.PropertyType), $"{path}.{property.Name}");
            }
        }
    }

    private static bool Rejects(JsonElement value, JsonTypeInfo info)
    {
        try
        {
            JsonSerializer.Deserialize(value, info);
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or FormatException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void Walk(JsonElement value, JsonTypeInfo info, string path, List<Problem> problems)
    {
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when value.ValueKind == JsonValueKind.Object:
                WalkObject(value, info, path, problems);
                break;
            case JsonTypeInfoKind.Enumerable when value.ValueKind == JsonValueKind.Array:
                var index = 0;
                var element = info.Options.GetTypeInfo(info.ElementType!);
                foreach (var item in value.EnumerateArray())
                {
                    At(item, element, $"{path}[{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}]", nullable: false, problems);
                    index++;
                }
                break;
            case JsonTypeInfoKind.Object or JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary:
                if (info.Kind != JsonTypeInfoKind.Dictionary || value.ValueKind != JsonValueKind.Object)
                {
                    problems.Add(new Problem(path, JsonText.ExpectedFound(JsonExpected.Describe(info.Type, path), JsonText.Describe(value))));
                }
                break;
            default:
                Leaf(value, info, path, problems);
                break;
        }
    }

    /// <summary>A value of a property or list item: null only where the model allows it, else walked.</summary>
    private static void At(JsonElement value, JsonTypeInfo info, string path, bool nullable, List<Problem> problems)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!nullable)
            {
                problems.Add(new Problem(path, $"Expected {JsonExpected.Describe(info.Type, path)}, found null."));
            }
            return;
        }
        Walk(value, info, path, problems);
    }

    private static void WalkObject(JsonElement value, JsonTypeInfo info, string path, List<Problem> problems)
    {
        var discriminator = string.Empty;
        string? owner = null;
        if (info.PolymorphismOptions is { } polymorphism)
        {
            var name = polymorphism.TypeDiscriminatorPropertyName;
            if (!value.TryGetProperty(name, out var tag))
            {
                problems.Add(new Problem(path, JsonErrors.MissingDiscriminator(info.Type)));
                return;
            }
            if (tag.ValueKind != JsonValueKind.String)
            {
                // "kind": [1] is there, but not a name: say what it takes and what it has, at the value.
                problems.Add(new Problem($"{path}.{name}", $"{JsonErrors.WrongDiscriminator(info.Type)}, found {JsonText.Describe(tag)}."));
                return;
            }
            var id = tag.GetString()!;
            var derived = polymorphism.DerivedTypes.FirstOrDefault(d => d.TypeDiscriminator is string s && s == id);
            if (derived.DerivedType is null)
            {
                problems.Add(new Problem($"{path}.{name}", JsonErrors.UnknownDiscriminator(info.Type, id)));
                return;
            }
            info = info.Options.GetTypeInfo(derived.DerivedType);
            discriminator = name;
            owner = $"The \"{id}\" {(name == "kind" ? "record" : "participant")}";
        }
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            present.Add(property.Name);
            if (property.Name == discriminator)
            {
                continue;
            }
            var target = info.Properties.FirstOrDefault(p => p.Name == property.Name && Readable(p));
            if (target is null)
            {
                problems.Add(new Problem($"{path}.{property.Name}", JsonErrors.UnknownProperty(property.Name, info.Properties.Where(Readable).Select(p => p.Name).Where(n => n != discriminator))));
                continue;
            }
            At(property.Value, info.Options.GetTypeInfo(target.PropertyType), $"{path}.{property.Name}", Nullable(target), problems);
        }
        var missing = info.Properties.Where(p => Required(p) && !present.Contains(p.Name)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new Problem(path, JsonErrors.MissingProperties(owner, missing.Select(p => (p.Name, p.PropertyType)).ToList())));
        }
        if (Alternatives.FirstOrDefault(a => a.Type == info.Type) is { Type: not null } rule)
        {
            var given = new[] { rule.First, rule.Second }.Where(n => value.TryGetProperty(n.Name, out var v) && v.ValueKind != JsonValueKind.Null).ToList();
            if (given.Count != 1)
            {
                problems.Add(new Problem(path, $"{rule.Owner} needs exactly one of \"{rule.First.Name}\" ({rule.First.Meaning}) and \"{rule.Second.Name}\" ({rule.Second.Meaning}); "
                    + (given.Count == 0 ? "it has neither." : "it has both: remove one.")));
            }
        }
    }

    /// <summary>
    /// The objects that take exactly one of two properties (their constructors' rule, checked here so that every such
    /// object of a file is reported at once, at its own path, instead of only the first one built).
    /// </summary>
    private static readonly (Type Type, string Owner, (string Name, string Meaning) First, (string Name, string Meaning) Second)[] Alternatives =
    [
        (typeof(Documents.Signatory), "A signatory", ("office", "the office written out in every case"), ("postId", "a catalog post, such as \"secretary-general\"")),
        (typeof(Events.OfficialParticipant), "An official", ("postId", "a catalog post"), ("post", "the post written out")),
    ];

    private static void Leaf(JsonElement value, JsonTypeInfo info, string path, List<Problem> problems)
    {
        try
        {
            JsonSerializer.Deserialize(value, info);
        }
        catch (JsonException e)
        {
            // Our converters say what is wrong (what they expected and found, a period ending before it starts);
            // System.Text.Json's own messages (numbers, texts, booleans) name a .NET type and end with the path, so
            // those are said in words here.
            var own = !e.Message.Contains("Path:", StringComparison.Ordinal);
            problems.Add(new Problem(path, own ? e.Message : JsonText.ExpectedFound(JsonExpected.Describe(info.Type, path), JsonText.Describe(value))));
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException)
        {
            problems.Add(new Problem(path, JsonText.ExpectedFound(JsonExpected.Describe(info.Type, path), JsonText.Describe(value))));
        }
    }

    private static bool Required(JsonPropertyInfo property) =>
        property.IsRequired || property.AssociatedParameter is { HasDefaultValue: false, IsMemberInitializer: false };

    /// <summary>Whether a data file can give the property (a constructor parameter or a settable property, not a computed one).</summary>
    private static bool Readable(JsonPropertyInfo property) => property.Set is not null || property.AssociatedParameter is not null;

    private static bool Nullable(JsonPropertyInfo property) =>
        property.AssociatedParameter?.IsNullable ?? property.IsSetNullable;
}
