using Fluid;

namespace Csto.Reporting.Templates.Liquid;

/// <summary>
/// Gives Fluid's <c>include</c> and <c>render</c> the catalog's own parsed partials (<see cref="TemplatePartial.Parsed"/>,
/// their tags located in the partial's file) instead of letting Fluid parse the text again without positions.
/// </summary>
#pragma warning disable FLUID001 // ITemplateCache is marked experimental by Fluid; the version is pinned in Directory.Packages.props.
internal sealed class PartialTemplateCache(TemplateCatalog catalog) : ITemplateCache
#pragma warning restore FLUID001
{
    public bool TryGetTemplate(string subpath, DateTimeOffset lastModified, out IFluidTemplate template)
    {
        if (!PartialFileProvider.IsPath(subpath) && catalog.Partials.TryGetValue(PartialFileProvider.NameOf(subpath), out var partial))
        {
            template = partial.Parsed.Value;
            return true;
        }
        template = null!;
        return false;
    }

    // Every partial the file provider serves is in TryGetTemplate: nothing else is kept.
    public void SetTemplate(string subpath, DateTimeOffset lastModified, IFluidTemplate template)
    {
    }
}
