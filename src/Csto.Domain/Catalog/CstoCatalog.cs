using System.Globalization;
using System.Diagnostics.CodeAnalysis;
using Csto.Domain.Bodies;
using Csto.Domain.Events;
using Csto.Domain.Forces;
using Csto.Domain.Organizations;
using Csto.Domain.People;
using Csto.Domain.States;
using NodaTime;

namespace Csto.Domain.Catalog;

/// <summary>
/// The reference catalog of sourced facts shipped inside the package: member states and their membership
/// history, bodies, partner organisations, posts, people and terms, chairmanships by year, the collective forces
/// and their deployments, the named exercises and operations, and the vocabulary of participant roles. Loaded once, on
/// first use, thread-safe. Every entry carries a <c>source</c>; facts the sources do not confirm are left out.
/// </summary>
/// <example>
/// <code>
/// var catalog = CstoCatalog.Default;
/// catalog.MembersOn(new LocalDate(2025, 12, 3)).Select(s => s.Id)   // AM, BY, KZ, KG, RU, TJ
/// catalog.StatusOf("AM", new LocalDate(2025, 12, 3))                  // ParticipationFrozen
/// catalog.ChairOf(2025).City.Name[GrammaticalCase.Prepositional]      // "Бишкеке"
/// catalog.SecretaryGeneralOn(new LocalDate(2026, 1, 15))!.Name.Surname // "Масадыков"
/// </code>
/// </example>
public sealed class CstoCatalog
{
    /// <summary>The id of the Secretary General's post.</summary>
    public const string SecretaryGeneralPostId = "secretary-general";

    private static readonly Lazy<CstoCatalog> Instance = new(CatalogLoader.LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, MemberState> states;
    private readonly Dictionary<string, Body> bodies;
    private readonly Dictionary<string, PartnerOrganization> partners;
    private readonly Dictionary<string, Post> posts;
    private readonly Dictionary<string, Person> people;
    private readonly Dictionary<int, Chairmanship> chairs;
    private readonly Dictionary<string, CollectiveForce> forces;
    private readonly Dictionary<string, NamedActivity> activities;
    private readonly Dictionary<string, ParticipantRole> roles;

    internal CstoCatalog(
        CstoOrganization organization,
        IReadOnlyList<MemberState> states,
        IReadOnlyList<Body> bodies,
        IReadOnlyList<PartnerOrganization> partners,
        IReadOnlyList<Post> posts,
        IReadOnlyList<Person> people,
        IReadOnlyList<Term> terms,
        IReadOnlyList<Chairmanship> chairmanships,
        IReadOnlyList<CollectiveForce> forces,
        IReadOnlyList<NamedActivity> activities,
        IReadOnlyList<ParticipantRole> roles)
    {
        Forces = forces;
        Activities = activities;
        Roles = roles;
        this.forces = forces.ToDictionary(f => f.Id, StringComparer.Ordinal);
        this.activities = activities.ToDictionary(a => a.Id, StringComparer.Ordinal);
        this.roles = roles.ToDictionary(r => r.Id, StringComparer.Ordinal);
        Organization = organization;
        States = states;
        Bodies = bodies;
        Partners = partners;
        Posts = posts;
        People = people;
        Terms = terms;
        Chairmanships = chairmanships;
        this.states = states.ToDictionary(s => s.Id, StringComparer.Ordinal);
        this.bodies = bodies.ToDictionary(b => b.Id, StringComparer.Ordinal);
        this.partners = partners.ToDictionary(p => p.Id, StringComparer.Ordinal);
        this.posts = posts.ToDictionary(p => p.Id, StringComparer.Ordinal);
        this.people = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
        chairs = chairmanships.ToDictionary(c => c.Year);
    }

    /// <summary>The catalog embedded in the package, loaded on first use.</summary>
    public static CstoCatalog Default => Instance.Value;

    /// <summary>The Organization itself and its founding facts.</summary>
    public CstoOrganization Organization { get; }

    /// <summary>Every state that is or was a party, in Russian alphabetical order of short names.</summary>
    public IReadOnlyList<MemberState> States { get; }

    /// <summary>The bodies: statutory bodies, the Parliamentary Assembly and subsidiary bodies.</summary>
    public IReadOnlyList<Body> Bodies { get; }

    /// <summary>The partner organisations.</summary>
    public IReadOnlyList<PartnerOrganization> Partners { get; }

    /// <summary>The posts.</summary>
    public IReadOnlyList<Post> Posts { get; }

    /// <summary>The people.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>The terms of office, in the order of the sources.</summary>
    public IReadOnlyList<Term> Terms { get; }

    /// <summary>The chairmanships by year, earliest first.</summary>
    public IReadOnlyList<Chairmanship> Chairmanships { get; }

    /// <summary>The collective forces: КСОР, КМС, КСБР ЦАР.</summary>
    public IReadOnlyList<CollectiveForce> Forces { get; }

    /// <summary>The named exercises and operations.</summary>
    public IReadOnlyList<NamedActivity> Activities { get; }

    /// <summary>The vocabulary of participant roles («представители», «сотрудники»…).</summary>
    public IReadOnlyList<ParticipantRole> Roles { get; }

    /// <summary>A collective force by id (<c>crrf</c>, <c>cpf</c>, <c>crdf-car</c>).</summary>
    /// <exception cref="CatalogEntryNotFoundException">Unknown id; the message lists the known ids.</exception>
    public CollectiveForce GetForce(string id) => Get(forces, id, "force");

    /// <summary>A collective force by id, when known.</summary>
    public bool TryGetForce(string id, [NotNullWhen(true)] out CollectiveForce? force) => forces.TryGetValue(id, out force);

    /// <summary>A named exercise or operation by id (<c>interaction</c>, <c>kanal</c>…).</summary>
    /// <exception cref="CatalogEntryNotFoundException">Unknown id; the message lists the known ids.</exception>
    public NamedActivity GetActivity(string id) => Get(activities, id, "exercise or operation");

    /// <summary>A named exercise or operation by id, when known.</summary>
    public bool TryGetActivity(string id, [NotNullWhen(true)] out NamedActivity? activity) => activities.TryGetValue(id, out activity);

    /// <summary>A participant role by id (<c>representatives</c>…).</summary>
    /// <exception cref="CatalogEntryNotFoundException">Unknown id; the message lists the known ids.</exception>
    public ParticipantRole GetRole(string id) => Get(roles, id, "role");

    /// <summary>A participant role by id, when known.</summary>
    public bool TryGetRole(string id, [NotNullWhen(true)] out ParticipantRole? role) => roles.TryGetValue(id, out role);

    /// <summary>The states that are members on a date (including those whose participation is frozen), in catalog order.</summary>
    public IReadOnlyList<MemberState> MembersOn(LocalDate date) => States.Where(s => s.IsMemberOn(date)).ToArray();

    /// <summary>A state's status on a date, or null before it became a party.</summary>
    /// <exception cref="CatalogEntryNotFoundException">The state id is not in the catalog.</exception>
    public MembershipStatusKind? StatusOf(string stateId, LocalDate date) => GetState(stateId).StatusOn(date);

    /// <summary>The chairmanship of a year.</summary>
    /// <exception cref="CatalogEntryNotFoundException">The catalog has no chairmanship for the year; the message lists the years it has.</exception>
    public Chairmanship ChairOf(int year) =>
        chairs.TryGetValue(year, out var chair)
            ? chair
            : throw new CatalogEntryNotFoundException("chairmanship", year.ToString(CultureInfo.InvariantCulture),
                [.. chairs.Keys.Order().Select(y => y.ToString(CultureInfo.InvariantCulture))],
                $"The catalog has no chairmanship for {year}; it knows the years {string.Join(", ", chairs.Keys.Order())}.");

    /// <summary>
    /// The chairmanship in effect on a date: the chairmanship runs by calendar year from 1 January (a state
    /// that hosts the November session already chairs from January), so this is the chairmanship of the date's year.
    /// </summary>
    /// <returns>The chairmanship, or null when the catalog has none for the year.</returns>
    public Chairmanship? ChairOn(LocalDate date) => chairs.GetValueOrDefault(date.Year);

    /// <summary>The chairmanship of a year, when the catalog has it.</summary>
    public bool TryGetChair(int year, [NotNullWhen(true)] out Chairmanship? chair) => chairs.TryGetValue(year, out chair);

    /// <summary>
    /// The term of a post that certainly covers a date, or null when none does (the sources leave the day open, or the
    /// catalog records no holders of the post). This is the one answer to «who held the post that day» that the
    /// holder check, the acting form of an office and the templates' <c>office</c> filter all use; the catalog's
    /// integrity rule that no two terms of a post can overlap (to the precision they are known) makes it unique.
    /// </summary>
    public Term? TermOn(string postId, LocalDate date) =>
        Terms.FirstOrDefault(t => t.PostId == postId && t.Covers(date));

    /// <summary>
    /// True when the person held the post on the date as acting (<see cref="TermOn"/> is theirs and acting: Valery
    /// Semerikov as Secretary General on 15 May 2019); false otherwise.
    /// </summary>
    public bool ActingOn(string postId, string personId, LocalDate date) =>
        TermOn(postId, date) is { Acting: true } term && term.PersonId == personId;

    /// <summary>
    /// A post's name as its holder is named on a date: the post's own name (for a post of a state, such as a
    /// permanent representative, with the state's name: <see cref="Post.NameOf"/>), or for a person acting in it on
    /// that date (<see cref="ActingOn"/>) «исполняющий обязанности Генерального секретаря ОДКБ» in every case and
    /// "Acting CSTO Secretary General".
    /// </summary>
    /// <param name="postId">The post's id.</param>
    /// <param name="personId">The holder's id, or null when not named.</param>
    /// <param name="date">The day, or null for the post as such.</param>
    /// <param name="stateId">The state the holder represents, for a post of a state; null, or an id not in the catalog, names no state.</param>
    /// <exception cref="CatalogEntryNotFoundException">The post id is not in the catalog.</exception>
    public Naming.Name OfficeOn(string postId, string? personId, LocalDate? date, string? stateId = null)
    {
        var post = GetPost(postId);
        var name = stateId is not null && TryGetState(stateId, out var state) ? post.NameOf(state) : post.Name;
        return personId is not null && date is { } day && ActingOn(postId, personId, day) ? Official.ActingOffice(name) : name;
    }

    /// <summary>The Secretary General (or acting Secretary General) on a date, or null when the sources do not settle it.</summary>
    public Person? SecretaryGeneralOn(LocalDate date) =>
        TermOn(SecretaryGeneralPostId, date) is { } term ? GetPerson(term.PersonId) : null;

    /// <summary>A state by ISO alpha-2 code.</summary>
    /// <exception cref="CatalogEntryNotFoundException">Unknown id; the message lists the known ids.</exception>
    public MemberState GetState(string id) => Get(states, id, "state");

    /// <summary>A state by ISO alpha-2 code, when known.</summary>
    public bool TryGetState(string id, [NotNullWhen(true)] out MemberState? state) => states.TryGetValue(id, out state);

    /// <summary>A body by id (<c>csc</c>, <c>wg-afghanistan</c>…).</summary>
    /// <exception cref="CatalogEntryNotFoundException">Unknown id; the message lists the known ids.</exception>
    public Body GetBody(string id) => Get(bodies, id, "body");

    /// <summary>A body by id, when known.</summary>
    public bool TryGetBody(string id, [NotNullWhen(true)] out Body? body) => bodies.TryGetValue(id, out body);

    /// <summary>A partner organisation by id (<c>unoct</c>…).</summary>
    /// <exception cref="CatalogEntryNotFoundException">Unknown id; the message lists the known ids.</exception>
    public PartnerOrganization GetPartner(string id) => Get(partners, id, "partner organisation");

    /// <summary>A partner organisation by id, when known.</summary>
    public bool TryGetPartner(string id, [NotNullWhen(true)] out PartnerOrganization? partner) => partners.TryGetValue(id, out partner);

    /// <summary>A post by id (<c>secretary-general</c>…).</summary>
    /// <exception cref="CatalogEntryNotFoundException">Unknown id; the message lists the known ids.</exception>
    public Post GetPost(string id) => Get(posts, id, "post");

    /// <summary>A post by id, when known.</summary>
    public bool TryGetPost(string id, [NotNullWhen(true)] out Post? post) => posts.TryGetValue(id, out post);

    /// <summary>A person by id (<c>tasmagambetov</c>…).</summary>
    /// <exception cref="CatalogEntryNotFoundException">Unknown id; the message lists the known ids.</exception>
    public Person GetPerson(string id) => Get(people, id, "person");

    /// <summary>A person by id, when known.</summary>
    public bool TryGetPerson(string id, [NotNullWhen(true)] out Person? person) => people.TryGetValue(id, out person);

    private static T Get<T>(Dictionary<string, T> items, string id, string what)
    {
        ArgumentNullException.ThrowIfNull(id);
        return items.TryGetValue(id, out var item)
            ? item
            : throw new CatalogEntryNotFoundException(what, id, [.. items.Keys]);
    }
}
