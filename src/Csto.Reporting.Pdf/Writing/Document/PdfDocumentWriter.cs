using Csto.Reporting.Pdf.Writing.Fonts;
using Csto.Reporting.Pdf.Writing.Images;
using Csto.Reporting.Pdf.Writing.Metadata;
using Csto.Reporting.Pdf.Writing.Syntax;

namespace Csto.Reporting.Pdf.Writing.Document;

/// <summary>
/// Writes a whole PDF document page by page: each page's content stream and page object as it ends, images as
/// they are first used, and at the end the fonts (subset to the glyphs drawn), structure tree with its parent
/// tree, outline, named destinations, page labels, embedded source files, metadata (Info and XMP in agreement),
/// the PDF/A output intent and the catalog. The same calls give the same bytes.
/// </summary>
internal sealed class PdfDocumentWriter
{
    private readonly PdfFileWriter file = new("1.7");
    private readonly PdfDocumentInformation information;
    private readonly PdfArchivalLevel level;
    private readonly PdfReference pagesRoot;
    private readonly List<PdfPage> pages = [];
    private readonly Dictionary<object, PdfEmbeddedFont> fonts = new(ReferenceEqualityComparer.Instance);
    private readonly List<PdfEmbeddedFont> fontOrder = [];
    private readonly Dictionary<object, PdfImage> images = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, (int PageIndex, float X, float Top)> destinations = new(StringComparer.Ordinal);
    private readonly List<PdfStructureElement> elements = [];
    private readonly List<object> parentTree = [];
    private readonly Dictionary<string, PdfReference> ids = new(StringComparer.Ordinal);

    // One page is open at a time: its content stream is built in this buffer, which the next page reuses.
    private readonly PdfOutput pageContent = new(64 * 1024);
    private PdfPage? current;

    /// <summary>Starts a document.</summary>
    /// <param name="information">Title, author, dates and language, for Info, XMP and the catalog.</param>
    /// <param name="level">The PDF/A claim, if any.</param>
    /// <param name="tagged">Whether to write a structure tree (Tagged PDF, PDF/UA-1).</param>
    public PdfDocumentWriter(PdfDocumentInformation information, PdfArchivalLevel level, bool tagged)
    {
        this.information = information ?? throw new ArgumentNullException(nameof(information));
        if (level == PdfArchivalLevel.PdfA2A && !tagged)
        {
            throw new ArgumentException("PDF/A-2a requires a tagged file.", nameof(level));
        }
        this.level = level;
        pagesRoot = file.Allocate();
        if (tagged)
        {
            StructureRoot = CreateElement("Document", null);
        }
    }

    /// <summary>The root structure element (<c>Document</c>), or null when the file is not tagged.</summary>
    public PdfStructureElement? StructureRoot { get; }

    /// <summary>The number of pages begun.</summary>
    public int PageCount => pages.Count;

    /// <summary>The font for <paramref name="key"/> (one per face, compared by reference), created on first use from <paramref name="fontFile"/>.</summary>
    public PdfEmbeddedFont Font(object key, ReadOnlyMemory<byte> fontFile)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!fonts.TryGetValue(key, out var font))
        {
            font = new PdfEmbeddedFont(fontFile, file.Allocate(), "F" + (fontOrder.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            fonts.Add(key, font);
            fontOrder.Add(font);
        }
        return font;
    }

    /// <summary>The image for <paramref name="key"/> (one per picture, compared by reference), written on first use from <paramref name="encoded"/>.</summary>
    /// <exception cref="InvalidDataException">The picture cannot be read.</exception>
    public PdfImage Image(object key, ReadOnlyMemory<byte> encoded)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!images.TryGetValue(key, out var image))
        {
            var reference = file.Allocate();
            image = PdfImage.Create(encoded.ToArray(), reference, "Im" + (images.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), rgbOnly: level != PdfArchivalLevel.None);
            image.Write(file);
            images.Add(key, image);
        }
        return image;
    }

    /// <summary>Adds a structure element under <paramref name="parent"/>, after its earlier kids.</summary>
    /// <param name="parent">The parent element.</param>
    /// <param name="type">The standard structure type.</param>
    /// <param name="alternativeText">/Alt, or null.</param>
    /// <param name="language">/Lang (BCP 47), or null.</param>
    /// <param name="actualText">/ActualText, or null.</param>
    /// <param name="scope">The /Scope of a table header cell, or null.</param>
    /// <param name="id">The element identifier (/ID, listed in the structure tree's /IDTree), or null; a second use of one identifier gets a numbered suffix, as identifiers are unique.</param>
    public PdfStructureElement AddStructure(PdfStructureElement parent, string type, string? alternativeText = null, string? language = null, string? actualText = null, string? scope = null, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(parent);
        if (id is not null)
        {
            var unique = id;
            for (var n = 2; ids.ContainsKey(unique); n++)
            {
                unique = id + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            id = unique;
        }
        var element = new PdfStructureElement(file.Allocate(), type, parent)
        {
            AlternativeText = alternativeText,
            Language = language,
            ActualText = actualText,
            Scope = scope,
            Id = id,
        };
        if (id is not null)
        {
            ids.Add(id, element.Reference);
        }
        elements.Add(element);
        parent.AddElement(element);
        return element;
    }

    /// <summary>Starts a page <paramref name="width"/> × <paramref name="height"/> points.</summary>
    /// <exception cref="InvalidOperationException">The previous page is not ended.</exception>
    public PdfPage BeginPage(float width, float height)
    {
        if (current is not null)
        {
            throw new InvalidOperationException("The previous page is not ended.");
        }
        current = new PdfPage(pages.Count, file.Allocate(), width, height, pageContent);
        pages.Add(current);
        return current;
    }

    /// <summary>
    /// Defines a named destination on the current page at (<paramref name="x"/>, <paramref name="top"/>) in layout
    /// coordinates; returns false, changing nothing, when the name is already defined (the first one stays).
    /// </summary>
    public bool AddDestination(string name, float x, float top)
    {
        var page = current ?? throw new InvalidOperationException("No page is open.");
        return destinations.TryAdd(name, (page.Index, x, page.Height - top));
    }

    /// <summary>Writes the current page: its content stream, link annotations and page object.</summary>
    public void EndPage()
    {
        var page = current ?? throw new InvalidOperationException("No page is open.");
        current = null;
        var content = file.AddStream(page.Content.Finish());
        int? structParents = null;
        if (StructureRoot is not null)
        {
            structParents = parentTree.Count;
            parentTree.Add(page.MarkedContentOwners);
        }
        var annotations = new List<PdfReference>();
        foreach (var link in page.Links)
        {
            var annotation = file.Allocate();
            int? structParent = null;
            if (link.Element is { } element)
            {
                structParent = parentTree.Count;
                parentTree.Add(element);
                element.AddAnnotation(page.Index, annotation);
            }
            file.WriteObject(annotation, output =>
            {
                output.Raw("<<").Key("Type").Name("Annot").Key("Subtype").Name("Link")
                    .Key("Rect").Raw("[").Real(link.Left, 2).Real(link.Bottom, 2).Real(link.Right, 2).Real(link.Top, 2).Raw("]")
                    .Key("Border").Raw("[0 0 0]").Key("F").Integer(4).Key("Contents").TextString(link.Description).Key("A").Raw("<<");
                if (link.Uri is { } uri)
                {
                    output.Key("S").Name("URI").Key("URI").LiteralString(System.Text.Encoding.UTF8.GetBytes(uri));
                }
                else
                {
                    output.Key("S").Name("GoTo").Key("D").TextString(link.Destination!);
                }
                output.Raw(">>");
                if (structParent is { } key)
                {
                    output.Key("StructParent").Integer(key);
                }
                output.Raw(">>");
            });
            annotations.Add(annotation);
        }
        file.WriteObject(page.Reference, output =>
        {
            output.Raw("<<").Key("Type").Name("Page").Key("Parent").Reference(pagesRoot)
                .Key("MediaBox").Raw("[0 0").Real(page.Width, 3).Real(page.Height, 3).Raw("]")
                .Key("Resources").Raw("<<");
            if (page.Content.Fonts.Count > 0)
            {
                output.Key("Font").Raw("<<");
                foreach (var font in page.Content.Fonts)
                {
                    output.Name(font.ResourceName).Reference(font.Reference);
                }
                output.Raw(">>");
            }
            if (page.Content.Images.Count > 0)
            {
                output.Key("XObject").Raw("<<");
                foreach (var image in page.Content.Images)
                {
                    output.Name(image.ResourceName).Reference(image.Reference);
                }
                output.Raw(">>");
            }
            if (page.Content.Patterns.Count > 0)
            {
                output.Key("Pattern").Raw("<<");
                for (var i = 0; i < page.Content.Patterns.Count; i++)
                {
                    output.Name("P" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Raw(page.Content.Patterns[i]);
                }
                output.Raw(">>");
            }
            output.Raw(">>").Key("Contents").Reference(content);
            if (annotations.Count > 0)
            {
                output.Key("Annots").Raw("[");
                foreach (var annotation in annotations)
                {
                    output.Reference(annotation);
                }
                output.Raw("]");
            }
            if (structParents is { } key)
            {
                output.Key("StructParents").Integer(key).Key("Tabs").Name("S");
            }
            output.Raw(">>");
        });
        page.Release();
    }

    /// <summary>Writes everything that follows the pages and returns the file.</summary>
    /// <param name="outline">Bookmarks in document order.</param>
    /// <param name="pageLabels">Page label ranges by first page, or empty for plain numbers.</param>
    /// <param name="attachments">Source files to embed (PDF/A-3 or no PDF/A claim only).</param>
    /// <exception cref="InvalidOperationException">A page is still open, or there are no pages.</exception>
    /// <exception cref="ArgumentException">A link leads to an undefined destination, or attachments are given for PDF/A-2.</exception>
    public byte[] Finish(IReadOnlyList<PdfOutlineItem> outline, IReadOnlyList<PdfPageLabelRange> pageLabels, IReadOnlyList<PdfAttachment> attachments)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(pageLabels);
        ArgumentNullException.ThrowIfNull(attachments);
        if (current is not null)
        {
            throw new InvalidOperationException("The last page is not ended.");
        }
        if (pages.Count == 0)
        {
            throw new InvalidOperationException("A PDF document needs at least one page.");
        }
        if (attachments.Count > 0 && level is PdfArchivalLevel.PdfA2A or PdfArchivalLevel.PdfA2B)
        {
            throw new ArgumentException("PDF/A-2 allows no embedded files other than PDF/A ones; use PDF/A-3b to embed the source.", nameof(attachments));
        }
        var undefined = pages.SelectMany(page => page.Links).Select(link => link.Destination)
            .Where(name => name is not null && !destinations.ContainsKey(name)).Distinct().ToList();
        if (undefined.Count > 0)
        {
            throw new ArgumentException($"Links lead to undefined destinations: {string.Join(", ", undefined)}.", nameof(outline));
        }
        var pageReferences = pages.Select(page => page.Reference).ToList();
        file.WriteObject(pagesRoot, output =>
        {
            output.Raw("<<").Key("Type").Name("Pages").Key("Kids").Raw("[");
            foreach (var page in pageReferences)
            {
                output.Reference(page);
            }
            output.Raw("]").Key("Count").Integer(pageReferences.Count).Raw(">>");
        });
        foreach (var font in fontOrder)
        {
            font.Write(file);
        }
        var structTreeRoot = WriteStructureTree();
        var outlineRoot = PdfOutlineWriter.Write(file, outline, pageReferences);
        var destinationTree = destinations.Count == 0 ? (PdfReference?)null : file.Add(output =>
            PdfNameTree.Write(output, destinations, (o, target) =>
                o.Raw("[").Reference(pageReferences[target.PageIndex]).Name("XYZ").Real(target.X, 2).Real(target.Top, 2).Operator("null]")));
        var fileSpecifications = WriteAttachments(attachments);
        var metadata = file.AddStream(
            XmpPacket.Build(information, level, StructureRoot is not null),
            output => output.Key("Type").Name("Metadata").Key("Subtype").Name("XML"),
            compress: false);
        var outputIntents = level == PdfArchivalLevel.None ? (PdfReference?)null : PdfOutputIntent.Write(file);
        var info = file.Add(information.WriteInfo);
        var catalog = file.Add(output =>
        {
            output.Raw("<<").Key("Type").Name("Catalog").Key("Pages").Reference(pagesRoot).Key("Metadata").Reference(metadata);
            if (outlineRoot is { } outlines)
            {
                output.Key("Outlines").Reference(outlines).Key("PageMode").Name("UseOutlines");
            }
            if (destinationTree is not null || fileSpecifications.Count > 0)
            {
                output.Key("Names").Raw("<<");
                if (destinationTree is { } dests)
                {
                    output.Key("Dests").Reference(dests);
                }
                if (fileSpecifications.Count > 0)
                {
                    output.Key("EmbeddedFiles");
                    PdfNameTree.Write(output, fileSpecifications, (o, reference) => o.Reference(reference));
                }
                output.Raw(">>");
            }
            if (fileSpecifications.Count > 0)
            {
                output.Key("AF").Raw("[");
                foreach (var specification in fileSpecifications)
                {
                    output.Reference(specification.Value);
                }
                output.Raw("]");
            }
            if (pageLabels.Count > 0)
            {
                WritePageLabels(output, pageLabels);
            }
            if (information.Language is { } language)
            {
                output.Key("Lang").TextString(language);
            }
            if (structTreeRoot is { } tree)
            {
                output.Key("MarkInfo").Raw("<<").Key("Marked").Operator("true").Raw(">>").Key("StructTreeRoot").Reference(tree);
            }
            output.Key("ViewerPreferences").Raw("<<").Key("DisplayDocTitle").Operator("true").Raw(">>");
            if (outputIntents is { } intents)
            {
                output.Key("OutputIntents").Reference(intents);
            }
            output.Raw(">>");
        });
        return file.Finish(catalog, info);
    }

    private PdfStructureElement CreateElement(string type, PdfStructureElement? parent)
    {
        var element = new PdfStructureElement(file.Allocate(), type, parent);
        elements.Add(element);
        return element;
    }

    private PdfReference? WriteStructureTree()
    {
        if (StructureRoot is not { } root)
        {
            return null;
        }
        var treeRoot = file.Allocate();
        var parentTreeReference = file.Add(output =>
        {
            output.Raw("<<").Key("Nums").Raw("[");
            for (var key = 0; key < parentTree.Count; key++)
            {
                output.Integer(key);
                if (parentTree[key] is PdfStructureElement single)
                {
                    output.Reference(single.Reference);
                }
                else
                {
                    output.Raw("[");
                    foreach (var owner in (IReadOnlyList<PdfStructureElement>)parentTree[key])
                    {
                        output.Reference(owner.Reference);
                    }
                    output.Raw("]");
                }
            }
            output.Raw("]>>");
        });
        foreach (var element in elements)
        {
            WriteElement(element, treeRoot);
        }
        var idTree = ids.Count == 0 ? (PdfReference?)null : file.Add(output => PdfNameTree.Write(output, ids, (o, element) => o.Reference(element)));
        file.WriteObject(treeRoot, output =>
        {
            output.Raw("<<").Key("Type").Name("StructTreeRoot").Key("K").Reference(root.Reference)
                .Key("ParentTree").Reference(parentTreeReference).Key("ParentTreeNextKey").Integer(parentTree.Count);
            if (idTree is { } tree)
            {
                output.Key("IDTree").Reference(tree);
            }
            output.Raw(">>");
        });
        return treeRoot;
    }

    private void WriteElement(PdfStructureElement element, PdfReference treeRoot)
    {
        // Marked content on the element's first page is written as a bare MCID under /Pg; elsewhere as an MCR.
        var firstPage = element.Kids.Where(kid => kid.Element is null).Select(kid => kid.PageIndex).DefaultIfEmpty(-1).First();
        file.WriteObject(element.Reference, output =>
        {
            output.Raw("<<").Key("S").Name(element.Type)
                .Key("P").Reference(element.Parent?.Reference ?? treeRoot);
            if (firstPage >= 0)
            {
                output.Key("Pg").Reference(pages[firstPage].Reference);
            }
            if (element.Id is { } id)
            {
                output.Key("ID").TextString(id);
            }
            if (element.AlternativeText is { } alt)
            {
                output.Key("Alt").TextString(alt);
            }
            if (element.Language is { } language)
            {
                output.Key("Lang").TextString(language);
            }
            if (element.ActualText is { } actual)
            {
                output.Key("ActualText").TextString(actual);
            }
            if (element.Scope is { } scope)
            {
                output.Key("A").Raw("<<").Key("O").Name("Table").Key("Scope").Name(scope).Raw(">>");
            }
            output.Key("K").Raw("[");
            foreach (var kid in element.Kids)
            {
                if (kid.Element is { } child)
                {
                    output.Reference(child.Reference);
                }
                else if (kid.Annotation is { } annotation)
                {
                    output.Raw("<<").Key("Type").Name("OBJR").Key("Pg").Reference(pages[kid.PageIndex].Reference).Key("Obj").Reference(annotation).Raw(">>");
                }
                else if (kid.PageIndex == firstPage)
                {
                    output.Integer(kid.MarkedContentId);
                }
                else
                {
                    output.Raw("<<").Key("Type").Name("MCR").Key("Pg").Reference(pages[kid.PageIndex].Reference).Key("MCID").Integer(kid.MarkedContentId).Raw(">>");
                }
            }
            output.Raw("]>>");
        });
    }

    private List<KeyValuePair<string, PdfReference>> WriteAttachments(IReadOnlyList<PdfAttachment> attachments)
    {
        var specifications = new List<KeyValuePair<string, PdfReference>>();
        foreach (var attachment in attachments)
        {
            var modified = attachment.Modified ?? information.Date;
            var stream = file.AddStream(attachment.Content.Span, output =>
            {
                output.Key("Type").Name("EmbeddedFile").Key("Subtype").Name(attachment.MediaType)
                    .Key("Params").Raw("<<").Key("Size").Integer(attachment.Content.Length);
                if (modified is { } date)
                {
                    output.Key("ModDate").TextString(PdfDocumentInformation.PdfDate(date));
                }
                output.Raw(">>");
            });
            var specification = file.Add(output => output.Raw("<<").Key("Type").Name("Filespec")
                .Key("F").LiteralString(System.Text.Encoding.ASCII.GetBytes(AsciiFileName(attachment.FileName)))
                .Key("UF").TextString(attachment.FileName).Key("Desc").TextString(attachment.Description)
                .Key("AFRelationship").Name("Source")
                .Key("EF").Raw("<<").Key("F").Reference(stream).Key("UF").Reference(stream).Raw(">>>>"));
            specifications.Add(new(attachment.FileName, specification));
        }
        return specifications;
    }

    private static string AsciiFileName(string name) =>
        new(name.Select(c => c is >= ' ' and <= '~' ? c : '_').ToArray());

    private static void WritePageLabels(PdfOutput output, IReadOnlyList<PdfPageLabelRange> ranges)
    {
        output.Key("PageLabels").Raw("<<").Key("Nums").Raw("[");
        foreach (var range in ranges.OrderBy(range => range.PageIndex))
        {
            output.Integer(range.PageIndex).Raw("<<");
            if (range.Style is { } style)
            {
                output.Key("S").Name(style);
            }
            if (range.Prefix is { } prefix)
            {
                output.Key("P").TextString(prefix);
            }
            if (range.Start != 1)
            {
                output.Key("St").Integer(range.Start);
            }
            output.Raw(">>");
        }
        output.Raw("]>>");
    }
}
