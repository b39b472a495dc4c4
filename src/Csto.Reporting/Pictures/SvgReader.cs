using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Csto.Reporting.Diagnostics;

namespace Csto.Reporting.Pictures;

/// <summary>
/// Reads the static subset of SVG 1.1 that documents' pictures and our charts use into a <see cref="VectorDrawing"/>:
/// <c>svg</c> (width, height, viewBox), <c>g</c>, <c>path</c>, <c>rect</c>, <c>circle</c>, <c>ellipse</c>,
/// <c>line</c>, <c>polyline</c>, <c>polygon</c>, <c>text</c> (one line, upright), <c>clipPath</c> of rectangles,
/// transforms, solid fills and strokes with opacity, dashes, presentation attributes and <c>style</c>, and fills and
/// strokes with <c>linearGradient</c> and <c>radialGradient</c> (pad spread; see <c>SvgReader.Gradients.cs</c>).
/// Everything else that changes what is drawn (patterns, other gradient spreads, images, <c>use</c>, filters, masks, markers,
/// CSS style sheets, rotated text) is a problem at the element's line and column, so a picture is never drawn
/// differently from what its author saw. No DTDs, no external references.
/// </summary>
internal sealed partial class SvgReader
{
    /// <summary>The most shapes one picture may have (a chart has a few hundred).</summary>
    public const int MaxItems = 200_000;

    /// <summary>
    /// The deepest nesting of elements below the <c>svg</c> root (of groups, in practice): deeper elements are refused
    /// at the first one, before the picture is read further.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// The largest SVG picture read: 4 MiB (a chart is some 30 KB, an emblem rarely 1 MB). Reading holds the file's
    /// tree and shapes, some 25 times the file's size, so this keeps one picture to about 100 MB.
    /// </summary>
    public const int MaxBytes = 4 << 20;

    private const double PointsPerPixel = 0.75;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "title", "desc", "metadata", "defs" };

    private readonly string source;
    private readonly List<InputProblem> problems;
    private readonly List<VectorItem> items = [];
    private readonly Dictionary<string, XElement> clipPaths = new(StringComparer.Ordinal);

    private SvgReader(string source, List<InputProblem> problems)
    {
        this.source = source;
        this.problems = problems;
    }

    /// <summary>
    /// Whether <paramref name="data"/> looks like SVG: an <c>svg</c> root element after an optional XML declaration and
    /// comments, or a document type declaration naming <c>svg</c> (which <see cref="Read"/> then refuses).
    /// </summary>
    public static bool IsSvg(ReadOnlySpan<byte> data)
    {
        var head = Head(data);
        var rest = head.AsSpan(AfterProlog(head));
        if (rest.StartsWith("<!DOCTYPE", StringComparison.Ordinal))
        {
            rest = rest[9..].TrimStart();
            return rest.StartsWith("svg", StringComparison.Ordinal) && rest.Length > 3 && (char.IsWhiteSpace(rest[3]) || rest[3] is '>' or '[');
        }
        return rest.StartsWith("<svg", StringComparison.Ordinal) && rest.Length > 4 && (char.IsWhiteSpace(rest[4]) || rest[4] == '>');
    }

    /// <summary>The first 4 096 bytes of <paramref name="data"/> as text, without a byte order mark.</summary>
    private static string Head(ReadOnlySpan<byte> data) =>
        Encoding.UTF8.GetString(data[..Math.Min(data.Length, 4096)]).TrimStart('\uFEFF');

    /// <summary>Where <paramref name="head"/> goes on after its XML declaration, comments and white space.</summary>
    private static int AfterProlog(string head)
    {
        var at = 0;
        while (true)
        {
            while (at < head.Length && char.IsWhiteSpace(head[at]))
            {
                at++;
            }
            var rest = head.AsSpan(at);
            if (rest.StartsWith("<?", StringComparison.Ordinal) && rest.IndexOf("?>", StringComparison.Ordinal) is > 0 and var declaration)
            {
                at += declaration + 2;
            }
            else if (rest.StartsWith("<!--", StringComparison.Ordinal) && rest.IndexOf("-->", StringComparison.Ordinal) is > 0 and var comment)
            {
                at += comment + 3;
            }
            else
            {
                return at;
            }
        }
    }

    /// <summary>Reads <paramref name="data"/>; returns null after adding every problem found to <paramref name="problems"/>.</summary>
    /// <param name="data">The SVG file's bytes (UTF-8 or as its XML declaration says).</param>
    /// <param name="source">The file name problems name.</param>
    /// <param name="problems">Where problems go.</param>
    public static VectorDrawing? Read(ReadOnlyMemory<byte> data, string source, List<InputProblem> problems)
    {
        var reader = new SvgReader(source, problems);
        var before = problems.Count;
        var head = Head(data.Span);
        var prolog = AfterProlog(head);
        if (head.AsSpan(prolog).StartsWith("<!DOCTYPE", StringComparison.Ordinal))
        {
            var line = 1 + head.AsSpan(0, prolog).Count('\n');
            var lineStart = prolog == 0 ? 0 : head.LastIndexOf('\n', prolog - 1) + 1;
            problems.Add(new InputProblem(source,
                "The SVG picture has a document type declaration (<!DOCTYPE …>): its entities and external references are never read; remove the declaration and write its entities out.")
                { Line = line, Column = prolog - lineStart + 1 });
            return null;
        }
        if (data.Length > MaxBytes)
        {
            problems.Add(new InputProblem(source, FormattableString.Invariant(
                $"The SVG picture is {data.Length:N0} bytes; a picture may have at most {MaxBytes:N0} (4 MiB). Simplify it in its editor (fewer nodes) or export it as PNG.")));
            return null;
        }
        var bytes = data.ToArray();
        XDocument document;
        try
        {
            if (TooDeep(bytes) is var (line, column))
            {
                problems.Add(new InputProblem(source, $"Groups nest deeper than {MaxDepth} levels.") { Line = line, Column = column });
                return null;
            }
            using var stream = new MemoryStream(bytes, writable: false);
            using var xml = XmlReader.Create(stream, XmlSettings);
            document = XDocument.Load(xml, LoadOptions.SetLineInfo);
        }
        catch (XmlException exception)
        {
            problems.Add(new InputProblem(source, "The SVG picture is not well-formed XML: " + exception.Message) { Line = exception.LineNumber, Column = exception.LinePosition });
            return null;
        }
        var root = document.Root!;
        if (root.Name != Svg + "svg")
        {
            reader.Problem(root, $"The root element is <{root.Name.LocalName}> in namespace '{root.Name.NamespaceName}'; an SVG picture's root is <svg xmlns=\"http://www.w3.org/2000/svg\">.");
            return null;
        }
        var drawing = reader.ReadRoot(root);
        return problems.Count == before ? drawing : null;
    }

    private static XmlReaderSettings XmlSettings => new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 64L << 20 };

    /// <summary>
    /// The line and column of the first element nested more than <see cref="MaxDepth"/> levels below the root, read
    /// as a stream before any tree is built (a tree of 100 000 nested elements costs the garbage collector time
    /// growing with the square of its depth); null when there is none.
    /// </summary>
    /// <exception cref="XmlException">The XML is not well-formed before such an element.</exception>
    private static (int Line, int Column)? TooDeep(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var xml = XmlReader.Create(stream, XmlSettings);
        var info = (IXmlLineInfo)xml;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.Depth > MaxDepth)
            {
                return (info.LineNumber, info.LinePosition);
            }
        }
        return null;
    }

    private VectorDrawing? ReadRoot(XElement root)
    {
        CollectGradients(root);
        foreach (var clip in root.Descendants(Svg + "clipPath"))
        {
            if (clip.Attribute("id")?.Value is { } id)
            {
                clipPaths[id] = clip;
            }
        }
        var viewBox = Numbers(root, "viewBox");
        if (viewBox is not null && (viewBox.Count != 4 || !(viewBox[2] > 0) || !(viewBox[3] > 0)))
        {
            Problem(root, "viewBox must be four numbers 'x y width height' with a positive width and height.");
            return null;
        }
        var width = Length(root, "width");
        var height = Length(root, "height");
        var (boxWidth, boxHeight) = viewBox is null ? (width / PointsPerPixel, height / PointsPerPixel) : (viewBox[2], viewBox[3]);
        width ??= boxWidth * PointsPerPixel;
        height ??= boxHeight * PointsPerPixel;
        if (width is not > 0 || height is not > 0 || boxWidth is not > 0 || boxHeight is not > 0)
        {
            Problem(root, "The picture's size is unknown: give the <svg> element width and height (px, pt, mm, cm or in) or a viewBox.");
            return null;
        }
        viewport = (boxWidth.Value, boxHeight.Value);
        var scale = Math.Min(width.Value / boxWidth.Value, height.Value / boxHeight.Value);
        var matrix = AffineMatrix.Translate(-(viewBox?[0] ?? 0), -(viewBox?[1] ?? 0))
            .Then(AffineMatrix.Scale(scale, scale))
            .Then(AffineMatrix.Translate((width.Value - boxWidth.Value * scale) / 2, (height.Value - boxHeight.Value * scale) / 2));
        var style = Style.Initial;
        ReadChildren(root, style.With(this, root), matrix, null, 0);
        return new VectorDrawing(width.Value, height.Value, items);
    }

    private void ReadChildren(XElement parent, Style style, AffineMatrix matrix, VectorRect? clip, int depth)
    {
        foreach (var child in parent.Elements())
        {
            ReadElement(child, style, matrix, clip, depth + 1);
        }
    }

    private void ReadElement(XElement element, Style inherited, AffineMatrix parentMatrix, VectorRect? parentClip, int depth)
    {
        if (element.Name.Namespace != Svg)
        {
            return; // an editor's own elements (Inkscape's sodipodi:namedview) draw nothing
        }
        var name = element.Name.LocalName;
        if (Ignored.Contains(name) || name is "clipPath" or "linearGradient" or "radialGradient")
        {
            return;
        }
        if (items.Count >= MaxItems)
        {
            Problem(element, $"The picture has more than {MaxItems:N0} shapes.");
            return;
        }
        foreach (var attribute in new[] { "filter", "mask", "marker-start", "marker-mid", "marker-end" })
        {
            if (Property(element, attribute) is { } value && value != "none")
            {
                Problem(element, $"'{attribute}' is not supported in pictures; flatten the picture in its editor (export as plain SVG with the effect applied).");
                return;
            }
        }
        var style = inherited.With(this, element);
        if (style.Hidden)
        {
            return;
        }
        var matrix = Transform(element) is { } own ? own.Then(parentMatrix) : parentMatrix;
        var clip = parentClip;
        if (Property(element, "clip-path") is { } clipReference && clipReference != "none")
        {
            if (ClipRect(element, clipReference, matrix) is not { } rect)
            {
                return;
            }
            clip = Intersect(parentClip, rect);
        }
        switch (name)
        {
            case "g":
                ReadChildren(element, style, matrix, clip, depth);
                break;
            case "path":
                var data = element.Attribute("d")?.Value ?? string.Empty;
                if (SvgPathData.Parse(data, out var error) is { } segments)
                {
                    AddPath(element, segments, style, matrix, clip);
                }
                else
                {
                    Problem(element, $"The path's data is not valid: {error}.");
                }
                break;
            case "rect":
            {
                var (x, y, w, h) = (Number(element, "x"), Number(element, "y"), Number(element, "width"), Number(element, "height"));
                var (rx, ry) = (element.Attribute("rx") is null ? (double?)null : Number(element, "rx"), element.Attribute("ry") is null ? (double?)null : Number(element, "ry"));
                if (w > 0 && h > 0)
                {
                    var r1 = Math.Min(rx ?? ry ?? 0, w / 2);
                    var r2 = Math.Min(ry ?? rx ?? 0, h / 2);
                    List<PathSegment> path = r1 > 0 && r2 > 0
                        ? SvgPathData.Parse(FormattableString.Invariant($"M{x + r1} {y}H{x + w - r1}A{r1} {r2} 0 0 1 {x + w} {y + r2}V{y + h - r2}A{r1} {r2} 0 0 1 {x + w - r1} {y + h}H{x + r1}A{r1} {r2} 0 0 1 {x} {y + h - r2}V{y + r2}A{r1} {r2} 0 0 1 {x + r1} {y}Z"), out _)!
                        : [new(SegmentKind.MoveTo, x, y), new(SegmentKind.LineTo, x + w, y), new(SegmentKind.LineTo, x + w, y + h), new(SegmentKind.LineTo, x, y + h), new(SegmentKind.Close)];
                    AddPath(element, path, style, matrix, clip);
                }
                break;
            }
            case "circle" or "ellipse":
            {
                var (cx, cy) = (Number(element, "cx"), Number(element, "cy"));
                var rx = name == "circle" ? Number(element, "r") : Number(element, "rx");
                var ry = name == "circle" ? rx : Number(element, "ry");
                if (rx > 0 && ry > 0)
                {
                    AddPath(element, SvgPathData.Parse(FormattableString.Invariant($"M{cx + rx} {cy}A{rx} {ry} 0 0 1 {cx} {cy + ry}A{rx} {ry} 0 0 1 {cx - rx} {cy}A{rx} {ry} 0 0 1 {cx} {cy - ry}A{rx} {ry} 0 0 1 {cx + rx} {cy}Z"), out _)!, style, matrix, clip);
                }
                break;
            }
            case "line":
                AddPath(element, [new(SegmentKind.MoveTo, Number(element, "x1"), Number(element, "y1")), new(SegmentKind.LineTo, Number(element, "x2"), Number(element, "y2"))], style with { Fill = null }, matrix, clip);
                break;
            case "polyline" or "polygon":
            {
                var points = Numbers(element, "points") ?? [];
                if (points.Count < 4 || points.Count % 2 != 0)
                {
                    Problem(element, $"<{name}> needs an even number of coordinates, at least two points; got {points.Count} numbers.");
                    break;
                }
                var path = new List<PathSegment> { new(SegmentKind.MoveTo, points[0], points[1]) };
                for (var i = 2; i < points.Count; i += 2)
                {
                    path.Add(new(SegmentKind.LineTo, points[i], points[i + 1]));
                }
                if (name == "polygon")
                {
                    path.Add(new(SegmentKind.Close));
                }
                AddPath(element, path, style, matrix, clip);
                break;
            }
            case "text":
                AddText(element, style, matrix, clip);
                break;
            default:
                Problem(element, $"<{name}> is not supported in pictures (supported: svg, g, path, rect, circle, ellipse, line, polyline, polygon, text, clipPath of rectangles, linearGradient, radialGradient, defs, title, desc); convert it to paths in the picture's editor.");
                break;
        }
    }

    private void AddPath(XElement element, List<PathSegment> segments, Style style, AffineMatrix matrix, VectorRect? clip)
    {
        if (segments.Count == 0 || (style.Fill is null && style.Stroke is null))
        {
            return;
        }
        var mapped = new PathSegment[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            var s = segments[i];
            var (x1, y1) = matrix.Map(s.X1, s.Y1);
            var (x2, y2) = matrix.Map(s.X2, s.Y2);
            var (x3, y3) = matrix.Map(s.X3, s.Y3);
            mapped[i] = new PathSegment(s.Kind, x1, y1, x2, y2, x3, y3);
        }
        VectorStroke? stroke = null;
        if (style.Stroke is { } color && style.StrokeWidth > 0)
        {
            var scale = matrix.LengthScale;
            var (strokeColor, strokeGradient) = style.StrokeGradient is { } strokeReference
                ? GradientPaint(strokeReference, style.StrokeOpacity * style.Opacity, segments, matrix)
                : (Blend(color, style.StrokeOpacity * style.Opacity), null);
            if (strokeColor is { } c)
            {
                stroke = new VectorStroke(c, style.StrokeWidth * scale, style.Cap, style.Join, style.MiterLimit, style.Dashes.Select(d => d * scale).ToArray(), strokeGradient);
            }
        }
        var (fill, fillGradient) = style.Fill is not { } f ? (null, null)
            : style.FillGradient is { } fillReference ? GradientPaint(fillReference, style.FillOpacity * style.Opacity, segments, matrix)
            : (Blend(f, style.FillOpacity * style.Opacity), (VectorGradient?)null);
        if (fill is null && stroke is null)
        {
            return;
        }
        items.Add(new VectorPath(mapped, fill, style.EvenOdd, stroke, clip, fillGradient));
        _ = element;
    }

    private void AddText(XElement element, Style style, AffineMatrix matrix, VectorRect? clip)
    {
        if (element.Elements().Any())
        {
            Problem(element, "<text> with child elements (tspan, textPath) is not supported; write one <text> per line.");
            return;
        }
        if (!matrix.IsUprightUniform)
        {
            Problem(element, "Rotated, skewed or unevenly scaled text is not supported; convert the text to paths in the picture's editor.");
            return;
        }
        var text = string.Join(' ', element.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length == 0 || style.Fill is not { } fill)
        {
            return;
        }
        if (style.FillGradient is not null)
        {
            Problem(element, "A gradient fill on <text> is not supported (texts are set in the document's fonts in one colour); give the text a solid fill.");
            return;
        }
        // Skia's SVG canvas writes one x per glyph ("1, 7.5, 13, "): the first is where the text starts.
        var x = Numbers(element, "x") is [var firstX, ..] ? firstX : 0;
        var y = Numbers(element, "y") is [var firstY, ..] ? firstY : 0;
        var (px, py) = matrix.Map(x, y);
        items.Add(new VectorText(text, px, py, style.FontSize * matrix.A, Blend(fill, style.FillOpacity * style.Opacity), style.Anchor, style.Family, style.Bold, style.Italic, clip));
    }

    private VectorRect? ClipRect(XElement element, string reference, AffineMatrix matrix)
    {
        var id = reference.StartsWith("url(#", StringComparison.Ordinal) && reference.EndsWith(')') ? reference[5..^1].Trim('\'', '"') : null;
        if (id is null || !clipPaths.TryGetValue(id, out var clipPath))
        {
            Problem(element, $"clip-path '{reference}' does not name a <clipPath> of this picture.");
            return null;
        }
        var shapes = clipPath.Elements().Where(e => e.Name.Namespace == Svg).ToList();
        if (shapes is not [{ Name.LocalName: "rect" } rect] || !matrix.IsAxisAligned || Transform(rect) is not null || clipPath.Attribute("clipPathUnits")?.Value is "objectBoundingBox")
        {
            Problem(clipPath, "Only a <clipPath> of one untransformed <rect> in user space is supported.");
            return null;
        }
        var (x, y, w, h) = (Number(rect, "x"), Number(rect, "y"), Number(rect, "width"), Number(rect, "height"));
        var (x1, y1) = matrix.Map(x, y);
        var (x2, y2) = matrix.Map(x + w, y + h);
        return new VectorRect(Math.Min(x1, x2), Math.Min(y1, y2), Math.Max(x1, x2), Math.Max(y1, y2));
    }

    private static VectorRect? Intersect(VectorRect? a, VectorRect? b) =>
        a is not { } r ? b : b is not { } s ? r
        : new VectorRect(Math.Max(r.Left, s.Left), Math.Max(r.Top, s.Top), Math.Max(Math.Max(r.Left, s.Left), Math.Min(r.Right, s.Right)), Math.Max(Math.Max(r.Top, s.Top), Math.Min(r.Bottom, s.Bottom)));

    private static VectorColor Blend(VectorColor color, double opacity)
    {
        var a = Math.Clamp(opacity, 0, 1);
        byte Mix(byte channel) => (byte)Math.Round(channel * a + 255 * (1 - a));
        return a >= 1 ? color : new VectorColor(Mix(color.Red), Mix(color.Green), Mix(color.Blue));
    }

    private AffineMatrix? Transform(XElement element)
    {
        if (element.Attribute("transform")?.Value is not { } text)
        {
            return null;
        }
        var result = AffineMatrix.Identity;
        var rest = text.AsSpan().Trim();
        while (!rest.IsEmpty)
        {
            var open = rest.IndexOf('(');
            var close = rest.IndexOf(')');
            if (open <= 0 || close < open)
            {
                Problem(element, $"The transform '{text}' is not a list of matrix, translate, scale, rotate, skewX or skewY.");
                return null;
            }
            var kind = rest[..open].Trim().ToString();
            var values = ParseNumbers(rest[(open + 1)..close].ToString());
            AffineMatrix? step = (kind, values?.Count) switch
            {
                ("matrix", 6) => new AffineMatrix(values![0], values[1], values[2], values[3], values[4], values[5]),
                ("translate", 1) => AffineMatrix.Translate(values![0], 0),
                ("translate", 2) => AffineMatrix.Translate(values![0], values[1]),
                ("scale", 1) => AffineMatrix.Scale(values![0], values[0]),
                ("scale", 2) => AffineMatrix.Scale(values![0], values[1]),
                ("rotate", 1) => AffineMatrix.Rotate(values![0]),
                ("rotate", 3) => AffineMatrix.Translate(-values![1], -values[2]).Then(AffineMatrix.Rotate(values[0])).Then(AffineMatrix.Translate(values[1], values[2])),
                ("skewX", 1) => new AffineMatrix(1, 0, Math.Tan(values![0] * Math.PI / 180), 1, 0, 0),
                ("skewY", 1) => new AffineMatrix(1, Math.Tan(values![0] * Math.PI / 180), 0, 1, 0, 0),
                _ => null,
            };
            if (step is null)
            {
                Problem(element, $"The transform '{text}' is not a list of matrix, translate, scale, rotate, skewX or skewY.");
                return null;
            }
            // "a(…) b(…)" applies b first, then a.
            result = step.Value.Then(result);
            rest = rest[(close + 1)..].TrimStart().TrimStart(',').TrimStart();
        }
        return result;
    }

    private double Number(XElement element, string name)
    {
        var value = element.Attribute(name)?.Value;
        if (value is null)
        {
            return 0;
        }
        var numbers = ParseNumbers(value.EndsWith("px", StringComparison.Ordinal) ? value[..^2] : value);
        if (numbers is not [var number])
        {
            Problem(element, $"{name}='{value}' is not a number in user units.");
            return 0;
        }
        return number;
    }

    private List<double>? Numbers(XElement element, string name)
    {
        var value = element.Attribute(name)?.Value;
        if (value is null)
        {
            return null;
        }
        var numbers = ParseNumbers(value);
        if (numbers is null)
        {
            Problem(element, $"{name}='{value}' is not a list of numbers.");
        }
        return numbers;
    }

    internal static List<double>? ParseNumbers(string text)
    {
        var reader = new SvgPathData.NumberReader(text);
        var numbers = new List<double>();
        while (true)
        {
            reader.SkipSeparators();
            if (reader.AtEnd)
            {
                return numbers;
            }
            if (reader.Number() is not { } number)
            {
                return null;
            }
            numbers.Add(number);
        }
    }

    /// <summary>A length of the root element in points, or null when absent.</summary>
    private double? Length(XElement element, string name)
    {
        var value = element.Attribute(name)?.Value.Trim();
        if (value is null)
        {
            return null;
        }
        var units = new (string Suffix, double Points)[] { ("px", PointsPerPixel), ("pt", 1), ("mm", 72 / 25.4), ("cm", 72 / 2.54), ("in", 72), (string.Empty, PointsPerPixel) };
        foreach (var (suffix, points) in units)
        {
            if (value.EndsWith(suffix, StringComparison.Ordinal) && ParseNumbers(value[..^suffix.Length]) is [var number] && number > 0)
            {
                return number * points;
            }
        }
        Problem(element, $"{name}='{value}' is not a positive length in px, pt, mm, cm or in (percentages need a size from outside, which pictures do not have).");
        return null;
    }

    internal static string? Property(XElement element, string name)
    {
        if (element.Attribute("style")?.Value is { } style)
        {
            foreach (var declaration in style.Split(';'))
            {
                var colon = declaration.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0 && declaration[..colon].Trim() == name)
                {
                    return declaration[(colon + 1)..].Trim();
                }
            }
        }
        return element.Attribute(name)?.Value.Trim();
    }

    private void Problem(XObject at, string message)
    {
        var info = (IXmlLineInfo)at;
        problems.Add(new InputProblem(source, message) { Line = info.HasLineInfo() ? info.LineNumber : null, Column = info.HasLineInfo() ? info.LinePosition : null });
    }

    /// <summary>The inherited presentation properties at one element.</summary>
    /// <remarks>A fill or stroke of <c>url(#id)</c> keeps a placeholder colour in Fill/Stroke and the gradient element in FillGradient/StrokeGradient.</remarks>
    private sealed record Style(VectorColor? Fill, double FillOpacity, bool EvenOdd, VectorColor? Stroke, double StrokeOpacity, double StrokeWidth, int Cap, int Join, double MiterLimit,
        IReadOnlyList<double> Dashes, double Opacity, double FontSize, string? Family, bool Bold, bool Italic, TextAnchor Anchor, bool Hidden,
        XElement? FillGradient = null, XElement? StrokeGradient = null)
    {
        public static Style Initial { get; } = new(new VectorColor(0, 0, 0), 1, false, null, 1, 1, 0, 0, 4, [], 1, 16, null, false, false, TextAnchor.Start, false);

        public Style With(SvgReader reader, XElement element)
        {
            var style = this with { Opacity = Opacity * reader.Fraction(element, "opacity", 1) };
            if (Property(element, "fill") is { } fill and not "inherit")
            {
                style = fill.StartsWith("url(", StringComparison.Ordinal)
                    ? (reader.GradientReference(element, "fill", fill) is { } fillGradient ? style with { FillGradient = fillGradient, Fill = new VectorColor(0, 0, 0) } : style with { FillGradient = null, Fill = null })
                    : style with { Fill = reader.Color(element, "fill", fill, Fill), FillGradient = null };
            }
            if (Property(element, "stroke") is { } stroke and not "inherit")
            {
                style = stroke.StartsWith("url(", StringComparison.Ordinal)
                    ? (reader.GradientReference(element, "stroke", stroke) is { } strokeGradient ? style with { StrokeGradient = strokeGradient, Stroke = new VectorColor(0, 0, 0) } : style with { StrokeGradient = null, Stroke = null })
                    : style with { Stroke = reader.Color(element, "stroke", stroke, Stroke), StrokeGradient = null };
            }
            style = style with
            {
                FillOpacity = reader.Fraction(element, "fill-opacity", FillOpacity),
                StrokeOpacity = reader.Fraction(element, "stroke-opacity", StrokeOpacity),
                EvenOdd = Property(element, "fill-rule") is { } rule ? rule == "evenodd" : EvenOdd,
                Cap = Property(element, "stroke-linecap") switch { "round" => 1, "square" => 2, "butt" => 0, _ => Cap },
                Join = Property(element, "stroke-linejoin") switch { "round" => 1, "bevel" => 2, "miter" => 0, _ => Join },
                Anchor = Property(element, "text-anchor") switch { "middle" => TextAnchor.Middle, "end" => TextAnchor.End, "start" => TextAnchor.Start, _ => Anchor },
                Family = Property(element, "font-family") is { } family ? family.Split(',')[0].Trim().Trim('\'', '"') : Family,
                Bold = Property(element, "font-weight") is { } weight ? weight is "bold" or "bolder" || (int.TryParse(weight, NumberStyles.Integer, CultureInfo.InvariantCulture, out var w) && w >= 600) : Bold,
                Italic = Property(element, "font-style") is { } italic ? italic is "italic" or "oblique" : Italic,
                Hidden = Property(element, "display") == "none" || (Property(element, "visibility") is { } visibility ? visibility is "hidden" or "collapse" : Hidden),
            };
            if (Property(element, "stroke-width") is { } width)
            {
                style = style with { StrokeWidth = reader.PositiveNumber(element, "stroke-width", width) ?? StrokeWidth };
            }
            if (Property(element, "stroke-miterlimit") is { } limit)
            {
                style = style with { MiterLimit = reader.PositiveNumber(element, "stroke-miterlimit", limit) ?? MiterLimit };
            }
            if (Property(element, "font-size") is { } size)
            {
                style = style with { FontSize = reader.PositiveNumber(element, "font-size", size.EndsWith("px", StringComparison.Ordinal) ? size[..^2] : size) ?? FontSize };
            }
            if (Property(element, "stroke-dasharray") is { } dashes)
            {
                List<double>? values = dashes == "none" ? [] : ParseNumbers(dashes);
                if (values is null || values.Any(v => v < 0))
                {
                    reader.Problem(element, $"stroke-dasharray='{dashes}' is not a list of non-negative numbers.");
                }
                else
                {
                    style = style with { Dashes = values.Count % 2 == 1 ? [.. values, .. values] : values };
                }
            }
            return style;
        }
    }

    private double Fraction(XElement element, string name, double inherited)
    {
        if (Property(element, name) is not { } text)
        {
            return inherited;
        }
        var percent = text.EndsWith('%');
        if (ParseNumbers(percent ? text[..^1] : text) is [var value])
        {
            return Math.Clamp(percent ? value / 100 : value, 0, 1);
        }
        Problem(element, $"{name}='{text}' is not a number from 0 to 1.");
        return inherited;
    }

    private double? PositiveNumber(XElement element, string name, string text)
    {
        if (ParseNumbers(text) is [var value] && value >= 0)
        {
            return value;
        }
        Problem(element, $"{name}='{text}' is not a non-negative number in user units.");
        return null;
    }

    private VectorColor? Color(XElement element, string name, string text, VectorColor? inherited)
    {
        if (text is "none" or "transparent")
        {
            return null;
        }
        if (text == "inherit")
        {
            return inherited;
        }
        if (text == "currentColor")
        {
            return new VectorColor(0, 0, 0);
        }
        if (text.StartsWith("url(", StringComparison.Ordinal))
        {
            Problem(element, $"{name}='{text}': only a linearGradient or radialGradient of this picture can be referenced here.");
            return null;
        }
        if (text.StartsWith('#') && text.Length is 4 or 7 && int.TryParse(text.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex))
        {
            return text.Length == 7
                ? new VectorColor((byte)(hex >> 16), (byte)(hex >> 8), (byte)hex)
                : new VectorColor((byte)((hex >> 8 & 0xF) * 17), (byte)((hex >> 4 & 0xF) * 17), (byte)((hex & 0xF) * 17));
        }
        if (text.StartsWith("rgb(", StringComparison.Ordinal) && text.EndsWith(')') && ParseNumbers(text[4..^1]) is [var r, var g, var b])
        {
            return new VectorColor((byte)Math.Clamp(r, 0, 255), (byte)Math.Clamp(g, 0, 255), (byte)Math.Clamp(b, 0, 255));
        }
        if (NamedColors.TryGetValue(text, out var named))
        {
            return named;
        }
        Problem(element, $"{name}='{text}' is not a colour (#rgb, #rrggbb, rgb(r, g, b), none or a basic colour name).");
        return inherited;
    }

    private static readonly Dictionary<string, VectorColor> NamedColors = new(StringComparer.OrdinalIgnoreCase)
    {
        ["black"] = new(0, 0, 0), ["white"] = new(255, 255, 255), ["red"] = new(255, 0, 0), ["green"] = new(0, 128, 0),
        ["blue"] = new(0, 0, 255), ["yellow"] = new(255, 255, 0), ["gray"] = new(128, 128, 128), ["grey"] = new(128, 128, 128),
        ["silver"] = new(192, 192, 192), ["maroon"] = new(128, 0, 0), ["navy"] = new(0, 0, 128), ["teal"] = new(0, 128, 128),
        ["olive"] = new(128, 128, 0), ["purple"] = new(128, 0, 128), ["orange"] = new(255, 165, 0), ["gold"] = new(255, 215, 0),
        ["darkblue"] = new(0, 0, 139), ["darkred"] = new(139, 0, 0), ["lightgray"] = new(211, 211, 211), ["darkgray"] = new(169, 169, 169),
    };
}
