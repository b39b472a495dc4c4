namespace Csto.Domain.Events;

/// <summary>Whether a named activity is an exercise or an operation; JSON <c>exercise</c>, <c>operation</c>.</summary>
public enum ActivityKind
{
    /// <summary>An exercise (учение) of the Collective Forces or of the competent authorities: «Взаимодействие», «Рубеж».</summary>
    Exercise,

    /// <summary>A standing operation of the competent authorities, held in stages: «Канал», «Нелегал», «ПРОКСИ».</summary>
    Operation,
}
