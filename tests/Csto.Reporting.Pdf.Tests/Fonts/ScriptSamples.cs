using Csto.Reporting.Documents;

namespace Csto.Reporting.Pdf.Tests.Fonts;

/// <summary>
/// Text in the scripts the theme fonts lack: Armenian (the script of a member state), Georgian, and symbols missing
/// from Liberation and PT (superscript zero and minus, degrees Celsius).
/// </summary>
internal static class ScriptSamples
{
    public const string ArmenianName = "Հայաստանի Հանրապետություն";

    public const string Armenian = "Հայաստանի Հանրապետությունը Հավաքական անվտանգության պայմանագրի կազմակերպության անդամ պետություն է։";

    public const string Georgian = "თბილისი საქართველოს დედაქალაქია და მდებარეობს მტკვრის ნაპირებზე.";

    public const string Symbols = "Температура воздуха −5 ℃, давление 10⁻³ Па, 2⁰ = 1.";

    /// <summary>A heading and three paragraphs, one with bold and italic Armenian; gost theme unless given.</summary>
    public static ReportDocument Document(string theme = "gost") =>
        new(new DocumentMetadata("Письменности"),
        [
            new Section(
            [
                new Heading(1, [new TextRun(ArmenianName)], "hayastan"),
                new Paragraph(Armenian),
                new Paragraph([new TextRun("Выделение: "), new Strong([new TextRun(ArmenianName)]), new TextRun(" и "), new Emphasis([new TextRun(ArmenianName)]), new TextRun(".")]),
                new Paragraph(Georgian),
                new Paragraph(Symbols),
            ]),
        ]) { ThemeName = theme };
}
