using Csto.Domain.Naming;

namespace Csto.Domain.Documents;

/// <summary>A signature line by office and state («Президент Кыргызской Республики»), with the person when the sources name them.</summary>
public sealed record Signatory
{
    /// <summary>Creates a signatory.</summary>
    /// <param name="office">The office in every case.</param>
    /// <param name="stateId">The state's ISO alpha-2 code.</param>
    /// <param name="personId">The signer's catalog id, when sourced; null otherwise.</param>
    public Signatory(Name office, string stateId, string? personId = null)
    {
        Office = office ?? throw new ArgumentNullException(nameof(office));
        StateId = Guard.Id(stateId, nameof(stateId), "The state id of a signatory");
        PersonId = Guard.OptionalId(personId, nameof(personId), "The person id of a signatory");
    }

    /// <summary>The office.</summary>
    public Name Office { get; }

    /// <summary>The state's ISO alpha-2 code.</summary>
    public string StateId { get; }

    /// <summary>The signer's catalog id, or null.</summary>
    public string? PersonId { get; }
}
