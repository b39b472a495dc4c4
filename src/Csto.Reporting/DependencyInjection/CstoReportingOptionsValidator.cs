using Csto.Reporting.Themes;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Checks <see cref="CstoReportingOptions"/> when they are first read, naming the setting and the rule it breaks.</summary>
internal sealed class CstoReportingOptionsValidator : IValidateOptions<CstoReportingOptions>
{
    public ValidateOptionsResult Validate(string? name, CstoReportingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!BuiltInThemes.TryGet(options.Theme, out _))
        {
            failures.Add($"CstoReportingOptions.Theme must name a built-in theme ({BuiltInThemes.Names}); got '{options.Theme}'.");
        }
        if (options.Typography is null)
        {
            failures.Add("CstoReportingOptions.Typography must not be null; use TypographyOptions.None to switch every rule off.");
        }
        if (options.TemplateFolder is not null && !Directory.Exists(options.TemplateFolder))
        {
            failures.Add($"CstoReportingOptions.TemplateFolder must be an existing folder; '{options.TemplateFolder}' does not exist.");
        }
        failures.AddRange(options.Fonts.Folders.Where(f => !Directory.Exists(f))
            .Select(f => $"CstoReportingOptions.Fonts: the font folder '{f}' does not exist."));
        failures.AddRange(options.Fonts.Families.SelectMany(f => f).Where(f => !File.Exists(f))
            .Select(f => $"CstoReportingOptions.Fonts: the font file '{f}' does not exist."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
