namespace Csto.Reporting.Documents;

/// <summary>
/// A hyperlink. <see cref="Target"/> is an absolute URI (<c>https://…</c>, <c>mailto:…</c>) or, starting with
/// <c>#</c>, the <see cref="Heading.Anchor"/> of a heading in the same document.
/// </summary>
/// <param name="Target">The URI or <c>#anchor</c>.</param>
/// <param name="Content">The visible text.</param>
public sealed record Link(string Target, IReadOnlyList<Inline> Content) : Inline
{
    private readonly string target = Check(Target);

    /// <summary>The URI or <c>#anchor</c>.</summary>
    public string Target { get => target; init => target = Check(value); }

    /// <summary>True when the link points at a heading of the same document.</summary>
    public bool IsInternal => Target.StartsWith('#');

    private static string Check(string target, string parameterName = nameof(Target)) => string.IsNullOrWhiteSpace(target)
        ? throw new ArgumentException("A link needs a target.", parameterName)
        : target;
}
