using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Frames;

namespace Csto.Reporting.Pdf.Layout;

/// <summary>A forced page break.</summary>
internal sealed class PageBreakSlice : Slice
{
    /// <inheritdoc />
    public override SliceFlow Flow => SliceFlow.PageBreak;

    /// <inheritdoc />
    public override void Draw(FrameBuilder canvas, float left, float top)
    {
    }
}

/// <summary>The start of a section: a new page with the section's page setup and running header.</summary>
/// <param name="setup">The page setup.</param>
/// <param name="runningHeader">The running header, or null.</param>
internal sealed class SectionSlice(PageSetup setup, string? runningHeader) : Slice
{
    /// <summary>The page setup of the section.</summary>
    public PageSetup Setup { get; } = setup;

    /// <summary>The running header, or null.</summary>
    public string? RunningHeader { get; } = runningHeader;

    /// <inheritdoc />
    public override SliceFlow Flow => SliceFlow.Section;

    /// <inheritdoc />
    public override void Draw(FrameBuilder canvas, float left, float top)
    {
    }
}

/// <summary>Vertical space (inside title pages, between signatories).</summary>
internal sealed class SpacerSlice : Slice
{
    /// <summary>Creates a spacer of <paramref name="height"/> points.</summary>
    public SpacerSlice(float height)
    {
        Height = height;
    }

    /// <inheritdoc />
    public override void Draw(FrameBuilder canvas, float left, float top)
    {
    }
}
