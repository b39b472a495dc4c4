using System.Diagnostics.CodeAnalysis;
using System.Text;
using Csto.Domain.Naming;
using Fluid;
using Fluid.Values;
using NodaTime;

namespace Csto.Reporting.Templates.Liquid;

/// <summary>
/// Builds the sandboxed Fluid options: only the public types of Csto.Domain (and the NodaTime dates) are
/// readable, by property, under snake_case names (<c>model.start_date</c>); an undefined name or an unknown
/// filter is an error; the step count and include depth are limited; the clock is unavailable.
/// </summary>
internal static class LiquidSandbox
{
    /// <summary>The most statements a template may execute.</summary>
    public const int MaxSteps = 200_000;

    /// <summary>The deepest nesting of includes and renders (counted by <see cref="LocatedTags"/>, at the tag that goes deeper).</summary>
    public const int MaxRecursion = 16;

    /// <summary>
    /// Fluid's own scope limit, which counts loops as well as includes and reports both with the step limit's message:
    /// set above what <see cref="MaxRecursion"/> includes of templates nesting <see cref="TemplateLimits.MaxNesting"/> blocks can
    /// reach, so that it never fires first and its message always means steps.
    /// </summary>
    private const int FluidScopeLimit = (MaxRecursion + 2) * (TemplateLimits.MaxNesting + 2);

    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = TrimmingJustification)]
    public static TemplateOptions CreateOptions(TemplateCatalog catalog)
    {
        var options = new TemplateOptions
        {
            MemberAccessStrategy = new DefaultMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
            MaxSteps = MaxSteps,
            MaxRecursion = FluidScopeLimit,
            StrictFilters = true,
            StrictVariables = false,
            CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
            FileProvider = new PartialFileProvider(catalog),
#pragma warning disable FLUID001 // Fluid marks its template cache experimental; the version is pinned.
            TemplateCache = new PartialTemplateCache(catalog),
#pragma warning restore FLUID001
            TemplateParsed = (_, template) => BoundedRanges.Instance.VisitTemplate(template),
            Assigned = TemplateLimits.Assigned,
            Captured = TemplateLimits.Captured,
            Now = () => throw new TemplateRuntimeException(TemplateRuntimeException.TokenKind.Quoted, "now",
                "Templates cannot read the clock ('now'); use a date from the record so output is reproducible."),
        };
        options.Undefined = name => throw new TemplateRuntimeException(TemplateRuntimeException.TokenKind.Name, name,
            $"Undefined name '{name}': it is neither a variable of the template nor a member of the object it is read from.");

        foreach (var type in DomainTypes())
        {
            options.MemberAccessStrategy.Register(type);
        }
        options.MemberAccessStrategy.Register(typeof(DateInterval), "start", "end");

        options.ValueConverters.Add(value => value switch
        {
            LocalDate date => new LocalDateValue(date),
            DateInterval interval => new DateIntervalValue(interval),
            Enum member => new StringValue(SnakeCase(member.ToString())),
            _ => null,
        });
        return options;
    }

    /// <summary>
    /// Templates read the domain types by reflection (Fluid's member access). The trimmer keeps all of Csto.Domain
    /// for an application that uses templates: <c>Templates/Liquid/ILLink.Descriptors.xml</c>, embedded in this
    /// assembly, roots it; so the members these calls find are there after trimming and Native AOT.
    /// </summary>
    private const string TrimmingJustification =
        "Csto.Domain is rooted whole by this assembly's embedded ILLink.Descriptors.xml, so its public members exist after trimming.";

    /// <summary>The public instance types of the domain assembly, which templates may read.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = TrimmingJustification)]
    private static IEnumerable<Type> DomainTypes() =>
        typeof(Name).Assembly.GetExportedTypes()
            .Where(t => t is { IsInterface: false, IsEnum: false, IsGenericTypeDefinition: false }
                && !(t.IsAbstract && t.IsSealed)
                && !typeof(Exception).IsAssignableFrom(t)
                && !typeof(Delegate).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    /// <summary>«PressConference» → «press_conference».</summary>
    public static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }
}
