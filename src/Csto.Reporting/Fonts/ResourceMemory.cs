using System.Buffers;

namespace Csto.Reporting.Fonts;

/// <summary>
/// The bytes of an embedded resource where the runtime mapped them, read in place: a font of the assembly is used
/// without copying its 0.3–0.5 MB (each copy a fresh allocation the process zeroes and faults in page by page). The
/// memory belongs to the loaded assembly, which lives as long as the code that reads it (these fonts are cached in
/// statics of the same assembly), so it is never freed and pinning it costs nothing.
/// </summary>
internal sealed unsafe class ResourceMemory : MemoryManager<byte>
{
    private readonly byte* start;
    private readonly int length;

    private ResourceMemory(byte* start, int length)
    {
        this.start = start;
        this.length = length;
    }

    /// <summary>
    /// The resource's bytes: in place when the runtime serves it from the mapped assembly (an
    /// <see cref="UnmanagedMemoryStream"/>), otherwise a copy.
    /// </summary>
    /// <param name="stream">The stream of the resource; it is disposed.</param>
    public static ReadOnlyMemory<byte> Of(Stream stream)
    {
        using (stream)
        {
            if (stream is UnmanagedMemoryStream mapped && mapped.Length <= int.MaxValue)
            {
                return new ResourceMemory(mapped.PositionPointer, (int)mapped.Length).Memory;
            }
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
    }

    /// <inheritdoc />
    public override Span<byte> GetSpan() => new(start, length);

    /// <inheritdoc />
    public override MemoryHandle Pin(int elementIndex = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(elementIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(elementIndex, length);
        // The handle holds this manager, so whatever keeps a pin keeps the assembly's memory alive with it.
        return new MemoryHandle(start + elementIndex, default, this);
    }

    /// <inheritdoc />
    public override void Unpin()
    {
        // Nothing is pinned: the memory is not the garbage collector's.
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        // Nothing to free: the memory is the assembly's.
    }
}
