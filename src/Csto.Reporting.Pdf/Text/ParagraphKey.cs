namespace Csto.Reporting.Pdf.Text;

/// <summary>
/// A paragraph's content as a key: its runs compared text by text and style by style, its format and width — everything
/// <see cref="ParagraphTypesetter.Typeset"/> reads, so two paragraphs with equal keys are set alike.
/// </summary>
internal readonly struct ParagraphKey(IReadOnlyList<StyledText> runs, ParagraphFormat format, float width) : IEquatable<ParagraphKey>
{
    private readonly IReadOnlyList<StyledText> runs = runs;
    private readonly ParagraphFormat format = format;
    private readonly float width = width;
    private readonly int hash = Hash(runs, format, width);

    public bool Equals(ParagraphKey other)
    {
        if (hash != other.hash || width != other.width || runs.Count != other.runs.Count || !format.Equals(other.format))
        {
            return false;
        }
        for (var i = 0; i < runs.Count; i++)
        {
            if (!runs[i].Equals(other.runs[i]))
            {
                return false;
            }
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is ParagraphKey other && Equals(other);

    public override int GetHashCode() => hash;

    private static int Hash(IReadOnlyList<StyledText> runs, ParagraphFormat format, float width)
    {
        var hash = new HashCode();
        hash.Add(format);
        hash.Add(width);
        foreach (var run in runs)
        {
            hash.Add(run);
        }
        return hash.ToHashCode();
    }
}
