using Csto.Domain.Naming;

namespace Csto.Domain.People;

/// <summary>A person in a post, as a document or an event names them: «начальник Отдела … Юрий Шувалов».</summary>
/// <example>
/// <code>
/// var official = new Official(catalog.GetPerson("shuvalov"), catalog.GetPost("head-information-department"));
/// official.Describe(GrammaticalCase.Nominative) // "начальник Отдела информации … Секретариата ОДКБ Юрий Шувалов"
/// </code>
/// </example>
public sealed record Official
{
    /// <summary>Creates an official.</summary>
    /// <param name="person">The person.</param>
    /// <param name="post">The post.</param>
    /// <param name="stateId">The state the official represents, when it matters and is known.</param>
    public Official(Person person, Post post, string? stateId = null)
    {
        Person = person ?? throw new ArgumentNullException(nameof(person));
        Post = post ?? throw new ArgumentNullException(nameof(post));
        StateId = Guard.OptionalId(stateId, nameof(stateId), "The state id of an official");
    }

    /// <summary>The person.</summary>
    public Person Person { get; }

    /// <summary>The post.</summary>
    public Post Post { get; }

    /// <summary>The state the official represents, or null.</summary>
    public string? StateId { get; }

    /// <summary>The post and the full name in a case: «начальнику Отдела … Юрию Шувалову».</summary>
    public string Describe(GrammaticalCase grammaticalCase) =>
        $"{Post.Name[grammaticalCase]} {Person.Name.Full[grammaticalCase]}";
}
