namespace Csto.Reporting.Documents.Builder;

/// <summary>Builds one section: its page setup, running header and blocks.</summary>
public sealed class SectionBuilder : BlockContainerBuilder<SectionBuilder>
{
    private PageSetup? pageSetup;
    private string? runningHeader;

    internal SectionBuilder(BuildContext context)
        : base(context)
    {
    }

    /// <summary>Sets the page size, orientation and margins of this section (the theme's by default).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="setup"/> is null.</exception>
    public SectionBuilder PageSetup(PageSetup setup)
    {
        pageSetup = setup ?? throw new ArgumentNullException(nameof(setup));
        return this;
    }

    /// <summary>Sets the running header text of this section's pages.</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null, empty or white space.</exception>
    public SectionBuilder RunningHeader(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        runningHeader = text;
        return this;
    }

    internal Section Build() => new(BuildBlocks()) { PageSetup = pageSetup, RunningHeader = runningHeader };
}
