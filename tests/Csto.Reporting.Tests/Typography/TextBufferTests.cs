using Csto.Reporting.Typography;

namespace Csto.Reporting.Tests.Typography;

/// <summary>The typographer's reusable text buffer: edits cost the text they touch, not the longest text the buffer ever held.</summary>
public sealed class TextBufferTests
{
    [Fact]
    public void Edits_of_a_short_text_after_a_long_one_allocate_for_the_short_text()
    {
        var buffer = new TextBuffer();
        buffer.Append(new string('а', 200_000) + " 12345", 0, false);
        buffer.Add(new TextEdit(200_004, 0, "\u202F"));
        buffer.ApplyEdits();
        buffer.Clear();

        buffer.Append("Сноска 12345.", 0, false);
        buffer.Add(new TextEdit(9, 0, "\u202F"));
        var before = GC.GetAllocatedBytesForCurrentThread();
        buffer.ApplyEdits();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        buffer.Text.Should().Be("Сноска 12\u202F345.");
        allocated.Should().BeLessThan(4_096, "three arrays the size of the 14 characters, not of the 200 000 the buffer held before");
    }
}
