using Csto.Domain.Places;
using NodaTime;

namespace Csto.Domain.States;

/// <summary>
/// The chairmanship of a calendar year: the presiding state, whose head chairs the Collective Security Council
/// from 1 January to 31 December unless the Council decides otherwise (Charter art. 13; in practice Armenia from
/// January 2022, Russia from January 2026), and the regular session of the CSC that state hosts that year.
/// </summary>
/// <example>
/// <code>
/// var chair = CstoCatalog.Default.ChairOf(2025);
/// chair.StateId     // "KG"
/// chair.SessionDate // 2025-11-27
/// </code>
/// </example>
public sealed record Chairmanship
{
    /// <summary>Creates a chairmanship year.</summary>
    /// <param name="year">The year.</param>
    /// <param name="stateId">The presiding state's ISO alpha-2 code.</param>
    /// <param name="city">The city of the CSC session.</param>
    /// <param name="sessionDate">The date of the CSC session, or null when not known.</param>
    /// <param name="announced">True when the session date is announced but the session has not (in the sources) taken place.</param>
    /// <param name="note">A short English note (documents signed and the like), or null.</param>
    /// <param name="source">Where the facts come from.</param>
    /// <exception cref="ArgumentException">The session date is not in the year, or a session is announced without a date.</exception>
    public Chairmanship(int year, string stateId, City city, LocalDate? sessionDate = null, bool announced = false, string? note = null, string? source = null)
    {
        if (year is < 1992 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "A chairmanship year must be 1992 or later.");
        }
        if (sessionDate is { } d && d.Year != year)
        {
            throw new ArgumentException($"The session date {DateText.Iso(d)} must be in the chairmanship year {year}.", nameof(sessionDate));
        }
        if (announced && sessionDate is null)
        {
            throw new ArgumentException("An announced session needs its announced date.", nameof(announced));
        }
        Year = year;
        StateId = Guard.Id(stateId, nameof(stateId), "The presiding state id");
        City = city ?? throw new ArgumentNullException(nameof(city));
        SessionDate = sessionDate;
        Announced = announced;
        Note = Guard.NullOrNotEmpty(note, nameof(note), "The note");
        Source = Guard.NullOrNotEmpty(source, nameof(source), "The source");
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The presiding state's ISO alpha-2 code.</summary>
    public string StateId { get; }

    /// <summary>The city of the CSC session.</summary>
    public City City { get; }

    /// <summary>The date of the CSC session, or null when not known.</summary>
    public LocalDate? SessionDate { get; }

    /// <summary>True when the date is announced only.</summary>
    public bool Announced { get; }

    /// <summary>A short English note, or null.</summary>
    public string? Note { get; }

    /// <summary>Where the facts come from.</summary>
    public string? Source { get; }
}
