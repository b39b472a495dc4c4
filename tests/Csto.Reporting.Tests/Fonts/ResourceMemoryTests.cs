using System.Reflection;
using Csto.Reporting.Fonts;

namespace Csto.Reporting.Tests.Fonts;

/// <summary>A bundled font is read where the runtime mapped the assembly, not copied into the managed heap.</summary>
public sealed class ResourceMemoryTests
{
    private const string Resource = "Csto.Reporting.Fonts.PTSans-Bold.ttf";

    [Fact]
    public void A_bundled_font_is_read_in_place_without_allocating_its_bytes()
    {
        var assembly = typeof(BundledFonts).Assembly;
        var copy = Copy(assembly);
        var stream = assembly.GetManifestResourceStream(Resource)!;

        var before = GC.GetAllocatedBytesForCurrentThread();
        var font = ResourceMemory.Of(stream);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        copy.Length.Should().BeGreaterThan(400_000, "PT Sans Bold is a whole font");
        allocated.Should().BeLessThan(copy.Length / 10, "the {0} bytes are read where they are, not copied", copy.Length);
        font.Span.SequenceEqual(copy).Should().BeTrue("the memory holds the resource's bytes");
    }

    private static byte[] Copy(Assembly assembly)
    {
        using var stream = assembly.GetManifestResourceStream(Resource)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
