using System.Globalization;
using System.Text;

namespace Csto.Reporting.Documents.Printing;

/// <summary>Collects indented lines for <see cref="DocumentTreePrinter"/>.</summary>
internal sealed class TreeWriter
{
    private readonly StringBuilder text = new();

    public void Line(int depth, string content) =>
        text.Append(' ', depth * 2).Append(content).Append('\n');

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public override string ToString() => text.ToString();
}
