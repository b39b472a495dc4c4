using Csto.Domain.Naming;

namespace Csto.Domain.Bodies;

/// <summary>
/// A body of the Organization: a statutory body, the Parliamentary Assembly or a subsidiary body attached to
/// a parent, with its composition and chairing rule as data.
/// </summary>
/// <example>
/// <code>
/// var wg = CstoCatalog.Default.GetBody("wg-afghanistan");
/// wg.ParentId                           // "cfm"
/// wg.Name[GrammaticalCase.Genitive]     // "Рабочей группы по Афганистану при СМИД ОДКБ"
/// </code>
/// </example>
public sealed record Body
{
    /// <summary>Creates a body.</summary>
    /// <param name="id">The id, such as <c>csc</c> or <c>wg-afghanistan</c>.</param>
    /// <param name="kind">Where the body stands in the structure.</param>
    /// <param name="name">The name with abbreviations (СКБ / CSC).</param>
    /// <param name="parentId">The parent body's id; required for a subsidiary body, not allowed otherwise.</param>
    /// <param name="established">When the body was created, when the sources say.</param>
    /// <param name="composition">Who the body is composed of.</param>
    /// <param name="chairingRule">Who chairs or heads it.</param>
    /// <param name="charterStatusUnverified">True when it is not confirmed that the Charter lists the body as such.</param>
    /// <param name="numberedMeetings">True when the body numbers its meetings («42-е заседание»); the CFM, CDM and Permanent Council do not.</param>
    /// <param name="source">Where the facts come from.</param>
    /// <exception cref="ArgumentException">A subsidiary body has no parent, or another kind has one.</exception>
    public Body(
        string id,
        BodyKind kind,
        Name name,
        string? parentId = null,
        PartialDate? established = null,
        BilingualText? composition = null,
        BilingualText? chairingRule = null,
        bool charterStatusUnverified = false,
        bool numberedMeetings = false,
        string? source = null)
    {
        Id = Guard.Id(id, nameof(id), "The body id");
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown body kind.");
        }
        Kind = kind;
        Name = name ?? throw new ArgumentNullException(nameof(name));
        ParentId = Guard.OptionalId(parentId, nameof(parentId), "The parent body id");
        if (kind == BodyKind.Subsidiary && parentId is null)
        {
            throw new ArgumentException($"The subsidiary body \"{id}\" needs a parent body id.", nameof(parentId));
        }
        if (kind != BodyKind.Subsidiary && parentId is not null)
        {
            throw new ArgumentException($"Only a subsidiary body has a parent; \"{id}\" is {kind}.", nameof(parentId));
        }
        Established = established;
        Composition = composition;
        ChairingRule = chairingRule;
        CharterStatusUnverified = charterStatusUnverified;
        NumberedMeetings = numberedMeetings;
        Source = Guard.NullOrNotEmpty(source, nameof(source), "The source");
    }

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>Where the body stands in the structure.</summary>
    public BodyKind Kind { get; }

    /// <summary>The name with abbreviations.</summary>
    public Name Name { get; }

    /// <summary>The parent body's id for a subsidiary body, otherwise null.</summary>
    public string? ParentId { get; }

    /// <summary>When the body was created, or null when the sources do not say.</summary>
    public PartialDate? Established { get; }

    /// <summary>Who the body is composed of, or null.</summary>
    public BilingualText? Composition { get; }

    /// <summary>Who chairs or heads it, or null.</summary>
    public BilingualText? ChairingRule { get; }

    /// <summary>True when it is not confirmed that the Charter lists the body (the Parliamentary Assembly).</summary>
    public bool CharterStatusUnverified { get; }

    /// <summary>True when the body numbers its meetings, so that a session of it needs its number.</summary>
    public bool NumberedMeetings { get; }

    /// <summary>Where the facts come from.</summary>
    public string? Source { get; }

    /// <summary>The Russian form in a case.</summary>
    public string this[GrammaticalCase grammaticalCase] => Name[grammaticalCase];

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Name.English}";
}
