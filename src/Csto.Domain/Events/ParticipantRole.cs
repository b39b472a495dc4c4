using Csto.Domain.Naming;

namespace Csto.Domain.Events;

/// <summary>
/// A word of the catalog's vocabulary of participant roles — «представители», «сотрудники», «делегации»,
/// «руководители» — in every case with its English, which data files refer to by id (<c>roleId</c>) instead of
/// writing the six forms out.
/// </summary>
public sealed record ParticipantRole
{
    /// <summary>Creates a role.</summary>
    /// <param name="id">The id, such as <c>representatives</c>.</param>
    /// <param name="name">The role in every case, with its English.</param>
    /// <param name="source">Where the wording comes from.</param>
    public ParticipantRole(string id, Name name, string? source = null)
    {
        Id = Guard.Id(id, nameof(id), "The role id");
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Source = Guard.NullOrNotEmpty(source, nameof(source), "The source");
    }

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>The role in every case.</summary>
    public Name Name { get; }

    /// <summary>Where the wording comes from.</summary>
    public string? Source { get; }
}
