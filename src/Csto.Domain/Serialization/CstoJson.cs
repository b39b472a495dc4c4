using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Csto.Domain.Serialization;

/// <summary>
/// Reads and writes data files (<see cref="CstoDataFile"/>) as JSON: camelCase names, ISO dates
/// (<c>"2025-12-03"</c>), enums as camelCase strings, empty lists and false flags left out, unknown properties
/// rejected. Any malformed input becomes a <see cref="CstoDataException"/> with the source name, line, byte
/// position, property path and what was expected.
/// </summary>
/// <example>
/// <code>
/// await using var stream = File.OpenRead("samples/data/wg-afghanistan-42.json");
/// var file = await CstoJson.ReadAsync(stream, "wg-afghanistan-42.json", ct);
/// var meeting = (Event)file.Record;   // file.Template == "session-communique"
/// string json = CstoJson.Write(file);  // round-trips
/// </code>
/// </example>
public static class CstoJson
{
    private static readonly JsonSerializerOptions SerializerOptions = CreateOptions();

    /// <summary>Reads a data file from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">The name to report in errors (a file name).</param>
    /// <exception cref="CstoDataException">The text is not a valid data file.</exception>
    public static CstoDataFile Read(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        return Deserialize<CstoDataFile>(Encoding.UTF8.GetBytes(json), sourceName, checkIds: true);
    }

    /// <summary>Reads a data file from a UTF-8 stream (read to the end).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="sourceName">The name to report in errors (a file name).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="CstoDataException">The content is not a valid data file.</exception>
    public static async Task<CstoDataFile> ReadAsync(Stream stream, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Deserialize<CstoDataFile>(buffer.ToArray(), sourceName, checkIds: true);
    }

    /// <summary>Writes a data file as indented JSON text ending with a newline.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    public static string Write(CstoDataFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return JsonSerializer.Serialize(file, TypeInfo<CstoDataFile>()) + "\n";
    }

    /// <summary>Writes a data file as indented UTF-8 JSON ending with a newline.</summary>
    /// <param name="stream">The stream to write to.</param>
    /// <param name="file">The data file.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="file"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task WriteAsync(Stream stream, CstoDataFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = Encoding.UTF8.GetBytes(Write(file));
        await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deserializes any type of the context, turning every failure into a <see cref="CstoDataException"/>.</summary>
    /// <param name="utf8">The JSON text.</param>
    /// <param name="sourceName">The name to report in errors.</param>
    /// <param name="checkIds">
    /// For a data file: every malformed id is a problem even where a constructor takes it (a state id «kz»), and when
    /// the file has problems, ids the catalog does not know are reported with them (<see cref="JsonIds"/>), so that one
    /// run shows them all. Not for the catalog's own files, which the catalog is being built from.
    /// </param>
    internal static T Deserialize<T>(byte[] utf8, string sourceName, bool checkIds = false)
    {
        if (IsBlank(utf8))
        {
            // System.Text.Json would say «The input does not contain any JSON tokens … while isFinalBlock is true».
            throw new CstoDataException(sourceName, "The file is empty: a data file is a JSON object { \"template\": …, \"record\": { \"kind\": …, … } }.", 1, 0);
        }
        try
        {
            var value = JsonSerializer.Deserialize(utf8, TypeInfo<T>());
            if (checkIds && MalformedIds(utf8) is { } malformed)
            {
                throw malformed;
            }
            // System.Text.Json skips a property named like an ignored member (an event's computed "dates") instead of
            // calling it unmapped; the shape check reports it as the unknown property it is.
            // (The ids are checked with them only then: a place's id needs no catalog state.)
            var unmapped = new JsonException("The file has unknown properties.");
            if (ShapeProblems(utf8, sourceName, TypeInfo<T>(), null, unmapped) is { } unknown)
            {
                throw checkIds ? ShapeProblems(utf8, sourceName, TypeInfo<T>(), null, unmapped, checkIds: true) ?? unknown : unknown;
            }
            return value ?? throw new CstoDataException(sourceName, $"Expected a JSON object, found null.", 1, 0, "$");
        }
        catch (JsonException e)
        {
            throw ShapeProblems(utf8, sourceName, TypeInfo<T>(), null, e, checkIds: checkIds) ?? JsonErrors.FromJsonException(e, utf8, sourceName, PropertyType);
        }
        catch (NotSupportedException e)
        {
            throw ShapeProblems(utf8, sourceName, TypeInfo<T>(), null, e, checkIds: checkIds) ?? JsonErrors.FromNotSupported(e, sourceName);
        }
        catch (ArgumentException e)
        {
            var rejecting = RejectingObject(utf8, TypeInfo<T>());
            var rejected = JsonErrors.FromConstructor(e, utf8, sourceName, rejecting);
            throw ShapeProblems(utf8, sourceName, TypeInfo<T>(), rejected, e, rejecting, checkIds) ?? rejected;
        }

        CstoDataException? MalformedIds(byte[] text)
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            return JsonIds.Check(document.RootElement, null).Count == 0
                ? null
                : ShapeProblems(text, sourceName, TypeInfo<T>(), null, new JsonException("The file has malformed ids."), checkIds: true);
        }
    }

    /// <summary>True when the text holds nothing but white space (and a byte order mark).</summary>
    private static bool IsBlank(byte[] utf8)
    {
        var text = utf8.AsSpan();
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = text[3..];
        }
        foreach (var b in text)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The path of the object whose constructor threw; null when the text cannot be parsed again.</summary>
    private static string? RejectingObject(byte[] utf8, JsonTypeInfo info)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowDuplicateProperties = false });
            return JsonShape.Rejecting(document.RootElement, info);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Every problem of shape (missing, unknown or null properties, values of the wrong kind) at once, then the
    /// constructor's complaint when there was one and the shape check has not already reported the object it rejects
    /// (<paramref name="rejecting"/>, such as a signatory with neither office nor postId); null when the shape is right (the failure is then System.Text.Json's
    /// one, translated) or the text is not JSON at all.
    /// </summary>
    private static CstoDataException? ShapeProblems(byte[] utf8, string sourceName, JsonTypeInfo info, CstoDataException? rejected, Exception cause, string? rejecting = null, bool checkIds = false)
    {
        List<JsonShape.Problem> shape;
        try
        {
            using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowDuplicateProperties = false });
            shape = [.. JsonShape.Check(document.RootElement, info)];
            if (checkIds)
            {
                // Ids after the shape's problems, in document order among themselves; a value the shape already reports is not reported twice.
                shape.AddRange(JsonIds.Check(document.RootElement, Catalog.CstoCatalog.Default).Where(id => !shape.Any(p => p.Path == id.Path)));
            }
        }
        catch (JsonException)
        {
            return null;
        }
        if (shape.Count == 0)
        {
            return null;
        }
        var problems = shape.Select(p => JsonLocator.ValueAt(utf8, p.Path) is { } at
            ? new CstoDataProblem(p.Detail, at.Where.Line, at.Where.BytePositionInLine, p.Path)
            : new CstoDataProblem(p.Detail, Path: p.Path)).ToList();
        // The constructor's complaint is about the object it rejects: left out when a problem is reported there or at one of its own properties (a malformed id).
        if (rejected is not null && !shape.Any(p => p.Path == rejecting || (rejecting is not null && p.Path.StartsWith(rejecting + ".", StringComparison.Ordinal) && !p.Path[(rejecting.Length + 1)..].Contains('.', StringComparison.Ordinal))))
        {
            problems.AddRange(rejected.Problems);
        }
        return new CstoDataException(sourceName, problems, cause);
    }

    /// <summary>The type of the property a JSON name stands for in an object type of the context; null when there is none.</summary>
    private static Type? PropertyType(Type declaring, string jsonName)
    {
        try
        {
            var info = SerializerOptions.GetTypeInfo(declaring);
            return info.Kind == JsonTypeInfoKind.Object
                ? info.Properties.FirstOrDefault(p => p.Name == jsonName)?.PropertyType
                : null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)SerializerOptions.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(CstoJsonContext.Default.Options)
        {
            TypeInfoResolver = CstoJsonContext.Default.WithAddedModifier(OmitEmptyValues),
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            // A key written twice is an error at the second one, not a silent «last one wins».
            AllowDuplicateProperties = false,
        };
        options.MakeReadOnly();
        return options;
    }

    private static void OmitEmptyValues(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        foreach (var property in info.Properties)
        {
            if (property.PropertyType == typeof(bool))
            {
                property.ShouldSerialize = static (_, value) => value is true;
            }
            else if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                property.ShouldSerialize = static (_, value) => value is not System.Collections.ICollection { Count: 0 };
            }
        }
    }
}
