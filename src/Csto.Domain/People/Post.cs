using Csto.Domain.Naming;

namespace Csto.Domain.People;

/// <summary>A position that exists independently of who holds it (Popolo's Post), such as the Secretary General.</summary>
/// <example>
/// <code>
/// var post = CstoCatalog.Default.GetPost("secretary-general");
/// post.Name[GrammaticalCase.Instrumental] // "Генеральным секретарём ОДКБ"
/// </code>
/// </example>
public sealed record Post
{
    /// <summary>Creates a post.</summary>
    /// <param name="id">The id, such as <c>secretary-general</c>.</param>
    /// <param name="name">The title of the post in every case, written as inside a sentence.</param>
    /// <param name="bodyId">The body the post belongs to, or null.</param>
    /// <param name="source">Where the facts come from.</param>
    public Post(string id, Name name, string? bodyId = null, string? source = null)
    {
        Id = Guard.Id(id, nameof(id), "The post id");
        Name = name ?? throw new ArgumentNullException(nameof(name));
        BodyId = Guard.OptionalId(bodyId, nameof(bodyId), "The body id of a post");
        Source = Guard.NullOrNotEmpty(source, nameof(source), "The source");
    }

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>The title of the post in every case.</summary>
    public Name Name { get; }

    /// <summary>The body the post belongs to, or null.</summary>
    public string? BodyId { get; }

    /// <summary>Where the facts come from.</summary>
    public string? Source { get; }

    /// <inheritdoc/>
    public override string ToString() => Name.ToString();
}
