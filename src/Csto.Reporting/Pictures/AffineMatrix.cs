namespace Csto.Reporting.Pictures;

/// <summary>A 2-D affine transform as SVG and PDF write it: x' = A·x + C·y + E, y' = B·x + D·y + F.</summary>
internal readonly record struct AffineMatrix(double A, double B, double C, double D, double E, double F)
{
    /// <summary>The identity.</summary>
    public static AffineMatrix Identity { get; } = new(1, 0, 0, 1, 0, 0);

    /// <summary>A translation.</summary>
    public static AffineMatrix Translate(double x, double y) => new(1, 0, 0, 1, x, y);

    /// <summary>A scaling about the origin.</summary>
    public static AffineMatrix Scale(double x, double y) => new(x, 0, 0, y, 0, 0);

    /// <summary>A rotation by <paramref name="degrees"/> (clockwise on a y-down page, as SVG rotates).</summary>
    public static AffineMatrix Rotate(double degrees)
    {
        var r = degrees * Math.PI / 180;
        var (sin, cos) = (Math.Sin(r), Math.Cos(r));
        return new(cos, sin, -sin, cos, 0, 0);
    }

    /// <summary>This transform followed by <paramref name="outer"/>: the result maps a point through this one first.</summary>
    public AffineMatrix Then(AffineMatrix outer) => new(
        outer.A * A + outer.C * B,
        outer.B * A + outer.D * B,
        outer.A * C + outer.C * D,
        outer.B * C + outer.D * D,
        outer.A * E + outer.C * F + outer.E,
        outer.B * E + outer.D * F + outer.F);

    /// <summary>Maps a point.</summary>
    public (double X, double Y) Map(double x, double y) => (A * x + C * y + E, B * x + D * y + F);

    /// <summary>The factor lengths are scaled by (the square root of the determinant's magnitude).</summary>
    public double LengthScale => Math.Sqrt(Math.Abs(A * D - B * C));

    /// <summary>Whether the transform keeps axes parallel and scales them alike (no rotation, skew or uneven scale).</summary>
    public bool IsUprightUniform => B == 0 && C == 0 && A > 0 && Math.Abs(A - D) <= 1e-9 * Math.Max(1, Math.Abs(A));

    /// <summary>Whether the transform keeps axes parallel (no rotation or skew).</summary>
    public bool IsAxisAligned => B == 0 && C == 0;
}
