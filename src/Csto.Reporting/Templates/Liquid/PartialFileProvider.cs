using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Csto.Reporting.Templates.Liquid;

/// <summary>
/// Serves the catalog's partials to <c>{% include 'name' %}</c>: <c>name.liquid</c> is the partial
/// <c>_name.liquid</c>. Nothing is read from disk at render time; a path (<c>../../etc/passwd</c>, <c>/etc/passwd</c>)
/// is a sandbox refusal at the tag's position.
/// </summary>
internal sealed class PartialFileProvider(TemplateCatalog catalog) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath)
    {
        if (IsPath(subpath))
        {
            throw new TemplateRuntimeException(TemplateRuntimeException.TokenKind.Quoted, subpath,
                $"'{subpath}' is outside the sandbox: include and render name a partial of the templates, such as 'signatures', never a path.");
        }
        return catalog.Partials.TryGetValue(NameOf(subpath), out var partial)
            ? new PartialFile(partial)
            : new NotFoundFileInfo(subpath);
    }

    /// <summary>Whether what an include names is a path (<c>../x</c>, <c>/etc/passwd</c>, <c>sub/x</c>), which the sandbox refuses.</summary>
    public static bool IsPath(string subpath)
    {
        var name = subpath.TrimStart('/');
        return name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal)
            || name.Contains("..", StringComparison.Ordinal);
    }

    /// <summary>The partial's include name for what an include names: <c>signatures</c> for <c>signatures.liquid</c>.</summary>
    public static string NameOf(string subpath)
    {
        var name = subpath.TrimStart('/');
        return name.EndsWith(".liquid", StringComparison.Ordinal) ? name[..^".liquid".Length] : name;
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class PartialFile(TemplatePartial partial) : IFileInfo
    {
        private readonly byte[] bytes = Encoding.UTF8.GetBytes(partial.Text);

        public bool Exists => true;

        public long Length => bytes.Length;

        public string? PhysicalPath => null;

        public string Name => partial.FileName + ".liquid";

        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(bytes, writable: false);
    }
}
