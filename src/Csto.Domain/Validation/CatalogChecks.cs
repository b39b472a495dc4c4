using Csto.Domain.Catalog;
using Csto.Domain.States;
using NodaTime;

namespace Csto.Domain.Validation;

/// <summary>Checks of catalog references shared by the records; each reports at the given scope.</summary>
internal static class CatalogChecks
{
    /// <summary>The state exists and, when a date is given, is a member on that date.</summary>
    public static void MemberState(ValidationScope scope, CstoCatalog catalog, string stateId, LocalDate? date, string what)
    {
        if (!catalog.TryGetState(stateId, out var state))
        {
            scope.Report(Unknown("state", stateId, catalog.States.Select(s => s.Id)));
            return;
        }
        if (date is not { } day)
        {
            return;
        }
        var entry = state.StatusEntryOn(day);
        var dated = $"the {what} is dated {DateText.English(day)}";
        var name = state.ShortName.English;
        switch (entry?.Status)
        {
            case null:
                scope.Report($"{name} was not yet a party to the Treaty on {DateText.English(day)} (its history starts {DateText.English(state.History[0].Start)}), {dated}.");
                break;
            case MembershipStatusKind.Suspended:
                scope.Report($"{name}'s membership was suspended on {DateText.English(entry.Start)}, {dated}.");
                break;
            case MembershipStatusKind.Withdrawn:
                scope.Report($"{name} ceased to be a party on {DateText.English(entry.Start)}, {dated}.");
                break;
        }
    }

    /// <summary>The state exists (any membership history).</summary>
    public static void KnownState(ValidationScope scope, CstoCatalog catalog, string stateId)
    {
        if (!catalog.TryGetState(stateId, out _))
        {
            scope.Report(Unknown("state", stateId, catalog.States.Select(s => s.Id)));
        }
    }

    /// <summary>The body exists and, when a date is given, had been created by then.</summary>
    public static void Body(ValidationScope scope, CstoCatalog catalog, string bodyId, LocalDate? date, string what)
    {
        if (!catalog.TryGetBody(bodyId, out var body))
        {
            scope.Report(Unknown("body", bodyId, catalog.Bodies.Select(b => b.Id)));
            return;
        }
        if (date is { } day && body.Established is { } established && day < established.Earliest)
        {
            scope.Report($"The {body.Name.English} was created on {DateText.English(established)}, the {what} is dated {DateText.English(day)}.");
        }
    }

    /// <summary>The partner organisation exists.</summary>
    /// <summary>A body that numbers its meetings needs the number of a session; another body's session has none.</summary>
    public static void MeetingNumber(ValidationScope scope, Bodies.Body body, int? number, string what)
    {
        if (body.NumberedMeetings && number is null)
        {
            scope.Report("number", $"The {body.Name.English} numbers its meetings: the {what} needs the session's number (42 for the 42nd).");
        }
        if (!body.NumberedMeetings && number is { } given)
        {
            scope.Report("number", $"The {body.Name.English} does not number its meetings, the {what} gives the number {given}.");
        }
    }

    public static void Partner(ValidationScope scope, CstoCatalog catalog, string partnerId)
    {
        if (!catalog.TryGetPartner(partnerId, out _))
        {
            scope.Report(Unknown("partner organisation", partnerId, catalog.Partners.Select(p => p.Id)));
        }
    }

    /// <summary>The person exists.</summary>
    public static void Person(ValidationScope scope, CstoCatalog catalog, string personId)
    {
        if (!catalog.TryGetPerson(personId, out _))
        {
            scope.Report(Unknown("person", personId, catalog.People.Select(p => p.Id)));
        }
    }

    /// <summary>The post exists.</summary>
    public static void Post(ValidationScope scope, CstoCatalog catalog, string postId)
    {
        if (!catalog.TryGetPost(postId, out _))
        {
            scope.Report(Unknown("post", postId, catalog.Posts.Select(p => p.Id)));
        }
    }

    /// <summary>The message for an unknown id: the nearest known ids first («did you mean»), then all of them.</summary>
    public static string Unknown(string what, string id, IEnumerable<string> known)
    {
        var ids = known.ToList();
        var nearest = Nearest.Of(id, ids);
        var suggestion = nearest.Count == 0
            ? string.Empty
            : $" did you mean {string.Join(" or ", nearest.Select(n => $"\"{n}\""))}? The";
        return $"Unknown {what} id \"{id}\";{(suggestion.Length == 0 ? " the" : suggestion)} catalog knows: {string.Join(", ", ids)}.";
    }
}
