using Csto.Domain.Catalog;
using Csto.Domain.Naming;
using Csto.Domain.People;
using Csto.Domain.Validation;
using NodaTime;

namespace Csto.Domain.Events;

/// <summary>
/// A named official: a person in a post. Each of the two is either a catalog id (<c>personId</c>,
/// <c>postId</c>) or written out in the data (<c>person</c>, <c>post</c>), never both. Validation checks that a
/// person given by id held a catalog post on the event's date by the catalog's terms (Nikolai Bordyuzha was not
/// Secretary General in 2025), that a post whose holders the catalog records names its holder by id, and that an
/// official of a state is of that state.
/// </summary>
public sealed record OfficialParticipant : Participant
{
    /// <summary>Creates the participant.</summary>
    /// <exception cref="ArgumentException">Neither or both of an id and an inline value are given for the person or the post.</exception>
    public OfficialParticipant(string? personId = null, Person? person = null, string? postId = null, Post? post = null, string? stateId = null, Name? role = null, string? roleId = null)
        : base(role, roleId)
    {
        if ((personId is null) == (person is null))
        {
            throw new ArgumentException("An official needs exactly one of personId (a catalog id) and person (written out).", nameof(personId));
        }
        if ((postId is null) == (post is null))
        {
            throw new ArgumentException("An official needs exactly one of postId (a catalog id) and post (written out).", nameof(postId));
        }
        PersonId = Guard.OptionalId(personId, nameof(personId), "The person id of an official");
        Person = person;
        PostId = Guard.OptionalId(postId, nameof(postId), "The post id of an official");
        Post = post;
        StateId = Guard.OptionalId(stateId, nameof(stateId), "The state id of an official");
    }

    /// <summary>The person's catalog id, or null when the person is written out.</summary>
    public string? PersonId { get; }

    /// <summary>The person written out, or null when given by id.</summary>
    public Person? Person { get; }

    /// <summary>The post's catalog id, or null when the post is written out.</summary>
    public string? PostId { get; }

    /// <summary>The post written out, or null when given by id.</summary>
    public Post? Post { get; }

    /// <summary>The state the official represents, or null.</summary>
    public string? StateId { get; }

    /// <summary>
    /// The official with catalog ids resolved, a post of a state named with the official's state; on <paramref name="date"/>, acting when the catalog's terms of the person
    /// in the post that cover the date are all acting ones (Valery Semerikov as Secretary General on 15 May 2019).
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="date">The day the official is named for (the event's date), or null for the post as such.</param>
    /// <exception cref="CatalogEntryNotFoundException">An id is not in the catalog.</exception>
    public Official Resolve(CstoCatalog catalog, LocalDate? date = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var acting = PersonId is not null && PostId is not null && date is { } day && catalog.ActingOn(PostId, PersonId, day);
        var post = Post ?? catalog.GetPost(PostId!);
        var name = StateId is not null && catalog.TryGetState(StateId, out var state) ? post.NameOf(state) : post.Name;
        return new Official(Person ?? catalog.GetPerson(PersonId!), post, StateId, acting, name);
    }

    internal override void Validate(ValidationScope scope, CstoCatalog catalog, LocalDate? date, string what)
    {
        if (PersonId is not null && PostId is not null && date is { } day)
        {
            CatalogChecks.Holder(scope.At("personId"), catalog, PersonId, PostId, day, $"the date of the {what}");
        }
        else if (PersonId is not null)
        {
            CatalogChecks.Person(scope.At("personId"), catalog, PersonId);
        }
        if (PostId is not null)
        {
            CatalogChecks.Post(scope.At("postId"), catalog, PostId);
            if (Person is not null && catalog.TryGetPost(PostId, out var post) && catalog.Terms.Any(t => t.PostId == PostId))
            {
                scope.Report("person", $"The catalog records who held the post of {post.Name.English}: name the person by \"personId\" so that their term can be checked.");
            }
        }
        if (PersonId is not null && StateId is not null)
        {
            CatalogChecks.OfState(scope.At("personId"), catalog, PersonId, StateId, "official");
        }
        if (StateId is not null)
        {
            CatalogChecks.KnownState(scope.At("stateId"), catalog, StateId);
        }
        else if ((Post ?? (PostId is not null && catalog.TryGetPost(PostId, out var known) ? known : null)) is { IsOfState: true } ofState)
        {
            scope.Report(PostId is not null ? "postId" : "post", $"The post of {ofState.Name.English} belongs to a state, whose name it holds: give the official's \"stateId\"; the catalog knows: {string.Join(", ", catalog.States.Select(s => s.Id))}.");
        }
        if (Post?.BodyId is { } bodyId)
        {
            CatalogChecks.Body(scope.At("post").At("bodyId"), catalog, bodyId, null, what);
        }
        ValidateRole(scope, catalog);
    }
}
