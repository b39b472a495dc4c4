using System.Collections.Concurrent;

namespace Csto.Reporting.Caching;

/// <summary>
/// A thread-safe bounded cache with two generations: entries go to the young generation; when it has taken
/// <c>generationSize</c> entries it becomes the old one (the previous old one is dropped) and a new young one starts.
/// A lookup checks the young generation, then the old one, and promotes an old hit to the young one, so entries in
/// use survive every rotation. At most about twice <c>generationSize</c> entries are kept. Lookups and adds take no
/// global lock; exactly one thread performs each rotation.
/// </summary>
/// <remarks>Used by the hyphenator and by the PDF renderer's shaping cache.</remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class GenerationalCache<TKey, TValue>
    where TKey : notnull
{
    private readonly int generationSize;
    private readonly IEqualityComparer<TKey>? comparer;
    private Generations current;

    /// <summary>Creates an empty cache.</summary>
    /// <param name="generationSize">How many entries a generation takes before it becomes the old one; at least 1.</param>
    /// <param name="comparer">Compares keys; the default comparer when null.</param>
    public GenerationalCache(int generationSize, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(generationSize, 1);
        this.generationSize = generationSize;
        this.comparer = comparer;
        current = new Generations(new Generation(comparer), new Generation(comparer));
    }

    /// <summary>Finds the value of <paramref name="key"/>.</summary>
    public bool TryGet(TKey key, out TValue value)
    {
        var generations = Volatile.Read(ref current);
        if (generations.Young.Entries.TryGetValue(key, out value!))
        {
            return true;
        }
        if (generations.Old.Entries.TryGetValue(key, out value!))
        {
            Add(generations, key, value);
            return true;
        }
        return false;
    }

    /// <summary>Remembers <paramref name="value"/> for <paramref name="key"/> (a value already there is kept).</summary>
    public void Add(TKey key, TValue value) => Add(Volatile.Read(ref current), key, value);

    private void Add(Generations generations, TKey key, TValue value)
    {
        var young = generations.Young;
        if (young.Entries.TryAdd(key, value) && Interlocked.Increment(ref young.Count) == generationSize)
        {
            Interlocked.CompareExchange(ref current, new Generations(new Generation(comparer), young), generations);
        }
    }

    private sealed class Generation(IEqualityComparer<TKey>? comparer)
    {
        public readonly ConcurrentDictionary<TKey, TValue> Entries = new(comparer);
        public int Count;
    }

    private sealed record Generations(Generation Young, Generation Old);
}
