using Csto.Domain.People;

namespace Csto.Domain.Catalog;

/// <summary>The shape of the embedded <c>people.json</c>: posts, people and terms.</summary>
internal sealed record PeopleData(IReadOnlyList<Post> Posts, IReadOnlyList<Person> People, IReadOnlyList<Term> Terms);
