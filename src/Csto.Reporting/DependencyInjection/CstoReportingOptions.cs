using Csto.Reporting.Templates;
using Csto.Reporting.Themes;
using Csto.Reporting.Typography;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Settings of the report generator registered by
/// <see cref="CstoReportingServiceCollectionExtensions.AddCstoReporting"/>. They follow the options pattern (settable
/// properties, read once when the generator is first resolved) and are checked then: a bad value fails the first
/// resolution with an <see cref="Microsoft.Extensions.Options.OptionsValidationException"/> naming the setting.
/// </summary>
public sealed class CstoReportingOptions
{
    /// <summary>
    /// A folder of <c>*.liquid</c> templates that replace the embedded ones of the same name and add the others
    /// (<see cref="TemplateCatalog.WithOverrides"/>); null (the default) for the embedded templates only.
    /// </summary>
    public string? TemplateFolder { get; set; }

    /// <summary>
    /// The name of the built-in theme (<see cref="BuiltInThemes.ByName"/>, case-insensitive) used when neither the
    /// render options nor the template name one; <c>gost</c> by default.
    /// </summary>
    public string Theme { get; set; } = BuiltInThemes.Gost.Name;

    /// <summary>
    /// The user's font files: <c>o.Fonts.AddFolder(dir)</c>, <c>o.Fonts.AddFamily(regular, bold, …)</c>, and
    /// <c>o.Fonts.BodyFont</c>/<c>HeadingFont</c> to set text in one of them. Read when the generator is first resolved.
    /// </summary>
    public CstoFontOptions Fonts { get; } = new();

    /// <summary>Which typography rules are applied to every document built; <see cref="TypographyOptions.All"/> by default.</summary>
    public TypographyOptions Typography { get; set; } = TypographyOptions.All;
}
