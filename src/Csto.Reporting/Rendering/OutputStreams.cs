namespace Csto.Reporting.Rendering;

/// <summary>The checks every renderer makes of the stream it is given, before any work is done.</summary>
internal static class OutputStreams
{
    /// <summary>
    /// Checks that <paramref name="output"/> can be written to. A stream that can neither be read, written nor
    /// sought has been closed (the rule <see cref="Stream.CopyTo(Stream)"/> applies too) and is reported as such.
    /// </summary>
    /// <param name="output">The stream a renderer is to write to.</param>
    /// <param name="parameterName">The caller's name of the parameter.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="output"/> has been closed or disposed.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is open but read-only.</exception>
    public static void ThrowIfNotWritable(Stream output, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(output, parameterName);
        if (output.CanWrite)
        {
            return;
        }
        if (!output.CanRead && !output.CanSeek)
        {
            throw new ObjectDisposedException(output.GetType().Name, $"The output stream ({parameterName}) has been closed or disposed.");
        }
        throw new ArgumentException("The output stream must be writable.", parameterName);
    }
}
