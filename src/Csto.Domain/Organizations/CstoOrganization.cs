using Csto.Domain.Naming;
using Csto.Domain.Places;
using NodaTime;

namespace Csto.Domain.Organizations;

/// <summary>
/// The Organization itself (ОДКБ / CSTO) and its founding facts: the Collective Security Treaty of
/// 15 May 1992 (Tashkent), the Charter of 7 Oct 2002 (Chișinău) in force from 18 Sep 2003, UN General Assembly
/// observer status from 2 Dec 2004.
/// </summary>
/// <example>
/// <code>
/// var csto = CstoCatalog.Default.Organization;
/// csto.Name[GrammaticalCase.Genitive] // "Организации Договора о коллективной безопасности"
/// csto.CharterSigned                  // 2002-10-07
/// </code>
/// </example>
public sealed record CstoOrganization
{
    /// <summary>Creates the organisation record; every date is required and the order of events is checked.</summary>
    /// <exception cref="ArgumentException">A date is out of order (the Charter in force before it was signed, and the like).</exception>
    public CstoOrganization(
        Name name,
        Name treatyName,
        LocalDate treatySigned,
        City treatySignedIn,
        LocalDate treatyInForce,
        LocalDate organizationDecided,
        LocalDate charterSigned,
        City charterSignedIn,
        LocalDate charterInForce,
        LocalDate unGeneralAssemblyObserverSince,
        string? source = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        TreatyName = treatyName ?? throw new ArgumentNullException(nameof(treatyName));
        TreatySignedIn = treatySignedIn ?? throw new ArgumentNullException(nameof(treatySignedIn));
        CharterSignedIn = charterSignedIn ?? throw new ArgumentNullException(nameof(charterSignedIn));
        RequireOrder(treatySigned, treatyInForce, nameof(treatyInForce), "The Treaty's entry into force");
        RequireOrder(organizationDecided, charterSigned, nameof(charterSigned), "The Charter's signature");
        RequireOrder(charterSigned, charterInForce, nameof(charterInForce), "The Charter's entry into force");
        TreatySigned = treatySigned;
        TreatyInForce = treatyInForce;
        OrganizationDecided = organizationDecided;
        CharterSigned = charterSigned;
        CharterInForce = charterInForce;
        UnGeneralAssemblyObserverSince = unGeneralAssemblyObserverSince;
        Source = Guard.NullOrNotEmpty(source, nameof(source), "The source");
    }

    /// <summary>«Организация Договора о коллективной безопасности» (ОДКБ) / Collective Security Treaty Organization (CSTO).</summary>
    public Name Name { get; }

    /// <summary>«Договор о коллективной безопасности» (ДКБ) / Collective Security Treaty.</summary>
    public Name TreatyName { get; }

    /// <summary>The day the Treaty was signed (15 May 1992).</summary>
    public LocalDate TreatySigned { get; }

    /// <summary>Where the Treaty was signed (Tashkent).</summary>
    public City TreatySignedIn { get; }

    /// <summary>The day the Treaty entered into force (20 Apr 1994), for five years.</summary>
    public LocalDate TreatyInForce { get; }

    /// <summary>The day the CSC decided to make the Treaty an organisation (14 May 2002).</summary>
    public LocalDate OrganizationDecided { get; }

    /// <summary>The day the Charter was signed (7 Oct 2002).</summary>
    public LocalDate CharterSigned { get; }

    /// <summary>Where the Charter was signed (Chișinău).</summary>
    public City CharterSignedIn { get; }

    /// <summary>The day the Charter entered into force (18 Sep 2003).</summary>
    public LocalDate CharterInForce { get; }

    /// <summary>Observer at the UN General Assembly since (2 Dec 2004).</summary>
    public LocalDate UnGeneralAssemblyObserverSince { get; }

    /// <summary>Where the facts come from.</summary>
    public string? Source { get; }

    private static void RequireOrder(LocalDate earlier, LocalDate later, string parameter, string what)
    {
        if (later < earlier)
        {
            throw new ArgumentException($"{what} ({DateText.Iso(later)}) must not be earlier than {DateText.Iso(earlier)}.", parameter);
        }
    }
}
