using Csto.Reporting.Docx.Writing;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Fields;

/// <summary>
/// Complex fields (w:fldChar begin … instrText … separate … result … end) with a cached result, so a reader
/// that does not update fields still shows a sensible value.
/// </summary>
internal static class ComplexField
{
    /// <summary>The runs that open a field: begin, the instruction and separate. The cached result follows.</summary>
    /// <param name="instruction">The field code, e.g. <c>PAGE</c> or <c>TOC \o "1-3" \h \z \u</c>.</param>
    /// <param name="format">Formatting of the runs.</param>
    /// <param name="dirty">Whether Word should update the field when it opens the file.</param>
    public static IEnumerable<W.Run> Open(string instruction, RunFormat format = default, bool dirty = false)
    {
        var begin = new W.FieldChar { FieldCharType = W.FieldCharValues.Begin };
        if (dirty)
        {
            begin.Dirty = true;
        }
        yield return RunFactory.Of(begin, format);
        yield return RunFactory.Of(new W.FieldCode($" {instruction} ") { Space = SpaceProcessingModeValues.Preserve }, format);
        yield return RunFactory.Of(new W.FieldChar { FieldCharType = W.FieldCharValues.Separate }, format);
    }

    /// <summary>The run that closes a field.</summary>
    public static W.Run Close(RunFormat format = default) =>
        RunFactory.Of(new W.FieldChar { FieldCharType = W.FieldCharValues.End }, format);

    /// <summary>A whole field: open, a cached result as text, close.</summary>
    public static IEnumerable<W.Run> Whole(string instruction, string cachedResult, RunFormat format = default)
    {
        foreach (var run in Open(instruction, format))
        {
            yield return run;
        }
        yield return RunFactory.Text(cachedResult, format);
        yield return Close(format);
    }

    /// <summary>Appends runs to an element.</summary>
    public static void AppendTo(OpenXmlCompositeElement target, IEnumerable<W.Run> runs)
    {
        foreach (var run in runs)
        {
            target.Append(run);
        }
    }
}
