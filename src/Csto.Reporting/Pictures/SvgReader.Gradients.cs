using System.Xml.Linq;

namespace Csto.Reporting.Pictures;

/// <summary>
/// SVG 1.1 gradients (§13.2): <c>linearGradient</c> (x1 y1 x2 y2) and <c>radialGradient</c> (cx cy r fx fy) anywhere
/// in the picture, with <c>gradientUnits</c> (objectBoundingBox, the default, or userSpaceOnUse),
/// <c>gradientTransform</c>, <c>spreadMethod="pad"</c> and <c>stop</c>s (offset, stop-color, stop-opacity as
/// attributes or in <c>style</c>); <c>xlink:href</c>/<c>href</c> lends a gradient its stops and its unset attributes.
/// A gradient with no stops paints nothing; one stop, a zero-length line or a zero radius paints the last stop's
/// colour, as SVG says. Stop opacity is blended with white like every opacity of a picture.
/// </summary>
internal sealed partial class SvgReader
{
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    /// <summary>The deepest chain of gradients referring to each other through href.</summary>
    private const int MaxGradientChain = 16;

    private readonly Dictionary<string, XElement> gradients = new(StringComparer.Ordinal);
    private readonly Dictionary<XElement, GradientDefinition?> definitions = [];
    private (double Width, double Height) viewport;

    /// <summary>A gradient element read once: geometry in gradient space (percentages resolved), transform and stops.</summary>
    private sealed record GradientDefinition(GradientKind Kind, bool BoundingBox, AffineMatrix Transform, double X1, double Y1, double X2, double Y2, double Radius,
        (double Offset, VectorColor Color, double Opacity)[] Stops);

    private void CollectGradients(XElement root)
    {
        foreach (var gradient in root.Descendants().Where(e => e.Name == Svg + "linearGradient" || e.Name == Svg + "radialGradient"))
        {
            if (gradient.Attribute("id")?.Value is { } id)
            {
                gradients.TryAdd(id, gradient);
            }
        }
    }

    /// <summary>The gradient element <paramref name="text"/> (<c>url(#id)</c>, maybe followed by a fallback colour) names, or null after a problem at <paramref name="element"/>.</summary>
    private XElement? GradientReference(XElement element, string name, string text)
    {
        var close = text.IndexOf(')', StringComparison.Ordinal);
        var id = text.StartsWith("url(", StringComparison.Ordinal) && close > 4 ? text[4..close].Trim().Trim('\'', '"') : string.Empty;
        if (id.StartsWith('#') && gradients.TryGetValue(id[1..], out var gradient))
        {
            return gradient;
        }
        Problem(element, $"{name}='{text}' does not name a <linearGradient> or <radialGradient> of this picture (patterns and other files are not supported).");
        return null;
    }

    /// <summary>
    /// The paint of a shape filled or stroked with <paramref name="gradient"/>: a gradient (with its last stop's
    /// colour beside it), a solid colour for a degenerate gradient, or nothing.
    /// </summary>
    /// <param name="gradient">The gradient element.</param>
    /// <param name="opacity">The shape's fill or stroke opacity times its opacity.</param>
    /// <param name="segments">The shape's path in its user space (for the bounding box).</param>
    /// <param name="matrix">The shape's user space to the drawing's points.</param>
    private (VectorColor? Color, VectorGradient? Gradient) GradientPaint(XElement gradient, double opacity, List<PathSegment> segments, AffineMatrix matrix)
    {
        if (!definitions.TryGetValue(gradient, out var definition))
        {
            definition = ReadGradient(gradient);
            definitions.Add(gradient, definition);
        }
        if (definition is null || definition.Stops.Length == 0)
        {
            return (null, null);
        }
        var stops = definition.Stops.Select(s => new GradientStop(s.Offset, Blend(s.Color, s.Opacity * opacity))).ToArray();
        var last = stops[^1].Color;
        var degenerate = definition.Kind == GradientKind.Linear ? definition.X1 == definition.X2 && definition.Y1 == definition.Y2 : !(definition.Radius > 0);
        if (stops.Length == 1 || degenerate)
        {
            return (last, null);
        }
        var space = definition.Transform;
        if (definition.BoundingBox)
        {
            var box = BoundingBox(segments);
            if (!(box.Right > box.Left) || !(box.Bottom > box.Top))
            {
                return (null, null); // SVG: an objectBoundingBox gradient on a shape with no width or height paints nothing
            }
            space = space.Then(AffineMatrix.Scale(box.Right - box.Left, box.Bottom - box.Top)).Then(AffineMatrix.Translate(box.Left, box.Top));
        }
        var (x1, y1) = (definition.X1, definition.Y1);
        if (definition.Kind == GradientKind.Radial)
        {
            // SVG 1.1: a focus outside the circle is moved onto it (a little inside, so the cone stays a cone).
            var (dx, dy) = (x1 - definition.X2, y1 - definition.Y2);
            var distance = Math.Sqrt(dx * dx + dy * dy);
            if (distance > definition.Radius * 0.999)
            {
                var shrink = definition.Radius * 0.999 / distance;
                (x1, y1) = (definition.X2 + dx * shrink, definition.Y2 + dy * shrink);
            }
        }
        return (last, new VectorGradient(definition.Kind, x1, y1, definition.X2, definition.Y2, definition.Radius, space.Then(matrix), stops));
    }

    private GradientDefinition? ReadGradient(XElement gradient)
    {
        var chain = new List<XElement> { gradient };
        while (chain.Count < MaxGradientChain && (chain[^1].Attribute(XLink + "href") ?? chain[^1].Attribute("href"))?.Value is { } href)
        {
            if (!href.StartsWith('#') || !gradients.TryGetValue(href[1..], out var next))
            {
                Problem(chain[^1], $"href='{href}' does not name a <linearGradient> or <radialGradient> of this picture.");
                return null;
            }
            if (chain.Contains(next))
            {
                Problem(chain[^1], $"href='{href}' makes a loop of gradients.");
                return null;
            }
            chain.Add(next);
        }
        var kind = gradient.Name.LocalName == "linearGradient" ? GradientKind.Linear : GradientKind.Radial;
        // Geometry comes only from gradients of the same kind; units, transform, spread and stops from any.
        XAttribute? Own(string name) => chain.Where(e => e.Name == gradient.Name).Select(e => e.Attribute(name)).FirstOrDefault(a => a is not null);
        XAttribute? Any(string name) => chain.Select(e => e.Attribute(name)).FirstOrDefault(a => a is not null);

        var problemsBefore = problems.Count;
        var units = Any("gradientUnits");
        if (units is not null && units.Value is not ("objectBoundingBox" or "userSpaceOnUse"))
        {
            Problem(units, $"gradientUnits='{units.Value}' is not objectBoundingBox or userSpaceOnUse.");
        }
        var boundingBox = units?.Value != "userSpaceOnUse";
        if (Any("spreadMethod") is { Value: not "pad" } spread)
        {
            Problem(spread, $"spreadMethod='{spread.Value}' is not supported in pictures (only pad, the default, which PDF shadings draw); repeat the stops in the picture's editor instead.");
        }
        var transform = Any("gradientTransform") is { } transformAttribute ? GradientTransform(transformAttribute) : AffineMatrix.Identity;
        var (w, h) = boundingBox ? (1.0, 1.0) : viewport;
        var diagonal = boundingBox ? 1.0 : Math.Sqrt((w * w + h * h) / 2);
        double Coordinate(string name, double fallback, double percentOf)
        {
            if (Own(name) is not { } attribute)
            {
                return fallback;
            }
            var text = attribute.Value.Trim();
            var percent = text.EndsWith('%');
            if (ParseNumbers(percent ? text[..^1] : text.EndsWith("px", StringComparison.Ordinal) ? text[..^2] : text) is [var value])
            {
                return percent ? value / 100 * percentOf : value;
            }
            Problem(attribute, $"{name}='{attribute.Value}' is not a number or a percentage.");
            return fallback;
        }
        GradientDefinition definition;
        if (kind == GradientKind.Linear)
        {
            definition = new GradientDefinition(kind, boundingBox, transform, Coordinate("x1", 0, w), Coordinate("y1", 0, h), Coordinate("x2", w, w), Coordinate("y2", 0, h), 0, []);
        }
        else
        {
            var (cx, cy, r) = (Coordinate("cx", 0.5 * w, w), Coordinate("cy", 0.5 * h, h), Coordinate("r", 0.5 * diagonal, diagonal));
            if (r < 0)
            {
                Problem(Own("r")!, $"r='{Own("r")!.Value}' is negative.");
            }
            definition = new GradientDefinition(kind, boundingBox, transform, Coordinate("fx", cx, w), Coordinate("fy", cy, h), cx, cy, r, []);
        }
        var stops = new List<(double, VectorColor, double)>();
        var holder = chain.FirstOrDefault(e => e.Elements(Svg + "stop").Any());
        foreach (var stop in holder?.Elements(Svg + "stop") ?? [])
        {
            var offset = 0.0;
            if (stop.Attribute("offset") is { } offsetAttribute)
            {
                var text = offsetAttribute.Value.Trim();
                var percent = text.EndsWith('%');
                if (ParseNumbers(percent ? text[..^1] : text) is [var value])
                {
                    offset = Math.Clamp(percent ? value / 100 : value, 0, 1);
                }
                else
                {
                    Problem(offsetAttribute, $"offset='{offsetAttribute.Value}' is not a number from 0 to 1 or a percentage.");
                }
            }
            // SVG: an offset less than the previous stop's is the previous stop's.
            offset = stops.Count > 0 ? Math.Max(offset, stops[^1].Item1) : offset;
            var color = Property(stop, "stop-color") is { } colorText ? Color(stop, "stop-color", colorText, null) ?? new VectorColor(0, 0, 0) : new VectorColor(0, 0, 0);
            stops.Add((offset, color, Fraction(stop, "stop-opacity", 1)));
        }
        return problems.Count == problemsBefore ? definition with { Stops = [.. stops] } : null;
    }

    private AffineMatrix GradientTransform(XAttribute attribute)
    {
        // Transform reads the transform attribute; a gradient's is gradientTransform.
        var carrier = new XElement(Svg + "g", new XAttribute("transform", attribute.Value));
        var before = problems.Count;
        var matrix = Transform(carrier) ?? AffineMatrix.Identity;
        if (problems.Count > before)
        {
            problems.RemoveRange(before, problems.Count - before);
            Problem(attribute, $"gradientTransform='{attribute.Value}' is not a list of matrix, translate, scale, rotate, skewX or skewY.");
        }
        return matrix;
    }

    /// <summary>The exact bounding box of a path (the extremes of its lines and cubic curves), in its own coordinates.</summary>
    internal static VectorRect BoundingBox(IReadOnlyList<PathSegment> segments)
    {
        var (left, top, right, bottom) = (double.PositiveInfinity, double.PositiveInfinity, double.NegativeInfinity, double.NegativeInfinity);
        var (x0, y0) = (0.0, 0.0);
        void Add(double x, double y)
        {
            (left, right) = (Math.Min(left, x), Math.Max(right, x));
            (top, bottom) = (Math.Min(top, y), Math.Max(bottom, y));
        }
        foreach (var s in segments)
        {
            switch (s.Kind)
            {
                case SegmentKind.MoveTo or SegmentKind.LineTo:
                    Add(s.X1, s.Y1);
                    (x0, y0) = (s.X1, s.Y1);
                    break;
                case SegmentKind.CubicTo:
                    Add(s.X3, s.Y3);
                    foreach (var t in CubicExtrema(x0, s.X1, s.X2, s.X3).Concat(CubicExtrema(y0, s.Y1, s.Y2, s.Y3)))
                    {
                        Add(Cubic(x0, s.X1, s.X2, s.X3, t), Cubic(y0, s.Y1, s.Y2, s.Y3, t));
                    }
                    (x0, y0) = (s.X3, s.Y3);
                    break;
            }
        }
        return left <= right ? new VectorRect(left, top, right, bottom) : default;

        static double Cubic(double p0, double p1, double p2, double p3, double t) =>
            (1 - t) * (1 - t) * (1 - t) * p0 + 3 * (1 - t) * (1 - t) * t * p1 + 3 * (1 - t) * t * t * p2 + t * t * t * p3;
    }

    /// <summary>The parameters in (0, 1) where one coordinate of a cubic Bézier curve has a zero derivative.</summary>
    private static IEnumerable<double> CubicExtrema(double p0, double p1, double p2, double p3)
    {
        // B'(t)/3 = a t² + b t + c.
        var a = -p0 + 3 * p1 - 3 * p2 + p3;
        var b = 2 * (p0 - 2 * p1 + p2);
        var c = p1 - p0;
        var roots = new List<double>(2);
        if (Math.Abs(a) < 1e-12)
        {
            if (Math.Abs(b) > 1e-12)
            {
                roots.Add(-c / b);
            }
        }
        else if (b * b - 4 * a * c is var discriminant and >= 0)
        {
            var root = Math.Sqrt(discriminant);
            roots.Add((-b + root) / (2 * a));
            roots.Add((-b - root) / (2 * a));
        }
        return roots.Where(t => t > 0 && t < 1);
    }
}
