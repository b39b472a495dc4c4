using Fluid;

namespace Csto.Reporting.Templates.Liquid;

/// <summary>A partial template (<c>_name.liquid</c>) used by <c>{% include 'name' %}</c>.</summary>
/// <param name="FileName">The file name without <c>.liquid</c>, starting with '_'.</param>
/// <param name="Source">How errors name it.</param>
/// <param name="Text">The Liquid text.</param>
internal sealed record TemplatePartial(string FileName, string Source, string Text)
{
    /// <summary>Whether the partial is one of those shipped inside Csto.Reporting (its Liquid is checked by the test suite).</summary>
    public bool Bundled { get; init; }

    /// <summary>The name used in <c>{% include %}</c>: the file name without its leading '_'.</summary>
    public string IncludeName => FileName[1..];

    /// <summary>
    /// The parsed Liquid, with its own tags located (<see cref="LocatedTags"/>), so that a sandbox limit hit inside the
    /// partial is reported at the partial's line and column: parsed when the catalog was built, or on first use for a
    /// bundled partial. Fluid's include and render take it from <see cref="PartialTemplateCache"/> instead of parsing
    /// the text again.
    /// </summary>
    public required Lazy<IFluidTemplate> Parsed { get; init; }
}
