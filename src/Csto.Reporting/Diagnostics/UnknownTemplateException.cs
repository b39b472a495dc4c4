namespace Csto.Reporting.Diagnostics;

/// <summary>
/// Thrown when no template has the name asked for: by <see cref="Templates.TemplateCatalog.Get"/>, by the report
/// generator for a template name given in code, or for one a data file names (then the problem is at the file's
/// <c>template</c> property). An input problem like any other (<see cref="ReportInputException.Problems"/> holds one,
/// listing the templates there are).
/// </summary>
public sealed class UnknownTemplateException : ReportInputException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="templateName">The name that was asked for.</param>
    /// <param name="knownTemplates">The names of the templates there are, in ordinal order.</param>
    /// <param name="source">Where the name came from: the data file, or null for a name given in code.</param>
    /// <param name="path">The property of the data file that holds the name (<c>template</c>), or null.</param>
    public UnknownTemplateException(string templateName, IReadOnlyList<string> knownTemplates, string? source = null, string? path = null)
        : base(new InputProblem(source ?? "template name",
            $"There is no template '{templateName}'; templates: {string.Join(", ", knownTemplates ?? [])}.")
        {
            Path = path,
        })
    {
        ArgumentNullException.ThrowIfNull(templateName);
        ArgumentNullException.ThrowIfNull(knownTemplates);
        TemplateName = templateName;
        KnownTemplates = knownTemplates;
    }

    /// <summary>The name that was asked for.</summary>
    public string TemplateName { get; }

    /// <summary>The names of the templates there are.</summary>
    public IReadOnlyList<string> KnownTemplates { get; }
}
