using Csto.Domain.Naming;

namespace Csto.Domain.Events;

/// <summary>
/// A named exercise or operation held year after year: «Взаимодействие» (the joint exercise with the Collective
/// Rapid Reaction Forces), «Нерушимое братство», «Рубеж», «Поиск», «Эшелон», «Кобальт»; the operations «Канал»
/// (in named stages), «Нелегал», «ПРОКСИ». An event of type exercise or operation refers to one by
/// <see cref="Event.ActivityId"/>; the year's edition («Взаимодействие-2025») is the event's title.
/// </summary>
public sealed record NamedActivity
{
    /// <summary>Creates a named activity.</summary>
    /// <param name="id">The id, such as <c>interaction</c> or <c>kanal</c>.</param>
    /// <param name="kind">An exercise or an operation.</param>
    /// <param name="name">The name as written inside «ёлочки», in Russian and English.</param>
    /// <param name="description">What it is, in every case: «совместное учение с Коллективными силами оперативного реагирования ОДКБ».</param>
    /// <param name="forceId">The collective force that takes part, when the sources say.</param>
    /// <param name="stages">The named stages the sources give (operations only).</param>
    /// <param name="source">Where the facts come from.</param>
    /// <exception cref="ArgumentException">An exercise has stages, or stage names repeat.</exception>
    public NamedActivity(string id, ActivityKind kind, BilingualText name, Name description, string? forceId = null, IReadOnlyList<ActivityStage>? stages = null, string? source = null)
    {
        Id = Guard.Id(id, nameof(id), "The activity id");
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown activity kind.");
        }
        Kind = kind;
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Description = description ?? throw new ArgumentNullException(nameof(description));
        ForceId = Guard.OptionalId(forceId, nameof(forceId), "The force id of an activity");
        Stages = Guard.List(stages, nameof(stages));
        if (kind == ActivityKind.Exercise && Stages.Count > 0)
        {
            throw new ArgumentException($"Only an operation has stages; \"{id}\" is an exercise.", nameof(stages));
        }
        if (Stages.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new ArgumentException($"The stage «{repeated.Key}» of \"{id}\" is listed twice.", nameof(stages));
        }
        Source = Guard.NullOrNotEmpty(source, nameof(source), "The source");
    }

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>An exercise or an operation.</summary>
    public ActivityKind Kind { get; }

    /// <summary>The name without quotes («Взаимодействие»), with its English rendering.</summary>
    public BilingualText Name { get; }

    /// <summary>What it is, in every case.</summary>
    public Name Description { get; }

    /// <summary>The collective force that takes part, or null.</summary>
    public string? ForceId { get; }

    /// <summary>The named stages (operations only).</summary>
    public IReadOnlyList<ActivityStage> Stages { get; }

    /// <summary>Where the facts come from.</summary>
    public string? Source { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} «{Name.Russian}»";
}
