using Csto.Reporting.Documents;
using Csto.Reporting.Rendering;

namespace Csto.Reporting.Docx.Tests.Support;

/// <summary>Passes calls to another locator and keeps the last answer, to compare with what the DOCX cached.</summary>
internal sealed class RecordingLocator(IHeadingPageLocator inner) : IHeadingPageLocator
{
    public IReadOnlyDictionary<string, int>? LastAnswer { get; private set; }

    public IReadOnlyDictionary<string, int> LocateHeadings(ReportDocument document, RenderOptions options, CancellationToken cancellationToken = default)
    {
        LastAnswer = inner.LocateHeadings(document, options, cancellationToken);
        return LastAnswer;
    }
}

/// <summary>Tests that lay documents out with the PDF engine run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class PdfLayoutCollection
{
    public const string Name = "PDF layout";
}
