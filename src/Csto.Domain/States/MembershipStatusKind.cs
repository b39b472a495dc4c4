namespace Csto.Domain.States;

/// <summary>What a state's relation to the Treaty and the Organization is from a given date.</summary>
public enum MembershipStatusKind
{
    /// <summary>A member (a party to the Collective Security Treaty, and since 2002 a member of the Organization).</summary>
    Member,

    /// <summary>Still a member, but the state has frozen its participation (Armenia from 23 Feb 2024).</summary>
    ParticipationFrozen,

    /// <summary>Membership suspended by a decision of the Collective Security Council (Uzbekistan from 19 Dec 2012).</summary>
    Suspended,

    /// <summary>
    /// No longer a party. Azerbaijan, Georgia and Uzbekistan did not sign the 1999 extension protocol; the catalog
    /// dates their withdrawal 20 Apr 1999 because the Treaty entered into force on 20 Apr 1994 for five years, so
    /// for a state that did not extend it, it lapsed at the end of that first term (the notes of the catalog's states.json).
    /// </summary>
    Withdrawn,
}
