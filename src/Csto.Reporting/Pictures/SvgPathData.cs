using System.Globalization;

namespace Csto.Reporting.Pictures;

/// <summary>
/// Parses SVG path data (<c>d</c>: M L H V C S Q T A Z, absolute and relative) into move, line, cubic and close
/// segments in the path's own coordinates: quadratics become cubics and elliptical arcs become cubics of at most
/// a quarter turn each.
/// </summary>
internal static class SvgPathData
{
    /// <summary>The segments of <paramref name="data"/>, or null with <paramref name="error"/> describing the first fault.</summary>
    public static List<PathSegment>? Parse(string data, out string? error)
    {
        var segments = new List<PathSegment>();
        var reader = new NumberReader(data);
        double x = 0, y = 0, startX = 0, startY = 0, lastControlX = 0, lastControlY = 0;
        var command = '\0';
        var previous = '\0';
        error = null;
        while (true)
        {
            reader.SkipSeparators();
            if (reader.AtEnd)
            {
                return segments;
            }
            if (reader.PeekLetter() is { } letter)
            {
                if ("MmLlHhVvCcSsQqTtAaZz".IndexOf(letter, StringComparison.Ordinal) < 0)
                {
                    error = $"path command '{letter}' is not an SVG path command";
                    return null;
                }
                command = letter;
                reader.Advance();
            }
            else if (command is '\0' or 'Z' or 'z')
            {
                error = "path data must start with a move (M) and give a command after Z";
                return null;
            }
            var relative = char.IsLower(command);
            var (ox, oy) = relative ? (x, y) : (0d, 0d);
            bool Numbers(int count, out double[] values)
            {
                values = new double[count];
                for (var i = 0; i < count; i++)
                {
                    if (reader.Number() is not { } value)
                    {
                        values = [];
                        return false;
                    }
                    values[i] = value;
                }
                return true;
            }
            double[] v = [0];
            switch (char.ToUpperInvariant(command))
            {
                case 'Z':
                    segments.Add(new PathSegment(SegmentKind.Close));
                    (x, y) = (startX, startY);
                    break;
                case 'M':
                    if (!Numbers(2, out v)) { break; }
                    (x, y) = (ox + v[0], oy + v[1]);
                    (startX, startY) = (x, y);
                    segments.Add(new PathSegment(SegmentKind.MoveTo, x, y));
                    command = relative ? 'l' : 'L';
                    previous = 'M';
                    continue;
                case 'L':
                    if (!Numbers(2, out v)) { break; }
                    (x, y) = (ox + v[0], oy + v[1]);
                    segments.Add(new PathSegment(SegmentKind.LineTo, x, y));
                    break;
                case 'H':
                    if (!Numbers(1, out v)) { break; }
                    x = ox + v[0];
                    segments.Add(new PathSegment(SegmentKind.LineTo, x, y));
                    break;
                case 'V':
                    if (!Numbers(1, out v)) { break; }
                    y = (relative ? y : 0) + v[0];
                    segments.Add(new PathSegment(SegmentKind.LineTo, x, y));
                    break;
                case 'C':
                    if (!Numbers(6, out v)) { break; }
                    segments.Add(new PathSegment(SegmentKind.CubicTo, ox + v[0], oy + v[1], ox + v[2], oy + v[3], ox + v[4], oy + v[5]));
                    (lastControlX, lastControlY) = (ox + v[2], oy + v[3]);
                    (x, y) = (ox + v[4], oy + v[5]);
                    break;
                case 'S':
                {
                    if (!Numbers(4, out v)) { break; }
                    var (cx, cy) = previous is 'C' or 'S' ? (2 * x - lastControlX, 2 * y - lastControlY) : (x, y);
                    segments.Add(new PathSegment(SegmentKind.CubicTo, cx, cy, ox + v[0], oy + v[1], ox + v[2], oy + v[3]));
                    (lastControlX, lastControlY) = (ox + v[0], oy + v[1]);
                    (x, y) = (ox + v[2], oy + v[3]);
                    break;
                }
                case 'Q':
                    if (!Numbers(4, out v)) { break; }
                    AddQuadratic(segments, x, y, ox + v[0], oy + v[1], ox + v[2], oy + v[3]);
                    (lastControlX, lastControlY) = (ox + v[0], oy + v[1]);
                    (x, y) = (ox + v[2], oy + v[3]);
                    break;
                case 'T':
                {
                    if (!Numbers(2, out v)) { break; }
                    var (cx, cy) = previous is 'Q' or 'T' ? (2 * x - lastControlX, 2 * y - lastControlY) : (x, y);
                    AddQuadratic(segments, x, y, cx, cy, ox + v[0], oy + v[1]);
                    (lastControlX, lastControlY) = (cx, cy);
                    (x, y) = (ox + v[0], oy + v[1]);
                    break;
                }
                case 'A':
                    if (!Numbers(3, out v) || reader.Flag() is not { } large || reader.Flag() is not { } sweep || !Numbers(2, out var end)) { v = []; break; }
                    AddArc(segments, x, y, v[0], v[1], v[2], large, sweep, ox + end[0], oy + end[1]);
                    (x, y) = (ox + end[0], oy + end[1]);
                    break;
            }
            if (v.Length == 0)
            {
                error = $"path command '{command}' lacks its numbers near character {reader.Position + 1}";
                return null;
            }
            previous = char.ToUpperInvariant(command);
            if (segments.Count > 1_000_000)
            {
                error = "a path has more than a million segments";
                return null;
            }
        }
    }

    private static void AddQuadratic(List<PathSegment> segments, double x0, double y0, double qx, double qy, double x, double y) =>
        segments.Add(new PathSegment(SegmentKind.CubicTo,
            x0 + 2.0 / 3 * (qx - x0), y0 + 2.0 / 3 * (qy - y0),
            x + 2.0 / 3 * (qx - x), y + 2.0 / 3 * (qy - y), x, y));

    /// <summary>An elliptical arc (SVG implementation notes, F.6.5) as cubics of at most 90° each.</summary>
    private static void AddArc(List<PathSegment> segments, double x1, double y1, double rx, double ry, double angle, bool large, bool sweep, double x2, double y2)
    {
        rx = Math.Abs(rx);
        ry = Math.Abs(ry);
        if (rx == 0 || ry == 0 || (x1 == x2 && y1 == y2))
        {
            segments.Add(new PathSegment(SegmentKind.LineTo, x2, y2));
            return;
        }
        var phi = angle * Math.PI / 180;
        var (sin, cos) = (Math.Sin(phi), Math.Cos(phi));
        var dx = (x1 - x2) / 2;
        var dy = (y1 - y2) / 2;
        var x1p = cos * dx + sin * dy;
        var y1p = -sin * dx + cos * dy;
        var lambda = x1p * x1p / (rx * rx) + y1p * y1p / (ry * ry);
        if (lambda > 1)
        {
            rx *= Math.Sqrt(lambda);
            ry *= Math.Sqrt(lambda);
        }
        var numerator = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
        var denominator = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
        var factor = Math.Sqrt(Math.Max(0, numerator / denominator)) * (large == sweep ? -1 : 1);
        var cxp = factor * rx * y1p / ry;
        var cyp = -factor * ry * x1p / rx;
        var cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
        var cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
        var theta1 = Math.Atan2((y1p - cyp) / ry, (x1p - cxp) / rx);
        var delta = Math.Atan2((-y1p - cyp) / ry, (-x1p - cxp) / rx) - theta1;
        if (sweep && delta < 0)
        {
            delta += 2 * Math.PI;
        }
        else if (!sweep && delta > 0)
        {
            delta -= 2 * Math.PI;
        }
        var pieces = (int)Math.Ceiling(Math.Abs(delta) / (Math.PI / 2) - 1e-9);
        var step = delta / pieces;
        var k = 4.0 / 3 * Math.Tan(step / 4);
        (double X, double Y) Point(double t) => (cx + rx * Math.Cos(t) * cos - ry * Math.Sin(t) * sin, cy + rx * Math.Cos(t) * sin + ry * Math.Sin(t) * cos);
        (double X, double Y) Derivative(double t) => (-rx * Math.Sin(t) * cos - ry * Math.Cos(t) * sin, -rx * Math.Sin(t) * sin + ry * Math.Cos(t) * cos);
        var t0 = theta1;
        for (var i = 0; i < pieces; i++)
        {
            var t1 = t0 + step;
            var (p0, d0, p1, d1) = (Point(t0), Derivative(t0), Point(t1), Derivative(t1));
            var end = i == pieces - 1 ? (x2, y2) : p1;
            segments.Add(new PathSegment(SegmentKind.CubicTo, p0.X + k * d0.X, p0.Y + k * d0.Y, p1.X - k * d1.X, p1.Y - k * d1.Y, end.Item1, end.Item2));
            t0 = t1;
        }
    }

    /// <summary>Reads numbers and flags of path data and of number lists (points, dash arrays, transforms).</summary>
    internal sealed class NumberReader(string text)
    {
        private readonly string text = text;

        public int Position { get; private set; }

        public bool AtEnd => Position >= text.Length;

        public void SkipSeparators()
        {
            while (Position < text.Length && (char.IsWhiteSpace(text[Position]) || text[Position] == ','))
            {
                Position++;
            }
        }

        public char? PeekLetter() => Position < text.Length && char.IsAsciiLetter(text[Position]) && text[Position] is not ('e' or 'E') ? text[Position] : null;

        public void Advance() => Position++;

        public bool? Flag()
        {
            SkipSeparators();
            if (Position < text.Length && text[Position] is '0' or '1')
            {
                return text[Position++] == '1';
            }
            return null;
        }

        public double? Number()
        {
            SkipSeparators();
            var start = Position;
            if (Position < text.Length && text[Position] is '+' or '-')
            {
                Position++;
            }
            var digits = false;
            var dot = false;
            while (Position < text.Length && (char.IsAsciiDigit(text[Position]) || (text[Position] == '.' && !dot)))
            {
                dot |= text[Position] == '.';
                digits |= text[Position] != '.';
                Position++;
            }
            if (digits && Position < text.Length && text[Position] is 'e' or 'E')
            {
                var mark = Position++;
                if (Position < text.Length && text[Position] is '+' or '-')
                {
                    Position++;
                }
                var exponent = false;
                while (Position < text.Length && char.IsAsciiDigit(text[Position]))
                {
                    exponent = true;
                    Position++;
                }
                if (!exponent)
                {
                    Position = mark;
                }
            }
            if (!digits)
            {
                Position = start;
                return null;
            }
            var value = double.Parse(text.AsSpan(start, Position - start), NumberStyles.Float, CultureInfo.InvariantCulture);
            return double.IsFinite(value) ? value : null;
        }
    }
}
