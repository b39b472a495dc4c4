using Csto.Domain.Catalog;
using Csto.Domain.States;
using System.Text.RegularExpressions;
using NodaTime;

namespace Csto.Domain.Validation;

/// <summary>Checks of catalog references shared by the records; each reports at the given scope.</summary>
internal static partial class CatalogChecks
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
            StateOfOffice(scope.At("office"), catalog, signatory.Office!, own);
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
        if (named is null || catalog.TermOn(office, day) is not { } held || held.PersonId != personId)
        {
            return;
        }
        // Each written form must say what the catalog's term says: acting or not (Semerikov in 2019 was acting),
        // the Russian and the English each on its own (a right Russian office does not excuse a wrong English one).
        var forms = new[] { (Text: signatory.Office!.Russian.Nominative, Language: "Russian"), (Text: signatory.Office.English, Language: "English") };
        var wrong = forms.Where(f => Match(catalog, f.Text) is { } written && written.Post.Id == office && written.Acting != held.Acting).ToList();
        if (wrong.Count == 0)
        {
            return;
        }
        var right = catalog.OfficeOn(office, personId, day, signatory.StateId);
        var post = catalog.GetPost(office).Name.English;
        var was = held.Acting ? $"acting {post}" : $"{post}, not acting,";
        var which = wrong.Count == 1 ? $"The {wrong[0].Language} office {Quoted(wrong[0].Text)} is wrong: " : string.Empty;
        scope.At("office").Report($"{which}{person.Name.English} was {was} on {DateText.English(day)}, the date of the {what} ({Span(held)}): "
            + $"write the office «{right.Russian.Nominative}» (\"{right.English}\"), or give postId \"{office}\" instead of the office.");
    }

    /// <summary>
    /// A written-out office that names a post of a state (a permanent representative) names the signatory's state,
    /// in every case form of the office and in English, each on its own (a right Russian office does not excuse an
    /// English one naming another state): «Постоянный представитель Беларуси при ОДКБ» for Armenia is an error, and so
    /// are an office naming no state and one whose words in the state's place name no state of the catalog.
    /// </summary>
    private static void StateOfOffice(ValidationScope scope, CstoCatalog catalog, Naming.Name office, MemberState own)
    {
        var r = office.Russian;
        foreach (var text in new[] { r.Nominative, r.Genitive, r.Dative, r.Accusative, r.Instrumental, r.Prepositional, office.English }.Distinct(StringComparer.Ordinal))
        {
            if (Deputy(text) is { } post)
            {
                // The catalog has no deputy's post: a deputy of another state's representative is of that state's mission.
                if (Match(catalog, post) is { Post.IsOfState: true, State: { } mission } deputyOf && mission.Id != own.Id)
                {
                    var deputyRight = deputyOf.Post.NameOf(own);
                    scope.Report($"The office {Quoted(text)} is a deputy's at the mission of {mission.ShortName.English} ({deputyOf.Post.Name.English}); the signatory is for {own.ShortName.English}: "
                        + $"write «Заместитель {deputyRight.Russian.Genitive}» (\"Deputy {deputyRight.English}\").");
                    return;
                }
                continue;
            }
            if (Match(catalog, text) is not { Post.IsOfState: true } ofState || ofState.State?.Id == own.Id)
            {
                continue;
            }
            var right = ofState.Post.NameOf(own);
            var names = ofState.State is { } other ? $"names {other.ShortName.English}"
                : ofState.Unknown is { } words ? $"names {Quoted(words)}, which is no state of the catalog"
                : "names no state";
            scope.Report($"The office {Quoted(text)} ({ofState.Post.Name.English}) {names}; the signatory is for {own.ShortName.English}: "
                + $"write «{right.Russian.Nominative}» (\"{right.English}\"), or give postId \"{ofState.Post.Id}\" instead of the office.");
            return;
        }
    }

    /// <summary>The post whose deputy <paramref name="text"/> names («заместитель постоянного представителя …», "Deputy Permanent Representative …"), as a key; else null.</summary>
    private static string? Deputy(string text)
    {
        var key = Key(text);
        foreach (var prefix in new[] { "заместитель ", "deputy " })
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return key[prefix.Length..];
            }
        }
        return null;
    }

    /// <summary>A text in «ёлочки» when it has Cyrillic letters, else in "quotes".</summary>
    private static string Quoted(string text) => text.Any(c => c is >= '\u0400' and <= '\u04FF') ? $"«{text}»" : $"\"{text}\"";

    /// <summary>
    /// The catalog post a written-out office names and whether it is written as acting, or null: its Russian
    /// nominative or English equals a post's name or the acting form of it («исполняющий обязанности Генерального
    /// секретаря ОДКБ», "Acting CSTO Secretary General"), ignoring case, ё/е, hyphens ("Secretary-General"), runs of
    /// white space, a leading "The" and trailing punctuation, with or without the organisation's name at the end
    /// («… ОДКБ», «… Организации», «… Организации Договора о коллективной безопасности (ОДКБ)») or in English at the
    /// start ("CSTO …") or the end ("… of the CSTO"). A post of a state (<see cref="StateNamed"/>) is also found
    /// in any case form and as «постоянный представитель» or «полномочный представитель», with the state it names.
    /// </summary>
    public static (People.Post Post, bool Acting, MemberState? State)? PostNamed(CstoCatalog catalog, Naming.Name office) =>
        (Match(catalog, office.Russian.Nominative) ?? Match(catalog, office.English)) is { } named ? (named.Post, named.Acting, named.State) : null;

    /// <summary>
    /// What an office names: a catalog post, whether it is written as acting, and for a post of a state the state it
    /// names, or the words in the state's place when they name no state of the catalog; both
    /// null when it names none.
    /// </summary>
    private sealed record Named(People.Post Post, bool Acting, MemberState? State, string? Unknown);

    /// <summary>The catalog post that <paramref name="text"/> names, as <see cref="PostNamed(CstoCatalog, Naming.Name)"/> finds it, or null.</summary>
    private static Named? Match(CstoCatalog catalog, string text)
    {
        var written = Variants(Key(text)).ToHashSet(StringComparer.Ordinal);
        foreach (var post in catalog.Posts)
        {
            if (post.IsOfState)
            {
                if (StateNamed(catalog, post, written) is { } ofState)
                {
                    return ofState;
                }
                continue;
            }
            foreach (var (form, acting) in new[] { (post.Name, false), (People.Official.ActingOffice(post.Name), true) })
            {
                if (Variants(Key(form.Russian.Nominative)).Concat(Variants(Key(form.English))).Any(written.Contains))
                {
                    return new Named(post, acting, null, null);
                }
            }
        }
        return null;
    }

    /// <summary>Where a state's name goes in a post's name when matching a written-out office.</summary>
    private const string Slot = "\u0001";

    /// <summary>
    /// A post of a state named by one of the <paramref name="written"/> variants of an office: the post's name in any
    /// of its six case forms or in English, acting or not, with any words where the state's name goes — the state is
    /// found when they are any case form of a catalog state's full or short Russian name («Республики Армения»,
    /// «Армении»), or its full or short English name ("of the Republic of Belarus", "of Belarus", "Armenia's …"). The
    /// post's words are found as in <see cref="Variants"/>, also «в ОДКБ», "at the CSTO" and "in the CSTO"; an office
    /// without the organisation after the state's place («Постоянный представитель Армении») names the post only
    /// when those words name a state.
    /// </summary>
    private static Named? StateNamed(CstoCatalog catalog, People.Post post, HashSet<string> written)
    {
        var template = post.NameWith(Slot, "of " + Slot);
        Named? none = null, unknown = null;
        foreach (var (name, acting) in new[] { (template, false), (People.Official.ActingOffice(template), true) })
        {
            var r = name.Russian;
            var forms = new[] { r.Nominative, r.Genitive, r.Dative, r.Accusative, r.Instrumental, r.Prepositional }.Distinct(StringComparer.Ordinal)
                .Select(f => (Text: f, English: false)).Append((Text: name.English, English: true));
            foreach (var (form, english) in forms)
            {
                foreach (var pattern in Variants(Key(form)))
                {
                    var at = pattern.IndexOf(Slot, StringComparison.Ordinal);
                    if (at < 0)
                    {
                        continue;
                    }
                    var head = pattern[..at].TrimEnd();
                    var tail = pattern[(at + Slot.Length)..].TrimStart();
                    foreach (var text in written)
                    {
                        foreach (var (words, withTail) in Slotted(text, head, tail, english))
                        {
                            var state = StateByName(catalog, words);
                            if (state is not null)
                            {
                                return new Named(post, acting, state, null);
                            }
                            if (words.Length == 0 && withTail)
                            {
                                none ??= new Named(post, acting, null, null);
                            }
                            else if (withTail)
                            {
                                unknown ??= new Named(post, acting, null, words);
                            }
                        }
                    }
                }
            }
        }
        return unknown ?? none;
    }

    /// <summary>
    /// The words of <paramref name="text"/> in the state's place of a post's name split there into
    /// <paramref name="head"/> and <paramref name="tail"/> (empty when nothing stands there: «head tail», in English
    /// without the head's "of"), with whether the tail was found after them: «head X tail», «head X»; in English also
    /// "X's head tail" and "X's head" (the head without its "of").
    /// </summary>
    private static IEnumerable<(string Words, bool WithTail)> Slotted(string text, string head, string tail, bool english)
    {
        var bare = english && head.EndsWith(" of", StringComparison.Ordinal) ? head[..^" of".Length] : head;
        if (text == (tail.Length == 0 ? bare : bare + " " + tail))
        {
            yield return (string.Empty, true);
        }
        if (text.StartsWith(head + " ", StringComparison.Ordinal))
        {
            var rest = text[(head.Length + 1)..];
            if (tail.Length > 0 && rest.EndsWith(" " + tail, StringComparison.Ordinal))
            {
                yield return (rest[..^(tail.Length + 1)], true);
            }
            yield return (rest, tail.Length == 0);
        }
        if (bare.Length < head.Length)
        {
            foreach (var end in tail.Length == 0 ? new[] { bare } : new[] { bare + " " + tail, bare })
            {
                if (text.EndsWith(" " + end, StringComparison.Ordinal))
                {
                    var owner = text[..^(end.Length + 1)];
                    var words = owner.EndsWith("'s", StringComparison.Ordinal) ? owner[..^2] : owner.EndsWith("s'", StringComparison.Ordinal) ? owner[..^1] : null;
                    if (words is not null)
                    {
                        yield return (words, end != bare || tail.Length == 0);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The catalog state that <paramref name="words"/> name: any case form of its full or short Russian name, or its
    /// English full or short name (with or without "the"), as <see cref="Key"/> writes them, or the colloquial
    /// «Киргизия» and «Белоруссия» in any case; else null.
    /// </summary>
    private static MemberState? StateByName(CstoCatalog catalog, string words)
    {
        if (words.Length == 0)
        {
            return null;
        }
        words = words.StartsWith("the ", StringComparison.Ordinal) ? words["the ".Length..] : words;
        if (Colloquial().Match(words) is { Success: true } colloquial && catalog.TryGetState(colloquial.Groups[1].Value == "киргизи" ? "KG" : "BY", out var known))
        {
            return known;
        }
        foreach (var state in catalog.States)
        {
            foreach (var name in new[] { state.FullName, state.ShortName })
            {
                var r = name.Russian;
                if (new[] { r.Nominative, r.Genitive, r.Dative, r.Accusative, r.Instrumental, r.Prepositional, name.English }.Any(n => Key(n) == words))
                {
                    return state;
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

    /// <summary>
    /// The name as written and without the organisation's name at its end (or "csto " at the start); in both,
    /// «постоянный и полномочный» and «полномочный» (in any case) read as «постоянный», "permanent and
    /// plenipotentiary" and "plenipotentiary" as "permanent", «в ОДКБ» at the end as «при ОДКБ» and "at"/"in the
    /// CSTO" as "to the CSTO", "the Collective Security Treaty Organization" as "the CSTO".
    /// </summary>
    private static IEnumerable<string> Variants(string key)
    {
        foreach (var abbreviation in Abbreviations.Where(a => key.EndsWith(a, StringComparison.Ordinal)))
        {
            key = key[..^abbreviation.Length];
        }
        // «И. о.», «врио» and «временно исполняющий обязанности» are the short and long forms of «исполняющий
        // обязанности»; "interim" is the English of «временно исполняющий обязанности», acting all the same.
        key = ActingForms().Replace(key, "исполняющий обязанности ");
        key = key.StartsWith("interim ", StringComparison.Ordinal) ? "acting " + key["interim ".Length..] : key;
        // «Постпред» is the colloquial short form of «постоянный представитель», in each case.
        key = Postpred().Replace(key, m => m.Groups[1].Value switch
        {
            "а" => "постоянного представителя",
            "у" => "постоянному представителю",
            "ом" => "постоянным представителем",
            "е" => "постоянном представителе",
            _ => "постоянный представитель",
        });
        // «Постоянный представитель» and «полномочный представитель» are the usual short forms of «постоянный и полномочный представитель».
        key = PermanentAndPlenipotentiary().Replace(key, "постоянн$1");
        key = Plenipotentiary().Replace(key, "постоянн$1");
        key = key.Replace("permanent and plenipotentiary", "permanent", StringComparison.Ordinal).Replace("plenipotentiary", "permanent", StringComparison.Ordinal);
        key = InTheOrganisation().Replace(key, "при $1");
        key = key.Replace("the collective security treaty organization", "the csto", StringComparison.Ordinal);
        key = AtTheCsto().Replace(key, "to the csto");
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

    [GeneratedRegex(@"^(киргизи|белорусси)(я|и|ю|ей)$", RegexOptions.CultureInvariant)]
    private static partial Regex Colloquial();

    [GeneratedRegex(@"^(?:и\s?\.\s?о\s?\.?|врио|временно исполняющий обязанности)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ActingForms();

    [GeneratedRegex(@"\bпостпред(а|у|ом|е)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Postpred();

    [GeneratedRegex(@"\bпостоянн(\w+) и полномочн\w+", RegexOptions.CultureInvariant)]
    private static partial Regex PermanentAndPlenipotentiary();

    [GeneratedRegex(@"\bполномочн(\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex Plenipotentiary();

    [GeneratedRegex(@"(?<=\s)в (одкб|организации договора о коллективной безопасности)$", RegexOptions.CultureInvariant)]
    private static partial Regex InTheOrganisation();

    [GeneratedRegex(@"(?<=\s)(?:at|in) the csto$", RegexOptions.CultureInvariant)]
    private static partial Regex AtTheCsto();

    /// <summary>A name for comparing: lower case, ё as е, ’ as ', hyphens as spaces, one space between words, no leading "the", no trailing full stop or comma.</summary>
    private static string Key(string text)
    {
        var key = string.Join(' ', text.Replace('ё', 'е').Replace('Ё', 'Е').Replace('’', '\'').Replace('-', ' ').ToLowerInvariant()
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
        return $"Unknown {what} id \"{id}\";{Suggestion(Nearest.Of(id, ids), ids)}";
    }

    /// <summary>
    /// The end of a message about an id: « did you mean "a" or "b"? The catalog knows: …» with the ids
    /// <paramref name="meant"/>, or « the catalog knows: …» without any.
    /// </summary>
    public static string Suggestion(IReadOnlyList<string> meant, IReadOnlyList<string> ids) =>
        (meant.Count == 0 ? " the" : $" did you mean {string.Join(" or ", meant.Select(n => $"\"{n}\""))}? The")
        + $" catalog knows: {string.Join(", ", ids)}.";
}
