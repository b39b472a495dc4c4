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
    /// <param name="acting">True when the person holds the post as acting (исполняющий обязанности) on the day named.</param>
    public Official(Person person, Post post, string? stateId = null, bool acting = false)
        : this(person, post, stateId, acting, post?.Name!)
    {
    }

    /// <summary>An official whose office is named <paramref name="postName"/> (a post of a state with the state's name), acting or not.</summary>
    internal Official(Person person, Post post, string? stateId, bool acting, Name postName)
    {
        Person = person ?? throw new ArgumentNullException(nameof(person));
        Post = post ?? throw new ArgumentNullException(nameof(post));
        StateId = Guard.OptionalId(stateId, nameof(stateId), "The state id of an official");
        Acting = acting;
        Office = acting ? ActingOffice(postName) : postName;
    }

    /// <summary>The person.</summary>
    public Person Person { get; }

    /// <summary>The post.</summary>
    public Post Post { get; }

    /// <summary>The state the official represents, or null.</summary>
    public string? StateId { get; }

    /// <summary>True when the person holds the post as acting.</summary>
    public bool Acting { get; }

    /// <summary>
    /// The office as it is named: the post (for a post of a state resolved with the official's state, with the state's
    /// name: «постоянный и полномочный представитель Республики Армения при ОДКБ»), or for an acting holder «исполняющий обязанности Генерального секретаря
    /// ОДКБ» in every case (the post in the genitive) and «Acting CSTO Secretary General».
    /// </summary>
    public Name Office { get; }

    /// <summary>The office and the full name in a case: «начальнику Отдела … Юрию Шувалову».</summary>
    public string Describe(GrammaticalCase grammaticalCase) =>
        $"{Office[grammaticalCase]} {Person.Name.Full[grammaticalCase]}";

    /// <summary>«исполняющий обязанности» and the post in the genitive, in every case; "Acting" and the English post.</summary>
    internal static Name ActingOffice(Name post)
    {
        var of = " обязанности " + post.Russian.Genitive;
        return new Name(
            new RussianName("исполняющий" + of, "исполняющего" + of, "исполняющему" + of, "исполняющего" + of, "исполняющим" + of, "исполняющем" + of),
            "Acting " + post.English);
    }
}
