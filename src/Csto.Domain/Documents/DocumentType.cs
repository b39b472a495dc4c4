namespace Csto.Domain.Documents;

/// <summary>What kind of document an outcome is; JSON camelCase (<c>jointStatement</c>).</summary>
public enum DocumentType
{
    /// <summary>A declaration (Декларация).</summary>
    Declaration,

    /// <summary>A statement of a body (Заявление).</summary>
    Statement,

    /// <summary>A joint statement of ministers (Совместное заявление министров иностранных дел…).</summary>
    JointStatement,

    /// <summary>A decision (Решение).</summary>
    Decision,

    /// <summary>The minutes of a session (Протокол).</summary>
    Minutes,

    /// <summary>A plan, such as a plan of joint activities (План совместных мероприятий).</summary>
    Plan,

    /// <summary>A report, such as the Secretary General's report to the Council (Доклад).</summary>
    Report,

    /// <summary>A strategy or programme (Стратегия, Программа).</summary>
    Strategy,
}
