using Csto.Domain;
using Csto.Domain.Catalog;
using Csto.Reporting.Diagnostics;
using Csto.Reporting.Markdown.Literals;
using Csto.Reporting.Templates.Filters;
using Csto.Reporting.Templates.Liquid;
using Fluid;

namespace Csto.Reporting.Templates;

/// <summary>
/// Runs templates of a <see cref="TemplateCatalog"/> on domain records, producing Markdown. The Liquid
/// sandbox exposes only the record (<c>model</c>), the reference catalog (<c>catalog</c>, read-only) and the
/// domain filters; domain objects are read by property under snake_case names (<c>model.start_date</c>).
/// An undefined name, an unknown filter, a bad filter input or a sandbox limit is a
/// <see cref="ReportInputException"/> pointing at the template's file line and column. Thread-safe.
/// </summary>
internal sealed class TemplateEngine
{
    // Fluid's options, filters and member access are set up when a template first runs: a Markdown input needs none.
    private readonly Lazy<TemplateOptions> options;
    private readonly Lazy<CstoCatalog> catalog;

    /// <summary>Creates an engine over <paramref name="templates"/>.</summary>
    /// <param name="templates">The templates (and partials for <c>{% include %}</c>).</param>
    /// <param name="catalog">The reference catalog; <see cref="CstoCatalog.Default"/> when null (loaded on first use).</param>
    public TemplateEngine(TemplateCatalog templates, CstoCatalog? catalog = null)
    {
        Templates = templates ?? throw new ArgumentNullException(nameof(templates));
        this.catalog = catalog is null ? new Lazy<CstoCatalog>(() => CstoCatalog.Default) : new Lazy<CstoCatalog>(catalog);
        options = new Lazy<TemplateOptions>(() =>
        {
            var created = LiquidSandbox.CreateOptions(templates);
            DomainFilters.Register(created.Filters, new CatalogLookup(() => this.catalog.Value));
            LiteralEncoder.GuardFilters(created.Filters);
            TemplateLimits.GuardFilters(created.Filters);
            return created;
        });
    }

    /// <summary>The templates.</summary>
    public TemplateCatalog Templates { get; }

    /// <summary>The reference catalog the filters and templates see.</summary>
    public CstoCatalog Catalog => catalog.Value;

    /// <summary>Runs the template called <paramref name="templateName"/> on <paramref name="record"/>.</summary>
    /// <returns>The Markdown the template produced, with the printed values written in place: for reading by people.
    /// <see cref="Generation.ReportGenerator"/> does not re-read this text: it keeps every printed value apart, as
    /// plain text that no Markdown or entity syntax inside it can change.</returns>
    /// <exception cref="ArgumentException">No template has that name.</exception>
    /// <exception cref="ReportInputException">The record's kind is not the template's model kind, or the template fails.</exception>
    public string RenderMarkdown(string templateName, CstoRecord record) => RenderMarkdown(Templates.Get(templateName), record);

    /// <summary>Runs <paramref name="template"/> on <paramref name="record"/>.</summary>
    /// <returns>The Markdown the template produced, with the printed values written in place: for reading by people
    /// (see <see cref="RenderMarkdown(string, CstoRecord)"/>).</returns>
    /// <exception cref="ReportInputException">The record's kind is not the template's model kind, or the template fails.</exception>
    public string RenderMarkdown(ReportTemplate template, CstoRecord record) => RenderLiteral(template, record).Expanded;

    /// <summary>
    /// Runs <paramref name="template"/> on <paramref name="record"/>: the template's text with every printed value
    /// as a <see cref="LiteralToken"/>, and the values.
    /// </summary>
    internal LiteralMarkdown RenderLiteral(ReportTemplate template, CstoRecord record)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(record);
        CheckKind(template, record);
        var context = new TemplateContext(options.Value);
        context.SetValue("model", record);
        context.SetValue("catalog", catalog.Value);
        try
        {
            var encoder = new LiteralEncoder();
            var text = TemplateLimits.Render(template.Parsed, context, encoder);
            return new LiteralMarkdown(text, encoder.Values);
        }
        catch (Exception exception) when (TemplateErrors.IsTemplateFault(exception))
        {
            throw new ReportInputException(TemplateErrors.FromException(exception, template, Templates), exception);
        }
    }

    private void CheckKind(ReportTemplate template, CstoRecord record)
    {
        var kind = TemplateModelKinds.Of(record);
        if (kind == template.ModelKind)
        {
            return;
        }
        var fitting = Templates.Templates.Where(t => t.ModelKind == kind).Select(t => t.Name).ToList();
        throw new ReportInputException(new InputProblem(template.Source,
            $"The template '{template.Name}' takes a {template.ModelKind.ToName()} record (front matter 'model'), but was given a {kind.ToName()} record. "
            + (fitting.Count > 0 ? $"Templates for {kind.ToName()}: {string.Join(", ", fitting)}." : $"No template takes {kind.ToName()} records."))
        { Line = template.ModelLine, Column = 1 });
    }
}
