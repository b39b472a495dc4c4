namespace Csto.Reporting.Rendering;

/// <summary>A source file to embed in a rendered PDF (see <see cref="RenderOptions.EmbeddedSource"/>).</summary>
/// <param name="FileName">The file's name as readers show it, such as <c>declaration.json</c>; any Unicode text.</param>
/// <param name="MediaType">Its media type, such as <c>application/json</c>, <c>application/yaml</c> or <c>text/markdown</c>.</param>
/// <param name="Content">The file's bytes as read.</param>
public sealed record EmbeddedSource(string FileName, string MediaType, ReadOnlyMemory<byte> Content)
{
    /// <summary>The file's name.</summary>
    public string FileName { get; } = !string.IsNullOrWhiteSpace(FileName)
        ? FileName
        : throw new ArgumentException("An embedded source file needs a name.", nameof(FileName));

    /// <summary>The media type (<c>type/subtype</c>).</summary>
    public string MediaType { get; } = MediaType is not null && MediaType.Count(c => c == '/') == 1 && !MediaType.Any(char.IsWhiteSpace)
        ? MediaType
        : throw new ArgumentException($"'{MediaType}' is not a media type such as application/json.", nameof(MediaType));
}
