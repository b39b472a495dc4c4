namespace Csto.Reporting.Pdf.Frames;

/// <summary>
/// What a frame item is to a reader: content of a structure element (PDF marked content under a structure element)
/// or an artifact (page furniture and decoration that assistive technology skips).
/// </summary>
internal sealed class Mark
{
    private static readonly Mark[] Artifacts = Enum.GetValues<ArtifactKind>().Select(k => new Mark(null, k)).ToArray();

    private Mark(StructureNode? node, ArtifactKind? artifact)
    {
        Node = node;
        Artifact = artifact;
    }

    /// <summary>The structure element the content belongs to; null for an artifact.</summary>
    public StructureNode? Node { get; }

    /// <summary>The artifact kind; null for content.</summary>
    public ArtifactKind? Artifact { get; }

    /// <summary>Whether the item is an artifact.</summary>
    public bool IsArtifact => Artifact is not null;

    /// <summary>Content of <paramref name="node"/>.</summary>
    public static Mark Content(StructureNode node) => node.Mark;

    /// <summary>An artifact of <paramref name="kind"/> (one shared instance per kind).</summary>
    public static Mark Of(ArtifactKind kind) => Artifacts[(int)kind];

    internal static Mark ForNode(StructureNode node) => new(node, null);

    /// <inheritdoc />
    public override string ToString() => Artifact is { } kind ? "artifact:" + kind : Node!.Role.ToString();
}

/// <summary>Kinds of artifact, each with the PDF artifact type and subtype it is written as.</summary>
internal enum ArtifactKind
{
    /// <summary>The running header (/Pagination /Header).</summary>
    RunningHeader,

    /// <summary>A page number (/Pagination, /Header or /Footer by position).</summary>
    PageNumber,

    /// <summary>The rule above footnotes (/Layout).</summary>
    FootnoteRule,

    /// <summary>Dot leaders of the table of contents (/Layout).</summary>
    Leader,

    /// <summary>Table borders (/Layout).</summary>
    TableRule,

    /// <summary>Header rows repeated on a continuation page of a table (/Pagination).</summary>
    RepeatedHeader,

    /// <summary>Any other decoration (/Layout).</summary>
    Decoration,
}
