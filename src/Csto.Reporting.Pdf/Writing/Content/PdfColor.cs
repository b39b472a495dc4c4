namespace Csto.Reporting.Pdf.Writing.Content;

/// <summary>An opaque DeviceRGB colour, each component 0–255 (the sRGB output intent gives it its meaning).</summary>
/// <param name="Red">Red, 0–255.</param>
/// <param name="Green">Green, 0–255.</param>
/// <param name="Blue">Blue, 0–255.</param>
internal readonly record struct PdfColor(byte Red, byte Green, byte Blue)
{
    /// <summary>Black.</summary>
    public static PdfColor Black { get; } = new(0, 0, 0);
}
