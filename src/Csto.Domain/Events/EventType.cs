namespace Csto.Domain.Events;

/// <summary>What kind of event an <see cref="Event"/> is; the JSON <c>type</c> values are camelCase.</summary>
public enum EventType
{
    /// <summary>A numbered session (заседание) of one body: «42-е заседание Рабочей группы по Афганистану».</summary>
    Session,

    /// <summary>A joint meeting (совместное заседание) of several bodies, such as the CFM, CDM and CSSC before a summit.</summary>
    JointMeeting,

    /// <summary>A conference.</summary>
    Conference,

    /// <summary>A seminar (including a coaching session).</summary>
    Seminar,

    /// <summary>A press conference.</summary>
    PressConference,

    /// <summary>A session of the Collective Security Council with the heads of state.</summary>
    SummitSession,
}
