using Csto.Reporting.Caching;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.Text;

namespace Csto.Reporting.Pdf.Tests.Text;

public sealed class GenerationalCacheTests
{
    [Fact]
    public void A_full_young_generation_becomes_the_old_one_and_the_previous_old_one_is_dropped()
    {
        var cache = new GenerationalCache<int, string>(3);
        foreach (var i in new[] { 1, 2, 3 })
        {
            cache.Add(i, "v" + i);
        }
        // 1–3 are now the old generation; 4–6 fill the young one, which then becomes old, dropping 1–3.
        foreach (var i in new[] { 4, 5, 6 })
        {
            cache.Add(i, "v" + i);
        }
        cache.TryGet(1, out _).Should().BeFalse("two rotations drop the first generation");
        cache.TryGet(4, out var four).Should().BeTrue();
        four.Should().Be("v4");
    }

    [Fact]
    public void An_entry_in_use_is_promoted_and_survives_rotations()
    {
        var cache = new GenerationalCache<int, int>(4);
        cache.Add(0, 0);
        for (var i = 1; i < 100; i++)
        {
            cache.Add(i, i);
            cache.TryGet(0, out var hot).Should().BeTrue($"entry 0 is used after every add (add {i})");
            hot.Should().Be(0);
        }
        Enumerable.Range(1, 90).Count(i => cache.TryGet(i, out _)).Should().Be(0, "cold entries are dropped");
    }

    [Fact]
    public void Concurrent_use_keeps_values_right_and_the_size_bounded()
    {
        var cache = new GenerationalCache<int, int>(100);
        Parallel.For(0, 8, worker =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                var key = (i * 7 + worker) % 5_000;
                if (cache.TryGet(key, out var value))
                {
                    value.Should().Be(key * 2);
                }
                else
                {
                    cache.Add(key, key * 2);
                }
            }
        });
        Enumerable.Range(0, 5_000).Count(k => cache.TryGet(k, out _)).Should().BeLessThanOrEqualTo(2 * 100 + 8 * 2);
    }

    [Fact]
    public void The_bundled_hyphenator_is_asked_directly_and_another_one_is_cached_per_rendering()
    {
        var counting = new CountingHyphenator();
        var cache = new HyphenationCache(counting, "ru-RU");
        cache.Points("безопасности").Should().Equal(cache.Points("безопасности"));
        counting.Calls.Should().Be(1);
        new HyphenationCache(LiangHyphenator.Default, "ru-RU").Points("безопасности")
            .Should().Equal(LiangHyphenator.Default.HyphenationPoints("безопасности", "ru-RU"));
    }

    private sealed class CountingHyphenator : IHyphenator
    {
        public int Calls { get; private set; }

        public IReadOnlyList<int> HyphenationPoints(string word, string language)
        {
            Calls++;
            return [2, 5];
        }
    }
}
