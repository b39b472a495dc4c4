namespace Csto.Reporting.Formatting;

/// <summary>
/// Joins items into a running list: «Армении, Беларуси и Казахстана», «Armenia, Belarus and Kazakhstan».
/// </summary>
public static class ListFormatter
{
    /// <summary>Joins with commas and «и» before the last item; one item is returned as is, none gives "".</summary>
    public static string Russian(IEnumerable<string> items) => Join(items, " и ");

    /// <summary>Joins with commas and «and» before the last item (no serial comma).</summary>
    public static string English(IEnumerable<string> items) => Join(items, " and ");

    /// <summary>Joins with commas and <paramref name="lastSeparator"/> (such as <c>" и "</c>, <c>" or "</c>) before the last item.</summary>
    /// <exception cref="ArgumentException">An item is null or empty.</exception>
    public static string Join(IEnumerable<string> items, string lastSeparator)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(lastSeparator);
        var list = items.ToList();
        if (list.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A list to join must not contain empty items.", nameof(items));
        }
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + lastSeparator + list[^1],
        };
    }
}
