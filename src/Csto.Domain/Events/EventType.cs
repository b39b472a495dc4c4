namespace Csto.Domain.Events;

/// <summary>What kind of event an <see cref="Event"/> is; the JSON <c>type</c> values are camelCase.</summary>
public enum EventType
{
    /// <summary>
    /// A meeting (заседание) of one body: «42-е заседание Рабочей группы по Афганистану» when the body numbers its
    /// meetings, «заседание Совета министров иностранных дел ОДКБ» when it does not.
    /// </summary>
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

    /// <summary>An exercise (учение), one year's edition of a named exercise of the catalog: «Взаимодействие-2025».</summary>
    Exercise,

    /// <summary>An operation or a stage of one, of a named operation of the catalog: «Канал – Западная Двина».</summary>
    Operation,
}
