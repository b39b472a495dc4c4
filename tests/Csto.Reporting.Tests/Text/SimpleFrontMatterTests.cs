using System.Text;
using Csto.Reporting.Text;
using Csto.Testing;
using YamlDotNet.RepresentationModel;

namespace Csto.Reporting.Tests.Text;

/// <summary>
/// The front matter read without YAML parser must be YamlDotNet's reading wherever it answers: same keys, values,
/// quoting and positions, on the bundled templates, the sample Markdown files and many generated texts.
/// </summary>
public sealed class SimpleFrontMatterTests
{
    [Fact]
    public void Every_bundled_template_is_read_without_the_yaml_parser_as_yaml_reads_it()
    {
        var folder = RepositoryPaths.Templates;
        var templates = Directory.GetFiles(folder, "*.liquid").Where(f => !Path.GetFileName(f).StartsWith('_')).ToList();
        templates.Should().HaveCountGreaterThan(10);
        foreach (var file in templates)
        {
            var yaml = FrontMatter.Split(File.ReadAllText(file)).Yaml;
            var simple = SimpleFrontMatter.TryRead(yaml);
            simple.Should().NotBeNull(because: $"{file}'s front matter is one plain 'key: value' per line");
            simple.Should().Equal(ViaYamlDotNet(yaml), because: file);
        }
    }

    [Fact]
    public void A_markdown_front_matter_with_quoted_and_plain_values_reads_as_yaml_reads_it()
    {
        const string yaml = """
            title: "Аналитический доклад о региональной безопасности: итоги 2025 года"
            subtitle: 'Записка «О сотрудничестве» — проект'
            author: Секретариат ОДКБ
            date: 2025-12-15
            lang: ru-RU
            numbered: true
            toc: "false"
            """;
        var simple = SimpleFrontMatter.TryRead(yaml);
        simple.Should().NotBeNull().And.Equal(ViaYamlDotNet(yaml));
        simple![0].Value.Should().Be("Аналитический доклад о региональной безопасности: итоги 2025 года");
        simple[6].Should().Be(new FrontMatterEntry("toc", "false", Quoted: true, Line: 7, ValueColumn: 6));
    }

    [Fact]
    public void The_sample_markdown_front_matters_read_as_yaml_reads_them_where_they_are_simple()
    {
        var files = Directory.GetFiles(RepositoryPaths.SampleData, "*.md").Where(f => Path.GetFileName(f) != "README.md").ToList();
        files.Should().NotBeEmpty();
        foreach (var file in files)
        {
            var yaml = FrontMatter.Split(File.ReadAllText(file)).Yaml;
            if (SimpleFrontMatter.TryRead(yaml) is { } simple)
            {
                simple.Should().Equal(ViaYamlDotNet(yaml), because: file);
            }
        }
    }

    [Theory]
    [InlineData("title: a\n\ndate: b")]
    [InlineData("# comment\ntitle: a")]
    [InlineData("title:")]
    [InlineData("title: ")]
    [InlineData("title:a")]
    [InlineData(" title: a")]
    [InlineData("title: a\ntitle: b")]
    [InlineData("keywords: [a, b]")]
    [InlineData("title: >\n  a")]
    [InlineData("title: \"a\\\"b\"")]
    [InlineData("title: 'it''s'")]
    [InlineData("title: \"a\" # c")]
    [InlineData("title: a # c")]
    [InlineData("title: a: b")]
    [InlineData("title: &x a")]
    [InlineData("title: a\tb")]
    [InlineData("title: a\u2028b")]
    [InlineData("title: \"")]
    public void Anything_outside_the_simple_shape_is_left_to_the_yaml_parser(string yaml) =>
        SimpleFrontMatter.TryRead(yaml).Should().BeNull();

    [Fact]
    public void A_key_longer_than_yaml_allows_is_left_to_the_yaml_parser()
    {
        var longest = new string('k', 1024) + ": v";
        SimpleFrontMatter.TryRead(longest).Should().NotBeNull().And.Equal(ViaYamlDotNet(longest));
        var over = "title: a\n" + new string('k', 1025) + ": v";
        SimpleFrontMatter.TryRead(over).Should().BeNull();
        var parse = () => new YamlStream().Load(new StringReader(over));
        parse.Should().Throw<YamlDotNet.Core.YamlException>("YAML limits an implicit key to 1 024 characters");
    }

    [Fact]
    public void Generated_front_matters_read_as_yaml_reads_them_whenever_the_simple_reader_answers()
    {
        var random = new Random(20261202);
        string[] keys = ["title", "lang", "toc", "a1", "x-y", "k_2", "Title", "1a", "a b", "-a", "ключ"];
        string[] separators = [": ", ":  ", ":", ": \t", ":\t", " : "];
        const string alphabet = "abcxyz АБВабв0123 .,;:#\"'\\-?[]{}&*!|>%@`~<=()«»—…\t\u0085\u2028\u00A0\uFEFF";
        var accepted = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = new StringBuilder();
            var lines = random.Next(1, 5);
            for (var i = 0; i < lines; i++)
            {
                // Mostly well-formed lines, so that the answers, not only the refusals, are compared.
                text.Append(random.Next(3) > 0 ? "k" + i : keys[random.Next(keys.Length)]);
                text.Append(random.Next(3) > 0 ? ": " : separators[random.Next(separators.Length)]);
                var quote = random.Next(4) switch { 0 => "\"", 1 => "'", _ => "" };
                text.Append(quote);
                for (var length = random.Next(0, 8); length > 0; length--)
                {
                    text.Append(random.Next(3) > 0 ? "ab Юя"[random.Next(5)].ToString()
                        : random.Next(20) == 0 ? "😀" : alphabet[random.Next(alphabet.Length)].ToString());
                }
                text.Append(quote).Append(random.Next(6) == 0 ? " " : "");
                if (i < lines - 1)
                {
                    text.Append('\n');
                }
            }
            var yaml = text.ToString();
            if (SimpleFrontMatter.TryRead(yaml) is { } simple)
            {
                simple.Should().Equal(ViaYamlDotNet(yaml), because: $"the text was {yaml}");
                accepted++;
            }
        }
        accepted.Should().BeGreaterThan(1_000, "the generated texts must exercise the simple reader, not only its refusals");
    }

    /// <summary>YamlDotNet's reading, as the simple reader's entries: a flat mapping of scalars starting at 1:1.</summary>
    private static List<FrontMatterEntry> ViaYamlDotNet(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents.Single().RootNode;
        (root.Start.Line, root.Start.Column).Should().Be((1, 1));
        var entries = new List<FrontMatterEntry>();
        foreach (var (key, value) in root.Children)
        {
            key.Start.Column.Should().Be(1);
            var scalar = (YamlScalarNode)value;
            entries.Add(new FrontMatterEntry(((YamlScalarNode)key).Value!, scalar.Value!, scalar.Style != YamlDotNet.Core.ScalarStyle.Plain,
                (int)key.Start.Line, (int)scalar.Start.Column));
            scalar.Start.Line.Should().Be(key.Start.Line);
        }
        return entries;
    }
}
