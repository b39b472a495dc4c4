using System.Diagnostics;
using System.Text.RegularExpressions;
using Csto.Reporting.Hyphenation;
using Xunit.Abstractions;
using Csto.Testing;

namespace Csto.Reporting.Tests.Hyphenation;

public sealed partial class LiangHyphenatorTests(ITestOutputHelper output)
{
    private static string Hyphenate(string word, string language = "ru-RU")
    {
        var points = LiangHyphenator.Default.HyphenationPoints(word, language);
        var parts = new List<string>();
        var last = 0;
        foreach (var point in points)
        {
            parts.Add(word[last..point]);
            last = point;
        }
        parts.Add(word[last..]);
        return string.Join('-', parts);
    }

    [Theory]
    [InlineData("безопасности", "без-опас-но-сти")]
    [InlineData("сотрудничество", "со-труд-ни-че-ство")]
    [InlineData("Организации", "Ор-га-ни-за-ции")]
    [InlineData("государств", "го-су-дарств")]
    [InlineData("коллективной", "кол-лек-тив-ной")]
    [InlineData("Договора", "До-го-во-ра")]
    [InlineData("организация", "ор-га-ни-за-ция")]
    [InlineData("подъезд", "подъ-езд")]
    [InlineData("большой", "боль-шой")]
    [InlineData("объединённых", "объ-еди-нён-ных")]
    [InlineData("organization", "or-ga-ni-za-tion")]
    [InlineData("security", "se-cu-rity")]
    [InlineData("cooperation", "co-op-er-a-tion")]
    public void Hyphenates_real_words(string word, string expected)
    {
        Hyphenate(word).Should().Be(expected);
    }

    [Fact]
    public void Latin_words_in_a_russian_document_take_english_patterns()
    {
        Hyphenate("organization", "ru-RU").Should().Be(Hyphenate("organization", "en-US"));
        Hyphenate("безопасности", "en-US").Should().Be("без-опас-но-сти");
    }

    [Theory]
    [InlineData("ОДКБ")]
    [InlineData("СНГ")]
    [InlineData("ЮНЕСКО")]
    [InlineData("государства-члены")]
    [InlineData("Кыргызстан-2025")]
    [InlineData("42-е")]
    [InlineData("2025")]
    [InlineData("Cyberбезопасность")]
    [InlineData("в")]
    [InlineData("")]
    public void Abbreviations_compounds_numbers_and_mixed_words_get_no_points(string word)
    {
        LiangHyphenator.Default.HyphenationPoints(word, "ru-RU").Should().BeEmpty();
    }

    [Fact]
    public void Every_point_in_the_bench_report_leaves_two_letters_and_never_starts_a_line_with_soft_or_hard_sign()
    {
        var text = File.ReadAllText(RepositoryPaths.BenchReport);
        var words = WordPattern().Matches(text).Select(m => m.Value).ToList();
        var hyphenator = LiangHyphenator.Default;
        foreach (var word in words.Distinct())
        {
            foreach (var point in hyphenator.HyphenationPoints(word, "ru-RU"))
            {
                point.Should().BeInRange(2, word.Length - 2, $"a break in '{word}' leaves two letters on each side");
                "ьъйЬЪЙ".Should().NotContain(word[point].ToString(), $"no line of '{word}' starts with ь, ъ or й");
            }
        }

        // Warm: every word once more (cached) and a fresh instance of the work without the cache.
        var watch = Stopwatch.StartNew();
        var total = 0;
        foreach (var word in words)
        {
            total += hyphenator.HyphenationPoints(word, "ru-RU").Count;
        }
        watch.Stop();
        var fresh = new LiangHyphenator();
        var coldWatch = Stopwatch.StartNew();
        foreach (var word in words)
        {
            fresh.HyphenationPoints(word, "ru-RU");
        }
        coldWatch.Stop();
        output.WriteLine($"{words.Count} words of bench/report.md hyphenated in {watch.Elapsed.TotalMilliseconds:F1} ms warm ({total} points); "
            + $"{coldWatch.Elapsed.TotalMilliseconds:F1} ms with a fresh instance (pattern parsing and empty cache)");
        total.Should().BeGreaterThan(words.Count);
    }

    [GeneratedRegex(@"[\p{L}’'-]+")]
    private static partial Regex WordPattern();
}
