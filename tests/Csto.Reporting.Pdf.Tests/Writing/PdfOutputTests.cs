using System.Text;
using Csto.Reporting.Pdf.Writing.Syntax;

namespace Csto.Reporting.Pdf.Tests.Writing;

public class PdfOutputTests
{
    private static string Written(Action<PdfOutput> write)
    {
        var output = new PdfOutput();
        write(output);
        return Encoding.Latin1.GetString(output.Written);
    }

    [Theory]
    [InlineData(12.5, 3, "12.5")]
    [InlineData(-0.03, 2, "-0.03")]
    [InlineData(-0.004, 2, "0")]
    [InlineData(7, 3, "7")]
    [InlineData(0.1 + 0.2, 3, "0.3")]
    [InlineData(595.2756, 2, "595.28")]
    [InlineData(1e-12, 5, "0")]
    [InlineData(123456.789, 1, "123456.8")]
    public void Reals_are_invariant_rounded_and_never_exponential(double value, int decimals, string expected) =>
        Written(o => o.Real(value, decimals)).Should().Be(expected);

    [Fact]
    public void Tokens_are_separated_only_where_needed()
    {
        Written(o => o.Raw("[").Integer(1).Integer(2).Name("XYZ").Real(0.5).Operator("null").Raw("]"))
            .Should().Be("[1 2/XYZ 0.5 null]");
    }

    [Fact]
    public void Names_escape_delimiters_white_space_and_non_ascii_as_utf8()
    {
        Written(o => o.Name("A B#(C)")).Should().Be("/A#20B#23#28C#29");
        Written(o => o.Name("Д")).Should().Be("/#D0#94");
    }

    [Fact]
    public void Strings_escape_parentheses_backslashes_and_control_bytes()
    {
        Written(o => o.LiteralString("a(b)\\c\n"u8)).Should().Be("(a\\(b\\)\\\\c\\012)");
    }

    [Fact]
    public void Text_strings_are_ascii_literals_or_utf16_with_a_byte_order_mark()
    {
        Written(o => o.TextString("Title (1)")).Should().Be("(Title \\(1\\))");
        Written(o => o.TextString("ОДКБ")).Should().Be("<FEFF041E0414041A0411>");
        PdfOutput.TextStringBytes("ОДКБ").Should().Equal(0xFE, 0xFF, 0x04, 0x1E, 0x04, 0x14, 0x04, 0x1A, 0x04, 0x11);
    }

    [Fact]
    public void Non_finite_numbers_are_refused()
    {
        var act = () => new PdfOutput().Real(double.NaN);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
