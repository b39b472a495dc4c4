using System.Runtime.InteropServices;
using Csto.Reporting.Documents;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.Pagination;
using Csto.Reporting.Pdf.Text;

namespace Csto.Reporting.Pdf.Layout;

/// <summary>
/// Sets a pass's top-level paragraphs on a second thread, ahead of the layout, which then takes each one set instead
/// of setting it itself. Setting paragraphs (shaping, hyphenation, line breaking) is most of a layout's work and
/// depends only on the paragraph's inlines, format and width — known for a section's top-level paragraphs before the
/// layout reaches them — while pagination stays in order on the layout's thread. A paragraph is taken only when its
/// inlines (the same list), format and width are those the layout asks for, so the layout gets what it would have set:
/// the output is the same bytes, only sooner. A paragraph the second thread has not finished, or could not set (a
/// missing glyph: the layout then sets it and reports the problem as before), is set by the layout.
/// </summary>
/// <remarks>
/// The second thread runs only on a processor nothing else wants: on Linux under <c>SCHED_IDLE</c>, the lowest
/// scheduling class, which an unprivileged thread may take. A whole process is already busy on two cores (the JIT
/// profile's compiling thread, the PDF writer's thread), and at normal priority the extra thread took its time from
/// the layout (the bench report to PDF, whole process, medians of 15 alternating runs on 2 cores: 0.554 s without it,
/// 0.551 s at normal priority, 0.520 s idle-only; issue 13, session 18). Where a thread cannot be given that class
/// (other systems; a sandbox that forbids it), nothing is set ahead. The thread stays at most <see cref="Lead"/>
/// paragraphs ahead (so no more than that many set paragraphs wait) and is stopped and joined by
/// <see cref="Dispose"/>: nothing of a pass runs after it.
/// </remarks>
internal sealed class ParagraphPrefetch : IDisposable
{
    /// <summary>How many paragraphs the second thread may set ahead of the one the layout is at.</summary>
    public const int Lead = 32;

    /// <summary>Fewer top-level paragraphs than this are set by the layout alone (a thread is not worth starting).</summary>
    public const int MinParagraphs = 24;

    private const int SchedIdle = 5;

    private readonly List<(IReadOnlyList<Inline> Inlines, ParagraphFormat Format, float Width)> plan;
    private readonly Dictionary<IReadOnlyList<Inline>, int> indexOf = new(ReferenceEqualityComparer.Instance);
    private readonly TypesetText?[] set;
    private readonly LayoutContext context;
    private readonly object gate = new();
    private readonly Thread worker;
    private int next;
    private int done;
    private bool stopped;

    private ParagraphPrefetch(LayoutContext context, List<(IReadOnlyList<Inline> Inlines, ParagraphFormat Format, float Width)> plan, bool idleOnly)
    {
        this.context = context;
        this.plan = plan;
        for (var i = 0; i < plan.Count; i++)
        {
            indexOf.TryAdd(plan[i].Inlines, i);
        }
        set = new TypesetText?[plan.Count];
        worker = new Thread(() => Work(idleOnly)) { IsBackground = true, Name = "Csto.Reporting.Pdf paragraph prefetch" };
        worker.Start();
    }

    /// <summary>How many paragraphs the layout took from the second thread.</summary>
    public int Taken { get; private set; }

    /// <summary>
    /// Starts setting <paramref name="document"/>'s top-level paragraphs ahead of a layout pass with
    /// <paramref name="context"/>; null when nothing would be gained or it cannot be done safely: one processor, fewer
    /// than <see cref="MinParagraphs"/> such paragraphs, a hyphenator not known to be safe on two threads at once (a
    /// caller's own <see cref="IHyphenator"/>), or a system other than Linux (no idle scheduling class).
    /// </summary>
    /// <param name="document">The document the pass lays out.</param>
    /// <param name="context">The pass's context (its theme, options and anchors are read from the second thread).</param>
    /// <param name="idleOnly">Whether the second thread runs only on an idle processor (false only in tests, where it
    /// must make progress on a machine the test runner keeps busy).</param>
    public static ParagraphPrefetch? Start(ReportDocument document, LayoutContext context, bool idleOnly = true)
    {
        if (Environment.ProcessorCount < 2 || (idleOnly && !OperatingSystem.IsLinux())
            || context.Options.Hyphenation is { Hyphenator: not LiangHyphenator })
        {
            return null;
        }
        var plan = new List<(IReadOnlyList<Inline>, ParagraphFormat, float)>();
        foreach (var section in document.Sections)
        {
            var scope = DocumentLayout.BodyScope(section.PageSetup ?? context.Theme.PageSetup, context.Theme);
            foreach (var block in section.Blocks)
            {
                if (block is Paragraph { Content.Count: > 0 } paragraph)
                {
                    plan.Add((paragraph.Content, ParagraphFormats.For(paragraph.Style, scope, context).Format, scope.Width));
                }
            }
        }
        return plan.Count < MinParagraphs ? null : new ParagraphPrefetch(context, plan, idleOnly);
    }

    /// <summary>
    /// The paragraph of <paramref name="inlines"/> in <paramref name="format"/> and <paramref name="width"/> if the
    /// second thread has set it; else null (the caller sets it). Paragraphs before it that were not taken are dropped.
    /// </summary>
    public TypesetText? Take(IReadOnlyList<Inline> inlines, ParagraphFormat format, float width)
    {
        if (!indexOf.TryGetValue(inlines, out var index) || plan[index].Width != width || !plan[index].Format.Equals(format))
        {
            return null;
        }
        TypesetText? text;
        lock (gate)
        {
            for (var i = next; i < index; i++)
            {
                set[i] = null;
            }
            text = set[index];
            set[index] = null;
            next = Math.Max(next, index + 1);
            Monitor.PulseAll(gate);
        }
        if (text is not null)
        {
            Taken++;
        }
        return text;
    }

    /// <summary>Waits until the second thread has gone through the first <paramref name="count"/> paragraphs or stopped (for tests).</summary>
    public bool WaitFor(int count, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        lock (gate)
        {
            while (done < Math.Min(count, plan.Count) && !stopped)
            {
                var left = until - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !Monitor.Wait(gate, left))
                {
                    return false;
                }
            }
            return done >= Math.Min(count, plan.Count);
        }
    }

    /// <summary>Stops the second thread and waits for it.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            stopped = true;
            Monitor.PulseAll(gate);
        }
        worker.Join();
    }

    private void Work(bool idleOnly)
    {
        if (idleOnly && !RunOnlyWhenIdle())
        {
            Stop();
            return;
        }
        for (var i = 0; i < plan.Count; i++)
        {
            lock (gate)
            {
                while (!stopped && i >= next + Lead)
                {
                    Monitor.Wait(gate);
                }
                if (stopped)
                {
                    return;
                }
            }
            var text = i >= Volatile.Read(ref next) ? TrySet(plan[i]) : null;
            lock (gate)
            {
                if (i >= next)
                {
                    set[i] = text;
                }
                done = i + 1;
                Monitor.PulseAll(gate);
            }
        }
    }

    private TypesetText? TrySet((IReadOnlyList<Inline> Inlines, ParagraphFormat Format, float Width) paragraph)
    {
        try
        {
            return ParagraphTypesetter.Typeset(InlineFlattener.Flatten(paragraph.Inlines, paragraph.Format, context), paragraph.Format, paragraph.Width, context.Options);
        }
#pragma warning disable CA1031 // Whatever fails here fails again when the layout sets the paragraph itself, and is reported from there.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private void Stop()
    {
        lock (gate)
        {
            stopped = true;
            Monitor.PulseAll(gate);
        }
    }

    /// <summary>Puts the calling thread in Linux's idle scheduling class; false where that cannot be done.</summary>
    private static bool RunOnlyWhenIdle()
    {
        try
        {
            var priority = 0;
            return SetScheduler(0, SchedIdle, ref priority) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "sched_setscheduler")]
    private static extern int SetScheduler(int thread, int policy, ref int priority);
}
