using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Fonts;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Text;

/// <summary>Everything that decides how a paragraph's text is set, resolved from the theme and the paragraph's role.</summary>
internal sealed record ParagraphFormat
{
    /// <summary>The family.</summary>
    public required FontFamily Family { get; init; }

    /// <summary>The size in points.</summary>
    public required float Size { get; init; }

    /// <summary>Bold throughout.</summary>
    public bool Bold { get; init; }

    /// <summary>Italic throughout.</summary>
    public bool Italic { get; init; }

    /// <summary>The text colour.</summary>
    public FrameColor Color { get; init; } = new(0, 0, 0);

    /// <summary>The alignment.</summary>
    public TextAlignment Alignment { get; init; } = TextAlignment.Justify;

    /// <summary>The indent of the first line.</summary>
    public float FirstLineIndent { get; init; }

    /// <summary>Whether words may be hyphenated.</summary>
    public bool Hyphenate { get; init; } = true;

    /// <summary>
    /// Whether only words wider than the line are hyphenated (table cells: a word that fits its narrow column is set
    /// whole on the next line rather than hyphenated to fill a ragged line); applies when <see cref="Hyphenate"/>.
    /// </summary>
    public bool HyphenateOnlyOverwide { get; init; }

    /// <summary>Whether ragged lines are balanced to even lengths, so no word stands alone on the last line (headings).</summary>
    public bool Balanced { get; init; }

    /// <summary>Distance between baselines as a multiple of the size.</summary>
    public float LineSpacing { get; init; } = 1.15f;

    /// <summary>Whether a tab is a flexible gap pushing what follows to the right edge (place and date lines).</summary>
    public bool TabFillsLine { get; init; }
}
