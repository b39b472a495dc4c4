namespace Csto.Domain.Catalog;

/// <summary>
/// Thrown when the reference catalog has no entry for an id or a year asked of it (<see cref="CstoCatalog.GetState"/>,
/// <see cref="CstoCatalog.GetBody"/>, <see cref="CstoCatalog.ChairOf"/>, …). The message names what was asked and lists
/// what the catalog knows; the <c>TryGet…</c> methods answer the same question without throwing.
/// </summary>
/// <example>
/// <code>
/// try { CstoCatalog.Default.GetState("MD"); }
/// catch (CatalogEntryNotFoundException e) { Console.WriteLine(e.Message); }
/// // Unknown state id "MD"; the catalog knows: AZ, AM, BY, GE, KZ, KG, RU, TJ, UZ.
/// </code>
/// </example>
public sealed class CatalogEntryNotFoundException : CstoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entryKind">What was asked for, in English words: <c>state</c>, <c>body</c>, <c>chairmanship</c>, …</param>
    /// <param name="key">The id (or the year, as digits) that was not found.</param>
    /// <param name="knownKeys">The ids (or years) the catalog has for that kind, in catalog order.</param>
    /// <param name="message">The message; null for one that names the kind and the key and lists the known keys.</param>
    public CatalogEntryNotFoundException(string entryKind, string key, IReadOnlyList<string> knownKeys, string? message = null)
        : base(message ?? Validation.CatalogChecks.Unknown(entryKind, key, knownKeys ?? []))
    {
        ArgumentNullException.ThrowIfNull(entryKind);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(knownKeys);
        EntryKind = entryKind;
        Key = key;
        KnownKeys = knownKeys;
    }

    /// <summary>What was asked for: <c>state</c>, <c>body</c>, <c>partner organisation</c>, <c>post</c>, <c>person</c>, <c>role</c>, <c>chairmanship</c>.</summary>
    public string EntryKind { get; }

    /// <summary>The id (or the year, as invariant digits) that was not found.</summary>
    public string Key { get; }

    /// <summary>The ids (or years) the catalog has for <see cref="EntryKind"/>.</summary>
    public IReadOnlyList<string> KnownKeys { get; }
}
