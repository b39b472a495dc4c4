using Csto.Domain.Naming;
using Csto.Domain.States;

namespace Csto.Domain.People;

/// <summary>A position that exists independently of who holds it (Popolo's Post), such as the Secretary General.</summary>
/// <example>
/// <code>
/// var post = CstoCatalog.Default.GetPost("secretary-general");
/// post.Name[GrammaticalCase.Instrumental] // "Генеральным секретарём ОДКБ"
/// var representative = CstoCatalog.Default.GetPost("permanent-representative");
/// representative.NameOf(CstoCatalog.Default.GetState("AM"))[GrammaticalCase.Dative]
///     // "постоянному и полномочному представителю Республики Армения при ОДКБ"
/// </code>
/// </example>
public sealed record Post
{
    /// <summary>Creates a post.</summary>
    /// <param name="id">The id, such as <c>secretary-general</c>.</param>
    /// <param name="name">The title of the post in every case, written as inside a sentence; for a post of a state, without the state.</param>
    /// <param name="bodyId">The body the post belongs to, or null.</param>
    /// <param name="source">Where the facts come from.</param>
    /// <param name="stateBefore">
    /// For a post that belongs to a state (a permanent representative), the words of the name the state's name goes
    /// before: «при ОДКБ» and "to the CSTO" give «постоянный и полномочный представитель Республики Армения при ОДКБ»
    /// and "Permanent and Plenipotentiary Representative of the Republic of Armenia to the CSTO"; null for other posts.
    /// </param>
    /// <exception cref="ArgumentException">An id is malformed, or <paramref name="stateBefore"/> has no English text or is not in every form of the name.</exception>
    public Post(string id, Name name, string? bodyId = null, string? source = null, BilingualText? stateBefore = null)
    {
        Id = Guard.Id(id, nameof(id), "The post id");
        Name = name ?? throw new ArgumentNullException(nameof(name));
        BodyId = Guard.OptionalId(bodyId, nameof(bodyId), "The body id of a post");
        Source = Guard.NullOrNotEmpty(source, nameof(source), "The source");
        if (stateBefore is not null)
        {
            if (stateBefore.English is null)
            {
                throw new ArgumentException($"The post \"{id}\" belongs to a state: stateBefore needs the English words the state's name goes before (\"to the CSTO\").", nameof(stateBefore));
            }
            var missing = Forms(name.Russian).Where(f => Position(f, stateBefore.Russian) < 0).ToList();
            if (missing.Count > 0 || Position(name.English, stateBefore.English) < 0)
            {
                throw new ArgumentException(
                    $"The post \"{id}\" puts the state before «{stateBefore.Russian}» / \"{stateBefore.English}\", which every form of its name must hold; "
                    + $"{(missing.Count > 0 ? $"«{missing[0]}»" : $"\"{name.English}\"")} does not.", nameof(stateBefore));
            }
        }
        StateBefore = stateBefore;
    }

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>The title of the post in every case (for a post of a state, without the state).</summary>
    public Name Name { get; }

    /// <summary>The body the post belongs to, or null.</summary>
    public string? BodyId { get; }

    /// <summary>Where the facts come from.</summary>
    public string? Source { get; }

    /// <summary>For a post of a state, the words of the name the state's name goes before; null for other posts.</summary>
    public BilingualText? StateBefore { get; }

    /// <summary>True when the post belongs to a state (a permanent representative), whose name it then holds.</summary>
    public bool IsOfState => StateBefore is not null;

    /// <summary>
    /// The post's name for a state: for a post of a state, the state's full name in the genitive in every case
    /// («постоянного и полномочного представителя Республики Армения при ОДКБ») and "of the Republic of Armenia" in
    /// English (no article where the full name is the short one: "of Georgia"); for another post, <see cref="Name"/>.
    /// </summary>
    /// <param name="state">The state.</param>
    public Name NameOf(MemberState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var full = state.FullName.English;
        return NameWith(state.FullName.Russian.Genitive, "of " + (full == state.ShortName.English ? full : "the " + full));
    }

    /// <summary>
    /// For a post of a state, the name with <paramref name="russian"/> in every case and <paramref name="english"/>
    /// where the state's name goes; for another post, <see cref="Name"/>.
    /// </summary>
    internal Name NameWith(string russian, string english)
    {
        if (StateBefore is not { English: { } englishBefore } before)
        {
            return Name;
        }
        string Russian(string form) => Insert(form, before.Russian, russian);
        var r = Name.Russian;
        return new Name(
            new RussianName(Russian(r.Nominative), Russian(r.Genitive), Russian(r.Dative), Russian(r.Accusative), Russian(r.Instrumental), Russian(r.Prepositional)),
            Insert(Name.English, englishBefore, english));
    }

    /// <inheritdoc/>
    public override string ToString() => Name.ToString();

    private static IEnumerable<string> Forms(RussianName name) =>
        [name.Nominative, name.Genitive, name.Dative, name.Accusative, name.Instrumental, name.Prepositional];

    /// <summary>Where <paramref name="words"/> start as whole words in <paramref name="form"/> (the last such place), or −1.</summary>
    private static int Position(string form, string words)
    {
        var at = form.LastIndexOf(" " + words, StringComparison.Ordinal);
        return at >= 0 && (at + 1 + words.Length == form.Length || form[at + 1 + words.Length] == ' ') ? at + 1 : -1;
    }

    private static string Insert(string form, string before, string state)
    {
        var at = Position(form, before);
        return string.Concat(form.AsSpan(0, at), state, " ", form.AsSpan(at));
    }
}
