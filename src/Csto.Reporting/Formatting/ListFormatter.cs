namespace Csto.Reporting.Formatting;

/// <summary>
/// Joins items into a running list: «Армении, Беларуси и Казахстана», «Armenia, Belarus and Kazakhstan».
/// </summary>
public static class ListFormatter
{
    /// <summary>
    /// Joins with commas and «и» before the last item; one item is returned as is, none gives "". A last item that
    /// begins with two words joined by «и» («студентов и аспирантов …») follows «, а также» instead, so that no «и … и» is written.
    /// </summary>
    public static string Russian(IEnumerable<string> items) => Join(items, " и ", ", а также ");

    /// <summary>Joins with commas and «and» before the last item (no serial comma); «, as well as» before a last item that begins with two words joined by «and».</summary>
    public static string English(IEnumerable<string> items) => Join(items, " and ", ", as well as ");

    private static string Join(IEnumerable<string> items, string lastSeparator, string beforeAnOwnSeparator)
    {
        var list = items as IReadOnlyList<string> ?? items.ToList();
        // Only a coordinated head («студентов и аспирантов …») reads as a second list; an «и» deep inside a name
        // («начальника Отдела информации и связей с общественностью») does not.
        var words = list.Count > 1 ? list[^1].Split(' ', 3) : [];
        return Join(list, words.Length == 3 && words[1] == lastSeparator.Trim() ? beforeAnOwnSeparator : lastSeparator);
    }

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
