using System.Globalization;
using System.Text;

namespace Csto.Reporting.Documents.Printing;

/// <summary>
/// Prints a document tree as stable, indented text: every block and inline, paragraph styles, heading anchors
/// and numbers, list and table settings, footnotes and metadata. Snapshot tests compare trees through it.
/// </summary>
/// <remarks>
/// <para>One block per line, children indented by two spaces; a block's inlines follow a colon on its line.
/// Inlines are written with tags: <c>&lt;b&gt;…&lt;/b&gt;</c> (strong), <c>&lt;i&gt;…&lt;/i&gt;</c>
/// (emphasis), <c>&lt;a href="…"&gt;…&lt;/a&gt;</c> (link), <c>[^n]</c> (footnote reference),
/// <c>&lt;br&gt;</c> (line break).</para>
/// <para>Invisible characters are made visible the way TeX writes them: <c>~</c> is a no-break space (U+00A0),
/// <c>\,</c> a narrow no-break space (U+202F), <c>\-</c> a soft hyphen (U+00AD); a literal <c>~</c>, <c>\</c>,
/// <c>&lt;</c> or <c>[</c> is written <c>\~</c>, <c>\\</c>, <c>\&lt;</c>, <c>\[</c>, and other control or
/// format characters as <c>\u{XXXX}</c>.</para>
/// </remarks>
/// <example>
/// <code>
/// document
///   metadata
///     title: Заявление Совета коллективной безопасности
///     language: ru-RU
///   section 1
///     paragraph title: Заявление
///     paragraph body: 3~декабря 2025~года состоялось 42-е заседание…[^1]
///   footnotes
///     footnote 1
///       paragraph plain: Источник…
/// </code>
/// </example>
internal static class DocumentTreePrinter
{
    /// <summary>Prints <paramref name="document"/>; lines end with '\n'.</summary>
    public static string Print(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var output = new TreeWriter();
        output.Line(0, "document");
        PrintMetadata(output, document);
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var section = document.Sections[i];
            output.Line(1, "section " + (i + 1).ToString(CultureInfo.InvariantCulture) + SectionAttributes(section));
            BlockPrinter.PrintAll(output, 2, section.Blocks);
        }
        if (document.Footnotes.Count > 0)
        {
            output.Line(1, "footnotes");
            foreach (var footnote in document.Footnotes)
            {
                output.Line(2, "footnote " + footnote.Number.ToString(CultureInfo.InvariantCulture));
                BlockPrinter.PrintAll(output, 3, footnote.Blocks);
            }
        }
        return output.ToString();
    }

    private static void PrintMetadata(TreeWriter output, ReportDocument document)
    {
        var metadata = document.Metadata;
        output.Line(1, "metadata");
        output.Line(2, "title: " + TextEscaper.Escape(metadata.Title));
        if (metadata.Subject is { } subject)
        {
            output.Line(2, "subject: " + TextEscaper.Escape(subject));
        }
        if (metadata.Author is { } author)
        {
            output.Line(2, "author: " + TextEscaper.Escape(author));
        }
        if (metadata.Keywords.Count > 0)
        {
            output.Line(2, "keywords: " + string.Join(" | ", metadata.Keywords.Select(TextEscaper.Escape)));
        }
        output.Line(2, "language: " + metadata.Language);
        if (metadata.Date is { } date)
        {
            output.Line(2, "date: " + date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }
        if (document.ThemeName is { } theme)
        {
            output.Line(2, "theme: " + theme);
        }
    }

    private static string SectionAttributes(Section section)
    {
        var text = new StringBuilder();
        if (section.PageSetup is { } setup)
        {
            text.Append(CultureInfo.InvariantCulture,
                $" page={TreeWriter.Number(setup.Width)}x{TreeWriter.Number(setup.Height)}pt {setup.Orientation.ToString().ToLowerInvariant()}");
            var m = setup.Margins;
            text.Append(CultureInfo.InvariantCulture,
                $" margins={TreeWriter.Number(m.Top)}/{TreeWriter.Number(m.Right)}/{TreeWriter.Number(m.Bottom)}/{TreeWriter.Number(m.Left)}pt");
        }
        if (section.RunningHeader is { } header)
        {
            text.Append(" header=\"").Append(TextEscaper.Escape(header)).Append('"');
        }
        return text.ToString();
    }
}
