using System.Collections.Immutable;

namespace Csto.Reporting.Documents;

/// <summary>Copies the lists handed to the document tree so that a caller cannot change them after validation.</summary>
internal static class TreeList
{
    /// <summary>
    /// <paramref name="items"/> as an immutable array: itself when it already is one (as when a tree is rebuilt
    /// with <c>with</c>), else a shallow copy.
    /// </summary>
    public static IReadOnlyList<T> Freeze<T>(IReadOnlyList<T> items, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(items, parameterName);
        return items is ImmutableArray<T> ? items : ImmutableArray.CreateRange(items);
    }
}
