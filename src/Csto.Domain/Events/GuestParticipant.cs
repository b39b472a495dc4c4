using Csto.Domain.Catalog;
using Csto.Domain.Naming;
using Csto.Domain.Validation;
using NodaTime;

namespace Csto.Domain.Events;

/// <summary>Invited guests described in free text, in every case: «специальный докладчик ООН», «студенты и аспиранты …».</summary>
public sealed record GuestParticipant : Participant
{
    /// <summary>Creates the participant.</summary>
    /// <param name="description">Who the guests are, in every case, with an English version.</param>
    public GuestParticipant(Name description)
        : base((Name?)null) => Description = description ?? throw new ArgumentNullException(nameof(description));

    /// <summary>Who the guests are.</summary>
    public Name Description { get; }

    internal override void Validate(ValidationScope scope, CstoCatalog catalog, LocalDate? date, string what)
    {
    }
}
