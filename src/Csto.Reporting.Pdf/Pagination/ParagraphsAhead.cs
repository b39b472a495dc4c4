using System.Collections.Concurrent;
using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Layout;
using Csto.Reporting.Pdf.Text;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Pagination;

/// <summary>
/// Sets a document's body paragraphs (the paragraphs directly in its sections, most of its text) ahead of a layout
/// pass, on a second thread, from the document's end backwards, while the layout works forwards from its start; the
/// worker stops where the two meet. The layout takes a paragraph set ahead only when its content, format and width
/// (<see cref="ParagraphKey"/>) are those it would set it with, and setting is a function of that key alone, so the
/// output is the same bytes whatever the timing, and a paragraph the worker has not reached is simply set by the
/// layout. At most <see cref="TypesetParagraphs.MaxItems"/> items wait, and paragraphs longer than
/// <see cref="LongestParagraph"/> are left to the layout. A paragraph the worker cannot set (a character no font
/// draws), or any failure of the worker, is left to the layout, which reports it where it is.
/// </summary>
internal sealed class ParagraphsAhead : IDisposable
{
    /// <summary>The longest paragraph the worker sets, in UTF-16 code units (longer ones are left to the layout).</summary>
    public const int LongestParagraph = 8192;

    private readonly ConcurrentDictionary<ParagraphKey, TypesetText> ready = new();
    private readonly ReportDocument document;
    private readonly Theme theme;
    private readonly TypesetOptions options;
    private readonly CancellationTokenSource stop = new();
    private Thread? worker;
    private int reached = -1;
    private int taken;

    /// <summary>Prepares to set the body paragraphs of <paramref name="document"/> as a layout pass under <paramref name="theme"/> would.</summary>
    public ParagraphsAhead(ReportDocument document, Theme theme, TypesetOptions options)
    {
        this.document = document;
        this.theme = theme;
        this.options = options;
    }

    /// <summary>How many paragraphs the layout took (for tests and the bench).</summary>
    public int Taken => Volatile.Read(ref taken);

    /// <summary>Starts the worker thread (a thread of its own: none is borrowed from the pool).</summary>
    public void Start()
    {
        worker = new Thread(Work) { IsBackground = true, Name = "Csto.Reporting.Pdf paragraphs ahead" };
        worker.Start();
    }

    private void Work()
    {
        try
        {
            SetAll(stop.Token);
        }
#pragma warning disable CA1031 // Whatever stops the worker, the layout sets those paragraphs itself and reports any problem where it is.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>
    /// Sets body paragraphs from the last one backwards until the layout has reached them (<see cref="Reached"/>),
    /// the store is full or <paramref name="cancellationToken"/> is cancelled. Tests call it before the layout starts.
    /// </summary>
    public void SetAll(CancellationToken cancellationToken)
    {
        using var images = new ImageCache();
        var context = new LayoutContext(document, theme, options, images, null, 0);
        var jobs = new List<(int Ordinal, Paragraph Paragraph, LayoutScope Scope)>();
        var ordinal = 0;
        foreach (var section in document.Sections)
        {
            var setup = section.PageSetup ?? theme.PageSetup;
            var scope = DocumentLayout.BodyScope(setup, theme);
            foreach (var block in section.Blocks)
            {
                if (block is Paragraph paragraph)
                {
                    jobs.Add((ordinal, paragraph, scope));
                }
                ordinal++;
            }
        }
        var items = 0;
        for (var i = jobs.Count - 1; i >= 0; i--)
        {
            var (at, paragraph, scope) = jobs[i];
            if (cancellationToken.IsCancellationRequested || at <= Volatile.Read(ref reached) + 1)
            {
                return;
            }
            var (format, _, _) = ParagraphFormats.For(paragraph.Style, scope, context);
            var runs = InlineFlattener.Flatten(paragraph.Content, format, context);
            if (Length(runs) > LongestParagraph)
            {
                // A very long paragraph is left to the layout, so that it is never set twice at once where the two meet.
                continue;
            }
            TypesetText text;
            try
            {
                text = ParagraphTypesetter.Typeset(runs, format, scope.Width, options);
            }
            catch (MissingGlyphException)
            {
                continue;
            }
            items += text.Items.Count;
            if (items > TypesetParagraphs.MaxItems)
            {
                return;
            }
            ready.TryAdd(new ParagraphKey(runs, format, scope.Width), text);
        }
    }

    private static int Length(List<StyledText> runs)
    {
        var length = 0;
        foreach (var run in runs)
        {
            length += run.Text?.Length ?? 0;
        }
        return length;
    }

    /// <summary>Tells the worker that the layout has reached the document's top-level block number <paramref name="ordinal"/> (counted over all sections).</summary>
    public void Reached(int ordinal) => Volatile.Write(ref reached, ordinal);

    /// <summary>The paragraph set ahead with exactly these runs, format and width, or null (the layout sets it itself).</summary>
    public TypesetText? Take(IReadOnlyList<StyledText> runs, ParagraphFormat format, float width)
    {
        if (!ready.TryRemove(new ParagraphKey(runs, format, width), out var text))
        {
            return null;
        }
        Interlocked.Increment(ref taken);
        return text;
    }

    /// <summary>Stops the worker and waits for it.</summary>
    public void Dispose()
    {
        stop.Cancel();
        worker?.Join();
        stop.Dispose();
        ready.Clear();
    }
}
