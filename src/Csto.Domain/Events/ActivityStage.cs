using NodaTime;

namespace Csto.Domain.Events;

/// <summary>A named stage of an operation, such as «Канал – Западная Двина» (22–26 September 2025).</summary>
public sealed record ActivityStage
{
    /// <summary>Creates a stage.</summary>
    /// <param name="name">The stage's name as the sources write it, without quotes: «Канал – Западная Двина».</param>
    /// <param name="start">The first day, when sourced.</param>
    /// <param name="end">The last day, when sourced.</param>
    /// <param name="source">Where the facts come from.</param>
    /// <param name="englishName">The stage's name in English («Channel – Western Dvina»; the source says whether it is the CSTO's published form or our translation), so that English outputs carry no Cyrillic; null when there is none.</param>
    /// <exception cref="ArgumentException">The name is empty, the end comes without a start or before it.</exception>
    public ActivityStage(string name, LocalDate? start = null, LocalDate? end = null, string? source = null, string? englishName = null)
    {
        Name = Guard.NotEmpty(name, nameof(name), "The name of a stage");
        if (end is not null && start is null)
        {
            throw new ArgumentException("The end of a stage needs its start.", nameof(end));
        }
        if (end is { } e && e < start!.Value)
        {
            throw new ArgumentException($"The end of a stage ({DateText.Iso(e)}) must not be earlier than its start ({DateText.Iso(start.Value)}).", nameof(end));
        }
        Start = start;
        End = end;
        Source = Guard.NullOrNotEmpty(source, nameof(source), "The source");
        EnglishName = Guard.NullOrNotEmpty(englishName, nameof(englishName), "The English name of a stage");
    }

    /// <summary>The stage's name.</summary>
    public string Name { get; }

    /// <summary>The stage's name in English, or null.</summary>
    public string? EnglishName { get; }

    /// <summary>The first day, or null.</summary>
    public LocalDate? Start { get; }

    /// <summary>The last day, or null.</summary>
    public LocalDate? End { get; }

    /// <summary>Where the facts come from.</summary>
    public string? Source { get; }
}
