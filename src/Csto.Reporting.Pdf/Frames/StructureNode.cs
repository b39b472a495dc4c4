namespace Csto.Reporting.Pdf.Frames;

/// <summary>
/// One element of the logical structure (PDF structure element, ISO 32000-1 §14.7): its role, attributes and parent.
/// Layout creates the nodes while it measures blocks (each block under the node it is given); which marked items of
/// which page belong to a node is read from the frames (<see cref="FrameItem.Mark"/>), and a node's children are the
/// nodes whose <see cref="Parent"/> it is, in the order of their <see cref="Ordinal"/> (reading order). A node links
/// only upwards, so a pass keeps no node of the pages it has shipped: the tree of a 1 000-page document is never held
/// whole (a writer that needs it, the PDF's structure tree, keeps what it makes of the nodes it is shown).
/// Nodes are added to only while the layout pass that makes them runs; after that they are read-only.
/// </summary>
internal sealed class StructureNode
{
    private Dictionary<(object Owner, int First), StructureNode>? inlines;
    private int nodes = 1;

    /// <summary>Creates a node under <paramref name="parent"/>, after its earlier children (null: a root).</summary>
    public StructureNode(StructureRole role, StructureNode? parent)
    {
        Role = role;
        Parent = parent;
        var root = parent is null ? this : parent.Root;
        Root = root;
        Ordinal = parent is null ? 0 : root.nodes++;
        Mark = Mark.ForNode(this);
    }

    /// <summary>The standard structure type.</summary>
    public StructureRole Role { get; }

    /// <summary>The root of the node's tree (the node itself for the root).</summary>
    public StructureNode Root { get; }

    /// <summary>
    /// The node's number in its tree, in order of creation (the root is 0), which is also the reading order of siblings:
    /// a writer finds what it made for a node by this number rather than by hashing the node.
    /// </summary>
    public int Ordinal { get; }

    /// <summary>The parent; null for the document root.</summary>
    public StructureNode? Parent { get; }

    /// <summary>The alternative text (/Alt) of a figure.</summary>
    public string? AltText { get; init; }

    /// <summary>The replacement text (/ActualText), e.g. the whole word of a word hyphenated at a line end.</summary>
    public string? ActualText { get; init; }

    /// <summary>The language (/Lang, BCP 47) when it differs from the document's.</summary>
    public string? Language { get; init; }

    /// <summary>The scope of a table header cell (/Scope in the /Table attributes); null elsewhere.</summary>
    public TableHeaderScope? Scope { get; init; }

    /// <summary>The anchor of a heading, or the target of a link.</summary>
    public string? Target { get; init; }

    /// <summary>The element identifier (/ID, unique in the document), which PDF/UA-1 (7.9) requires of a <see cref="StructureRole.Note"/>.</summary>
    public string? Id { get; init; }

    /// <summary>The text of a link, which its annotation describes itself with (/Contents, PDF/UA-1 7.18.5).</summary>
    public string? Contents { get; init; }

    /// <summary>The mark of content belonging to this node.</summary>
    public Mark Mark { get; }

    /// <summary>
    /// The inline child (a link, a footnote reference, a span in another language) of the run of content that starts
    /// at <paramref name="first"/> in <paramref name="owner"/> (a paragraph's pieces): made by <paramref name="create"/>
    /// from this node and <paramref name="state"/> the first time it is drawn and the same node when the run goes on on
    /// the next line or page. (The state spares the caller a closure for every piece drawn.)
    /// </summary>
    public StructureNode Inline<TState>(object owner, int first, TState state, Func<StructureNode, TState, StructureNode> create)
    {
        inlines ??= [];
        if (!inlines.TryGetValue((owner, first), out var node))
        {
            node = create(this, state);
            if (node.Parent != this)
            {
                throw new InvalidOperationException("An inline element must be made under the node that holds it.");
            }
            inlines.Add((owner, first), node);
        }
        return node;
    }

    /// <inheritdoc />
    public override string ToString() => Role.ToString();
}

/// <summary>The standard structure types a layout creates (ISO 32000-1 §14.8.4).</summary>
internal enum StructureRole
{
    /// <summary>The whole document.</summary>
    Document,
    /// <summary>Heading level 1.</summary>
    H1,
    /// <summary>Heading level 2.</summary>
    H2,
    /// <summary>Heading level 3.</summary>
    H3,
    /// <summary>Heading level 4.</summary>
    H4,
    /// <summary>Heading level 5.</summary>
    H5,
    /// <summary>Heading level 6.</summary>
    H6,
    /// <summary>A paragraph.</summary>
    P,
    /// <summary>A list.</summary>
    L,
    /// <summary>A list item.</summary>
    LI,
    /// <summary>A list item's label.</summary>
    Lbl,
    /// <summary>A list item's body.</summary>
    LBody,
    /// <summary>A table.</summary>
    Table,
    /// <summary>A table's header rows.</summary>
    THead,
    /// <summary>A table's body rows.</summary>
    TBody,
    /// <summary>A table row.</summary>
    TR,
    /// <summary>A header cell.</summary>
    TH,
    /// <summary>A data cell.</summary>
    TD,
    /// <summary>A caption of a table or figure.</summary>
    Caption,
    /// <summary>A footnote (with its <see cref="StructureNode.Id"/>).</summary>
    Note,
    /// <summary>A reference to a footnote: the raised number in the text.</summary>
    Reference,
    /// <summary>A link.</summary>
    Link,
    /// <summary>A picture.</summary>
    Figure,
    /// <summary>A table of contents.</summary>
    TOC,
    /// <summary>An entry of a table of contents.</summary>
    TOCI,
    /// <summary>A quotation.</summary>
    BlockQuote,
    /// <summary>An inline span (another language).</summary>
    Span,
    /// <summary>A generic grouping (a title page, a signature block).</summary>
    Div,
}

/// <summary>What a table header cell heads.</summary>
internal enum TableHeaderScope
{
    /// <summary>The cells below it.</summary>
    Column,
    /// <summary>The cells to its right.</summary>
    Row,
    /// <summary>Both.</summary>
    Both,
}
