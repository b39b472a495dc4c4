using Csto.Reporting.Rendering;
using Csto.Reports.Console.Commands;

namespace Csto.Reports.Console.Tests;

/// <summary><c>--format</c>: names in any case, in the order given, each once; anything else is wrong usage.</summary>
public sealed class FormatListTests
{
    [Fact]
    public void Names_are_read_in_any_case_in_the_order_given_each_once()
    {
        RenderSettings.ParseFormats("DOCX, png ,Pdf,docx").Should().Equal(ReportFormat.Docx, ReportFormat.Png, ReportFormat.Pdf);
    }

    [Theory]
    [InlineData("pdf,1", "--format: '1' is not a format; expected pdf, docx or png, separated by commas.")]
    [InlineData("0", "--format: '0' is not a format; expected pdf, docx or png, separated by commas.")]
    [InlineData("pdf;docx", "--format: 'pdf;docx' is not a format; expected pdf, docx or png, separated by commas.")]
    [InlineData(" , ", "--format: name at least one of pdf, docx, png.")]
    public void Numbers_unknown_names_and_an_empty_list_are_refused(string text, string message)
    {
        FluentActions.Invoking(() => RenderSettings.ParseFormats(text)).Should().Throw<UsageException>().WithMessage(message);
    }
}
