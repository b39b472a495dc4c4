using Csto.Reporting.Pdf.Writing.Syntax;

namespace Csto.Reporting.Pdf.Writing.Document;

/// <summary>
/// The sRGB output intent PDF/A requires when device colours are used (ISO 19005-2 §6.2.3): a <c>GTS_PDFA1</c>
/// output intent whose destination profile is the bundled ICC v2 sRGB profile (icc-profiles-free, zlib licence,
/// <c>Resources/ColorProfiles</c>).
/// </summary>
internal static class PdfOutputIntent
{
    private static readonly Lazy<byte[]> Profile = new(() =>
    {
        using var stream = typeof(PdfOutputIntent).Assembly.GetManifestResourceStream("Csto.Reporting.Pdf.ColorProfiles.sRGB.icc")
            ?? throw new InvalidOperationException("The bundled sRGB profile is missing from the assembly.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    });

    /// <summary>The bundled ICC profile's bytes.</summary>
    public static ReadOnlySpan<byte> SrgbProfile => Profile.Value;

    /// <summary>Writes the profile stream and returns the output intent array's object.</summary>
    public static PdfReference Write(PdfFileWriter writer)
    {
        var profile = writer.AddStream(SrgbProfile, output => output.Key("N").Integer(3));
        return writer.Add(output => output.Raw("[<<").Key("Type").Name("OutputIntent").Key("S").Name("GTS_PDFA1")
            .Key("OutputConditionIdentifier").LiteralString("sRGB IEC61966-2.1"u8)
            .Key("RegistryName").LiteralString("http://www.color.org"u8)
            .Key("Info").LiteralString("sRGB IEC61966-2.1"u8)
            .Key("DestOutputProfile").Reference(profile).Raw(">>]"));
    }
}
