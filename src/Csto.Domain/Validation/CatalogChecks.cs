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

    /// <summary>
    /// The state of a place (<c>place.stateId</c>, <c>venue.city.stateId</c>): a state of the catalog or, as a meeting
    /// may be held outside them, a country code ISO 3166-1 has assigned.
    /// </summary>
    public static void PlaceState(ValidationScope scope, CstoCatalog catalog, Places.City? city)
    {
        if (city is not null && UnknownPlaceState(catalog, city.StateId) is { } message)
        {
            scope.Report("stateId", message);
        }
    }

    /// <summary>The problem with the state code of a place, or null when the catalog or ISO 3166-1 knows it.</summary>
    public static string? UnknownPlaceState(CstoCatalog catalog, string stateId)
    {
        if (catalog.TryGetState(stateId, out _) || Places.CountryCodes.IsAssigned(stateId))
        {
            return null;
        }
        var states = catalog.States.Select(s => s.Id).ToList();
        var nearest = Nearest.Of(stateId, states);
        if (nearest.Count == 0)
        {
            nearest = Nearest.Of(stateId, Places.CountryCodes.All);
        }
        var suggestion = nearest.Count == 0 ? "." : $"; did you mean {string.Join(" or ", nearest.Select(n => $"\"{n}\""))}?";
        return $"Unknown state id \"{stateId}\": neither a state of the catalog ({string.Join(", ", states)}) nor a country code of ISO 3166-1 (a place outside them, such as New York, takes its country's code, \"US\"){suggestion}";
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

    /// <summary>The partner organisation exists.</summary>
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

    /// <summary>
    /// The person held the post on the date by the catalog's terms (the one rule for the Secretary General's report,
    /// an event's officials and anyone else named in a post): when the catalog records terms of the post, one of the
    /// person's must certainly cover the date; a post whose holders the catalog does not record is not checked.
    /// The message names who held the post then, or the person's own terms, and says when the sources leave it open.
    /// </summary>
    /// <param name="scope">Where to report (the person's id property).</param>
    /// <param name="catalog">The catalog.</param>
    /// <param name="personId">The person's catalog id (reported when unknown).</param>
    /// <param name="postId">The post's catalog id (not checked here).</param>
    /// <param name="date">The day the person is said to hold the post.</param>
    /// <param name="when">What the date is, for the message: «the date of the session».</param>
    public static void Holder(ValidationScope scope, CstoCatalog catalog, string personId, string postId, LocalDate date, string when)
    {
        if (!catalog.TryGetPerson(personId, out var person))
        {
            Person(scope, catalog, personId);
            return;
        }
        if (!catalog.TryGetPost(postId, out var post))
        {
            return;
        }
        var terms = catalog.Terms.Where(t => t.PostId == postId).ToList();
        var held = catalog.TermOn(postId, date);
        if (terms.Count == 0 || held?.PersonId == personId)
        {
            return;
        }
        var day = DateText.English(date);
        var name = person.Name.English;
        var office = post.Name.English;
        if (held is not null)
        {
            var holder = catalog.GetPerson(held.PersonId).Name.English;
            scope.Report($"{name} was not {office} on {day}, {when}: {holder} was{(held.Acting ? " acting" : string.Empty)} ({Span(held)}).");
        }
        else if (terms.Any(t => t.PersonId == personId && Overlaps(t, date)))
        {
            scope.Report($"The catalog's sources do not settle whether {name} was still {office} on {day}, {when} ({string.Join("; ", terms.Where(t => t.PersonId == personId).Select(Span))}).");
        }
        else
        {
            var own = terms.Where(t => t.PersonId == personId).Select(Span).ToList();
            scope.Report($"The catalog's sources do not settle who was {office} on {day}, {when}; {name} cannot be checked{(own.Count == 0 ? string.Empty : $" (their terms: {string.Join("; ", own)})")}.");
        }
    }

    /// <summary>
    /// A signatory (of a council document or minutes): the state is a member on the date; the person, when named,
    /// is in the catalog and of that state; the post, when given by id, is in the catalog; and the person held the
    /// office on the date (<see cref="Holder"/>) when the office is a catalog post — by <c>postId</c>, or written out
    /// with a catalog post's name (<see cref="PostNamed(CstoCatalog, Naming.Name)"/>).
    /// </summary>
    /// <param name="scope">The signatory's scope (<c>signatories[i]</c>).</param>
    /// <param name="catalog">The catalog.</param>
    /// <param name="signatory">The signatory.</param>
    /// <param name="date">The document's date, or null.</param>
    /// <param name="what">What is signed, for the message: «document», «session».</param>
    public static void Signatory(ValidationScope scope, CstoCatalog catalog, Documents.Signatory signatory, LocalDate? date, string what)
    {
        MemberState(scope.At("stateId"), catalog, signatory.StateId, date, what);
        if (signatory.PostId is { } postId)
        {
            Post(scope.At("postId"), catalog, postId);
        }
        var named = signatory.PostId is null ? PostNamed(catalog, signatory.Office!) : null;
        if (signatory.PostId is null && catalog.TryGetState(signatory.StateId, out var own))
        {
            // A post of a state names the signatory's state: «Постоянный и полномочный представитель Республики Армения при ОДКБ»,
            // in each language on its own (a right Russian office does not excuse an English one naming another state).
            foreach (var text in new[] { signatory.Office!.Russian.Nominative, signatory.Office!.English }.Distinct(StringComparer.Ordinal))
            {
                if (PostNamed(catalog, [text]) is { Post.IsOfState: true } ofState && ofState.State?.Id != own.Id)
                {
                    var right = ofState.Post.NameOf(own);
                    var written = ofState.State is { } other ? $"names {other.ShortName.English}, the signatory is for {own.ShortName.English}" : "names no state";
                    scope.At("office").Report($"The office of {ofState.Post.Name.English} {written}: write «{right.Russian.Nominative}» (\"{right.English}\"), "
                        + $"or give postId \"{ofState.Post.Id}\" instead of the office.");
                    break;
                }
            }
        }
        if (signatory.PersonId is not { } personId)
        {
            return;
        }
        Person(scope.At("personId"), catalog, personId);
        OfState(scope.At("personId"), catalog, personId, signatory.StateId, "signatory");
        var (office, at) = signatory.PostId is { } id ? (id, "postId") : (named?.Post.Id, "office");
        if (office is null || date is not { } day || !catalog.TryGetPerson(personId, out var person))
        {
            return;
        }
        Holder(scope.At(at), catalog, personId, office, day, $"the date of the {what}");
        if (named is { } writtenOffice && catalog.TermOn(office, day) is { } held && held.PersonId == personId && held.Acting != writtenOffice.Acting)
        {
            // The written form must say what the catalog's term says: acting or not (Semerikov in 2019 was acting).
            var right = catalog.OfficeOn(office, personId, day, signatory.StateId);
            var was = writtenOffice.Acting ? $"{writtenOffice.Post.Name.English}, not acting," : $"acting {writtenOffice.Post.Name.English}";
            scope.At("office").Report($"{person.Name.English} was {was} on {DateText.English(day)}, the date of the {what} ({Span(held)}): "
                + $"write the office «{right.Russian.Nominative}» (\"{right.English}\"), or give postId \"{office}\" instead of the office.");
        }
    }

    /// <summary>
    /// The catalog post a written-out office names and whether it is written as acting, or null: its Russian
    /// nominative or English equals a post's name or the acting form of it («исполняющий обязанности Генерального
    /// секретаря ОДКБ», "Acting CSTO Secretary General"), ignoring case, ё/е, hyphens ("Secretary-General"), runs of
    /// white space, a leading "The" and trailing punctuation, with or without the organisation's name at the end
    /// («… ОДКБ», «… Организации», «… Организации Договора о коллективной безопасности (ОДКБ)») or in English at the
    /// start ("CSTO …") or the end ("… of the CSTO"), «постоянный представитель» for «постоянный и полномочный
    /// представитель»; for a post of a state, also the state the office names (null when it names none).
    /// </summary>
    public static (People.Post Post, bool Acting, MemberState? State)? PostNamed(CstoCatalog catalog, Naming.Name office) =>
        PostNamed(catalog, [office.Russian.Nominative, office.English]);

    /// <summary>The catalog post that any of <paramref name="texts"/> names, as <see cref="PostNamed(CstoCatalog, Naming.Name)"/> finds it.</summary>
    private static (People.Post Post, bool Acting, MemberState? State)? PostNamed(CstoCatalog catalog, IEnumerable<string> texts)
    {
        var written = texts.Select(Key).SelectMany(Variants).ToHashSet(StringComparer.Ordinal);
        foreach (var post in catalog.Posts)
        {
            // A post of a state is tried with each state's name first, then without a state.
            var states = post.IsOfState ? catalog.States.Select(s => (Name: post.NameOf(s), State: (MemberState?)s)) : [];
            foreach (var (name, state) in states.Append((post.Name, null)))
            {
                foreach (var (form, acting) in new[] { (name, false), (People.Official.ActingOffice(name), true) })
                {
                    if (Variants(Key(form.Russian.Nominative)).Concat(Variants(Key(form.English))).Any(written.Contains))
                    {
                        return (post, acting, state);
                    }
                }
            }
        }
        return null;
    }

    private static readonly string[] OrganisationSuffixes =
    [
        " одкб", " организации договора о коллективной безопасности", " организации", " of the csto",
        " of the collective security treaty organization", " of the organization",
    ];

    private static readonly string[] Abbreviations = [" (одкб)", " (csto)"];

    /// <summary>The name as written and without the organisation's name at its end (or "csto " at the start).</summary>
    private static IEnumerable<string> Variants(string key)
    {
        foreach (var abbreviation in Abbreviations.Where(a => key.EndsWith(a, StringComparison.Ordinal)))
        {
            key = key[..^abbreviation.Length];
        }
        // «Постоянный представитель» is the usual short form of «постоянный и полномочный представитель».
        key = key.Replace(" и полномочный ", " ", StringComparison.Ordinal).Replace(" and plenipotentiary ", " ", StringComparison.Ordinal);
        yield return key;
        foreach (var suffix in OrganisationSuffixes.Where(s => key.EndsWith(s, StringComparison.Ordinal)))
        {
            yield return key[..^suffix.Length];
        }
        if (key.StartsWith("csto ", StringComparison.Ordinal))
        {
            yield return key["csto ".Length..];
        }
        if (key.StartsWith("acting csto ", StringComparison.Ordinal))
        {
            yield return "acting " + key["acting csto ".Length..];
        }
    }

    /// <summary>A name for comparing: lower case, ё as е, hyphens as spaces, one space between words, no leading "the", no trailing full stop or comma.</summary>
    private static string Key(string text)
    {
        var key = string.Join(' ', text.Replace('ё', 'е').Replace('Ё', 'Е').Replace('-', ' ').ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ',', ';', ':', ' ');
        return key.StartsWith("the ", StringComparison.Ordinal) ? key["the ".Length..] : key;
    }

    /// <summary>
    /// A person named as a state's signatory or official is of that state when the catalog gives the person's
    /// state (the catalog records no heads of state or government, so the office itself cannot be checked by date).
    /// </summary>
    public static void OfState(ValidationScope scope, CstoCatalog catalog, string personId, string stateId, string role)
    {
        if (catalog.TryGetPerson(personId, out var person) && person.StateId is { } own && own != stateId
            && catalog.TryGetState(stateId, out var state))
        {
            var home = catalog.TryGetState(own, out var of) ? of.ShortName.English : own;
            scope.Report($"{person.Name.English} is of {home} in the catalog; the {role} is for {state.ShortName.English}.");
        }
    }

    private static bool Overlaps(People.Term term, LocalDate date) =>
        date >= term.Start.Earliest && (term.End is not { } end || date <= end.Latest);

    private static string Span(People.Term term) =>
        term.End is { } end ? $"{DateText.English(term.Start)} – {DateText.English(end)}" : $"from {DateText.English(term.Start)}";

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
