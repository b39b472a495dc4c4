using System.Text.Json.Serialization;
using Csto.Domain.Naming;
using NodaTime;

namespace Csto.Domain.Places;

/// <summary>
/// Where (and, when known, at what local time) an event takes place: a city, optionally a place inside it
/// («Секретариат ОДКБ»), and the IANA time zone that gives a local time its meaning.
/// </summary>
public sealed record Venue
{
    /// <summary>Creates a venue.</summary>
    /// <param name="city">The city.</param>
    /// <param name="place">The place inside the city, with case forms («в Секретариате ОДКБ»); null when not given.</param>
    /// <param name="timeZoneId">The IANA time zone id, such as <c>Europe/Moscow</c>; required when a time is given.</param>
    /// <param name="time">The local start time, when the source gives one.</param>
    /// <exception cref="ArgumentException">A time is given without a time zone, or the time zone id is unknown to the TZDB.</exception>
    public Venue(City city, Name? place = null, string? timeZoneId = null, LocalTime? time = null)
    {
        City = city ?? throw new ArgumentNullException(nameof(city));
        Place = place;
        TimeZoneId = Guard.NullOrNotEmpty(timeZoneId, nameof(timeZoneId), "The time zone id");
        if (timeZoneId is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId) is null)
        {
            throw new ArgumentException($"\"{timeZoneId}\" is not an IANA time zone id known to the TZDB (such as \"Asia/Bishkek\").", nameof(timeZoneId));
        }
        if (time is not null && timeZoneId is null)
        {
            throw new ArgumentException("A local time needs a time zone id to be meaningful.", nameof(timeZoneId));
        }
        Time = time;
    }

    /// <summary>The city.</summary>
    public City City { get; }

    /// <summary>The place inside the city, or null.</summary>
    public Name? Place { get; }

    /// <summary>The IANA time zone id, or null when no time of day is known.</summary>
    public string? TimeZoneId { get; }

    /// <summary>The local start time, or null.</summary>
    public LocalTime? Time { get; }

    /// <summary>The time zone, or null when none is given.</summary>
    [JsonIgnore]
    public DateTimeZone? TimeZone => TimeZoneId is null ? null : DateTimeZoneProviders.Tzdb[TimeZoneId];
}
