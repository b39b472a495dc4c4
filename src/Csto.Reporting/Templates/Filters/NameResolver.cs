using Csto.Domain.Events;
using Csto.Domain.Naming;
using Csto.Domain.People;
using Csto.Domain.States;
using Fluid.Values;

namespace Csto.Reporting.Templates.Filters;

/// <summary>A name as the filters use it: Russian case forms, English, abbreviations.</summary>
/// <param name="Russian">The Russian forms.</param>
/// <param name="English">The English name, or null when not known.</param>
/// <param name="Abbreviation">The Russian abbreviation, or null.</param>
/// <param name="EnglishAbbreviation">The English abbreviation, or null.</param>
internal sealed record ResolvedName(RussianName Russian, string? English, string? Abbreviation = null, string? EnglishAbbreviation = null)
{
    public static ResolvedName From(Name name) => new(name.Russian, name.English, name.RussianAbbreviation, name.EnglishAbbreviation);
}

/// <summary>
/// Turns a template value into a name: a <see cref="Name"/>, <see cref="RussianName"/> or
/// <see cref="PersonName"/>; a catalog id text (state, body, partner, person, post); or a domain object with a
/// name (a member state's short name, a body, a partner, a person, a post, a city, an official, a guest).
/// </summary>
internal sealed class NameResolver(ICatalogLookup catalog)
{
    public ICatalogLookup Catalog { get; } = catalog;

    /// <summary>The Russian name with cases.</summary>
    public RussianName Russian(string filter, FluidValue value) => Resolve(filter, value).Russian;

    /// <summary>The English name.</summary>
    public string English(string filter, FluidValue value) =>
        Resolve(filter, value).English
        ?? throw FilterValues.Fail(filter, $"{FilterValues.Describe(value)} has only a Russian name; its English name is not known.");

    public ResolvedName Resolve(string filter, FluidValue value)
    {
        var raw = value.ToObjectValue();
        return raw switch
        {
            null => throw FilterValues.Fail(filter, "expected a name, a catalog id or an object with a name; got nothing (nil)."),
            string id when value is StringValue => Catalog.FindName(id)
                ?? throw FilterValues.Fail(filter, $"'{id}' is not an id of the catalog (a state, body, partner, person or post; such as 'kg', 'csc', 'unoct')."),
            _ => NameOf(raw) ?? throw FilterValues.Fail(filter, $"expected a name, a catalog id or an object with a name; got {FilterValues.Describe(value)}."),
        };
    }

    /// <summary>The name a value carries, or null when it has none; an official on <paramref name="date"/> (acting or not).</summary>
    /// <remarks>
    /// The last case reads a <c>Name</c> property by reflection: template values are Csto.Domain objects, and that
    /// assembly is kept whole in trimmed applications by <c>Templates/Liquid/ILLink.Descriptors.xml</c>.
    /// </remarks>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2075",
        Justification = "Template values are Csto.Domain objects; the embedded ILLink descriptor keeps that assembly whole.")]
    public ResolvedName? NameOf(object item, NodaTime.LocalDate? date = null) => item switch
    {
        Name name => ResolvedName.From(name),
        RussianName russian => new ResolvedName(russian, null),
        PersonName person => new ResolvedName(person.Full, person.English),
        MemberState state => ResolvedName.From(state.ShortName),
        Person person => new ResolvedName(person.Name.Full, person.Name.English),
        Official official => OfficialName(official),
        OfficialParticipant participant => OfficialName(Catalog.Resolve(participant, date)),
        GuestParticipant guests => ResolvedName.From(guests.Description),
        _ => item.GetType().GetProperty("Name")?.GetValue(item) is { } inner and (Name or RussianName or PersonName) ? NameOf(inner) : null,
    };

    /// <summary>
    /// «Генеральный секретарь ОДКБ Имангали Тасмагамбетов» (acting: «исполняющий обязанности Генерального секретаря ОДКБ
    /// Валерий Семериков», «Acting CSTO Secretary General Valery Semerikov») in every case. In English a post used as a title before the
    /// name takes no article («CSTO Secretary General Imangali Tasmagambetov»); a post named by its head noun and an
    /// «of» phrase takes «the» («the Head of the Information and Public Relations Department of the CSTO Secretariat
    /// Yuri Shuvalov»).
    /// </summary>
    private static ResolvedName OfficialName(Official official)
    {
        string Form(GrammaticalCase c) => official.Describe(c);
        var russian = new RussianName(Form(GrammaticalCase.Nominative), Form(GrammaticalCase.Genitive), Form(GrammaticalCase.Dative),
            Form(GrammaticalCase.Accusative), Form(GrammaticalCase.Instrumental), Form(GrammaticalCase.Prepositional));
        var post = official.Office.English;
        var article = post.Contains(" of ", StringComparison.Ordinal) && !post.StartsWith("the ", StringComparison.Ordinal) ? "the " : "";
        return new ResolvedName(russian, $"{article}{post} {official.Person.Name.English}");
    }
}
