namespace Csto.Domain.Bodies;

/// <summary>Where a body stands in the Organization's structure.</summary>
public enum BodyKind
{
    /// <summary>A statutory body of the Charter (CSC, CFM, CDM, CSSC, Permanent Council, Secretariat, Joint Staff).</summary>
    Statutory,

    /// <summary>The Parliamentary Assembly (whether the Charter lists it as a body is unverified).</summary>
    ParliamentaryAssembly,

    /// <summary>A working or auxiliary body attached to a parent body.</summary>
    Subsidiary,

    /// <summary>An auxiliary body of the Organization with no parent body: the coordination councils of the competent authorities, the Crisis Response Center.</summary>
    Auxiliary,
}
