using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Frames;

namespace Csto.Reporting.Pdf.Pagination;

/// <summary>
/// Hands each finished page to another sink on a second thread, so that the writer serialises and compresses one
/// page while the layout draws the next; at most <see cref="Capacity"/> pages wait between them (so memory stays one
/// page's frames whatever the page count). The inner sink gets the same calls in the same order, one at a time —
/// <see cref="Begin"/> on the caller's thread, every page on the writer thread, <see cref="End"/> on the caller's
/// thread after the last page — so it writes the same bytes as without the pipeline. A failure of the inner sink is
/// rethrown, with its own type and stack, by the next <see cref="Page"/> or by <see cref="End"/>.
/// </summary>
internal sealed class PipelinedPageSink : IPageSink, IDisposable
{
    /// <summary>How many drawn pages may wait for the writer.</summary>
    public const int Capacity = 4;

    private readonly IPageSink inner;
    private readonly BlockingCollection<PageFrame> pages = new(Capacity);
    private readonly CancellationTokenSource stop = new();
    private Thread? writer;
    private ExceptionDispatchInfo? failure;

    /// <summary>Wraps <paramref name="inner"/>, which is used by one thread at a time.</summary>
    public PipelinedPageSink(IPageSink inner) => this.inner = inner ?? throw new ArgumentNullException(nameof(inner));

    /// <inheritdoc />
    public void Begin(DocumentMetadata metadata)
    {
        inner.Begin(metadata);
        writer = new Thread(Write) { IsBackground = true, Name = "Csto.Reporting.Pdf page writer" };
        writer.Start();
    }

    /// <inheritdoc />
    public void Page(PageFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        try
        {
            pages.Add(frame, stop.Token);
        }
        catch (OperationCanceledException) when (failure is not null)
        {
            failure.Throw();
        }
    }

    /// <inheritdoc />
    public void End(LayoutResult result)
    {
        pages.CompleteAdding();
        writer?.Join();
        failure?.Throw();
        inner.End(result);
    }

    /// <summary>Stops the writer thread of a document that was abandoned (a layout error or a cancellation) and waits for it.</summary>
    public void Dispose()
    {
        if (!pages.IsAddingCompleted)
        {
            pages.CompleteAdding();
            stop.Cancel();
        }
        writer?.Join();
        pages.Dispose();
        stop.Dispose();
    }

    private void Write()
    {
        try
        {
            foreach (var page in pages.GetConsumingEnumerable(stop.Token))
            {
                inner.Page(page);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Abandoned by Dispose: nothing more is written.
        }
#pragma warning disable CA1031 // Every failure of the writer goes back to the layout's thread, rethrown as it was.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            failure = ExceptionDispatchInfo.Capture(exception);
            stop.Cancel();
        }
    }
}
