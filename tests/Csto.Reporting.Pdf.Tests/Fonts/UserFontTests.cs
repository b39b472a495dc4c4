using Csto.Testing;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Documents;
using Csto.Reporting.Fonts;
using Csto.Reporting.Pdf.Tests.TestSupport;
using Csto.Reporting.Rendering;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Tests.Fonts;

/// <summary>Font families read from the user's files: names and faces from the files, precise errors, used in the PDF.</summary>
public sealed class UserFontTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("csto-fonts-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, FontFamily family, FontFace face) => Write(name, family.Load(face).ToArray());

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public async Task A_family_takes_its_name_and_faces_from_the_files_not_from_their_names()
    {
        var regular = Write("a.ttf", FontFamily.LiberationSans, FontFace.Regular);
        var bold = Write("b.ttf", FontFamily.LiberationSans, FontFace.Bold);
        var italic = Write("c.TTF", FontFamily.LiberationSans, FontFace.Italic);
        var family = await FontFamily.LoadAsync([italic, bold, regular]);
        family.Name.Should().Be("Liberation Sans");
        family.DocxName.Should().Be("Liberation Sans");
        family.IsBundled.Should().BeFalse();
        family.Faces.Should().Equal(FontFace.Regular, FontFace.Bold, FontFace.Italic);
        family.SourceOf(FontFace.Bold).Should().Be(bold);
        family.SourceOf(FontFace.BoldItalic).Should().Be(bold, "bold italic falls back to bold");
        family.Load(FontFace.Italic).ToArray().Should().Equal(File.ReadAllBytes(italic));
        family.LineHeight.Should().BeApproximately(FontFamily.LiberationSans.LineHeight, 1e-9).And.BeInRange(1.1, 1.2);
    }

    [Fact]
    public async Task A_folder_gives_one_family_per_name_in_order()
    {
        Write("1.ttf", FontFamily.NotoSansGeorgian, FontFace.Bold);
        Write("2.ttf", FontFamily.NotoSansArmenian, FontFace.Regular);
        Write("3.otf", FontFamily.NotoSansGeorgian, FontFace.Regular);
        Write("notes.txt", "not a font"u8.ToArray());
        var families = await FontFamily.LoadFolderAsync(folder);
        families.Select(f => f.Name).Should().Equal("Noto Sans Armenian", "Noto Sans Georgian");
        families[1].Faces.Should().Equal(FontFace.Regular, FontFace.Bold);
        families[1].EmbedInDocx.Should().BeTrue("Noto's licence bits allow embedding");
    }

    [Fact]
    public async Task Bad_missing_and_incomplete_files_are_reported_together_each_with_its_file()
    {
        var text = Write("text.ttf", "Lorem ipsum dolor sit amet"u8.ToArray());
        var woff = Write("web.woff", [.. "wOFF"u8, .. new byte[40]]);
        var truncated = Write("cut.ttf", FontFamily.PTSans.Load(FontFace.Regular).Span[..400].ToArray());
        var boldOnly = Write("bold.ttf", FontFamily.PTSans, FontFace.Bold);
        var missing = Path.Combine(folder, "absent.ttf");
        var act = () => FontFamily.LoadAsync([text, woff, truncated, missing, boldOnly]);
        var problems = (await act.Should().ThrowAsync<ReportInputException>()).Which.Problems.Select(p => p.ToString()).ToList();
        problems.Should().Equal(
            $"{text}: is not a TrueType or OpenType font (it starts with 0x4C6F7265).",
            $"{woff}: is a WOFF web font; give the TTF or OTF file instead.",
            $"{truncated}: is truncated: its 'cmap' table runs past the end of the file.",
            $"{missing}: font file not found.",
            $"{boldOnly}: the family «PT Sans» has no regular face (given: Bold); add its regular file.");
    }

    [Fact]
    public async Task Files_of_two_families_or_two_files_of_one_face_are_errors()
    {
        var serif = Write("serif.ttf", FontFamily.PTSerif, FontFace.Regular);
        var sans = Write("sans.ttf", FontFamily.PTSans, FontFace.Regular);
        var again = Write("again.ttf", FontFamily.PTSerif, FontFace.Regular);
        var act = () => FontFamily.LoadAsync([serif, sans, again]);
        (await act.Should().ThrowAsync<ReportInputException>()).Which.Problems.Select(p => p.ToString()).Should().Equal(
            $"{sans}: belongs to the family «PT Sans», not «PT Serif» of {serif}; give the files of one family.",
            $"{again}: is a second Regular face of «PT Serif» (the first is {serif}); keep one.");
        var empty = Directory.CreateDirectory(Path.Combine(folder, "empty")).FullName;
        var none = () => FontFamily.LoadFolderAsync(empty);
        (await none.Should().ThrowAsync<ReportInputException>()).WithMessage($"{empty}: the font folder holds no .ttf or .otf files.");
    }

    [ToolFact("pdffonts", "pdftotext")]
    public async Task A_user_family_set_as_the_theme_fonts_is_the_one_in_the_pdf()
    {
        var family = await FontFamily.LoadAsync([Write("x.ttf", FontFamily.LiberationSans, FontFace.Regular), Write("y.ttf", FontFamily.LiberationSans, FontFace.Bold)]);
        var theme = BuiltInThemes.Gost with { BodyFont = family, HeadingFont = family };
        var document = new ReportDocument(new DocumentMetadata("Шрифт"),
            [new Section([new Heading(1, [new TextRun("Заголовок")], "zagolovok"),
                new Paragraph([new TextRun("Текст пользовательским шрифтом, "), new Emphasis([new TextRun("курсив")]), new TextRun(" без своего файла прямой.")])])]);
        var pdf = new PdfReportRenderer().Render(document, new RenderOptions { Theme = theme });
        var fonts = PdfTools.Run("pdffonts", pdf, "{file}").Output.Split('\n').Skip(2).Where(l => l.Length > 0).Select(l => l.Split(' ')[0][7..]).ToList();
        fonts.Should().BeEquivalentTo(["LiberationSans", "LiberationSans-Bold"], "the heading is bold, the italic falls back to the regular file");
        PdfTools.Text(pdf).Should().Contain("Текст пользовательским шрифтом");
    }

    [ToolFact("pdffonts")]
    public async Task User_families_come_first_in_the_fallback_chain()
    {
        var armenian = await FontFamily.LoadAsync([Write("arm.ttf", FontFamily.NotoSansArmenian, FontFace.Regular)]);
        var theme = BuiltInThemes.Gost.WithFallbackFonts([armenian]);
        theme.FallbackFonts[0].Should().BeSameAs(armenian);
        theme.FallbackFonts.Skip(1).Should().Equal(BuiltInThemes.Gost.FallbackFonts);
        theme.BodyFont.Should().BeSameAs(FontFamily.LiberationSerif);
        var userFonts = new ThemeFonts { Families = [armenian] };
        userFonts.ApplyTo(BuiltInThemes.Gost).Should().BeSameAs(userFonts.ApplyTo(BuiltInThemes.Gost), "one theme object keeps the per-font caches warm")
            .And.NotBeSameAs(userFonts.ApplyTo(BuiltInThemes.Modern));
        userFonts.ApplyTo(BuiltInThemes.Gost).FallbackFonts.Should().Equal(theme.FallbackFonts);
        ThemeFonts.None.ApplyTo(BuiltInThemes.Modern).Should().BeSameAs(BuiltInThemes.Modern);
        var pdf = new PdfReportRenderer().Render(ScriptSamples.Document(), new RenderOptions { Theme = theme });
        var fonts = PdfTools.Run("pdffonts", pdf, "{file}").Output;
        fonts.Should().Contain("NotoSansArmenian-Regular").And.NotContain("NotoSerifArmenian").And.Contain("NotoSerifGeorgian");
    }
}
