using Csto.Domain.Documents;
using Csto.Domain.Events;
using Csto.Domain.Naming;
using Csto.Reporting.Formatting;
using Fluid;
using Fluid.Values;
using NodaTime;

namespace Csto.Reporting.Templates.Filters;

/// <summary>
/// <c>participants: "gen"</c> writes a list of participants as Russian news items do: «сотрудников
/// Секретариата ОДКБ, делегаций государств – членов ОДКБ, представителей КТУ ООН, РЦПДЦА ООН и МККК».
/// Each participant is its role («представители», written out or by the catalog's role id) in the case followed by
/// its name in the genitive, or its name in the case when it has no role; consecutive participants with the same
/// role name it once. A state appears as its delegation with its official name: «делегаций Республики Беларусь,
/// Республики Казахстан и Кыргызской Республики»;
/// a single state's delegation is in the singular: «делегации Кыргызской Республики». A second argument
/// <c>"abbr"</c> uses abbreviations where the catalog has them. <c>participants_en</c> writes «representatives of
/// UNOCT, UNRCCA and ICRC».
/// </summary>
internal static class ParticipantFilters
{
    private static readonly Name DefaultDelegations = new(
        new RussianName("делегации", "делегаций", "делегациям", "делегации", "делегациями", "делегациях"), "delegations");

    /// <summary>One state's delegation: «делегации Кыргызской Республики», "the delegation of the Kyrgyz Republic".</summary>
    private static readonly Name DefaultDelegation = new(
        new RussianName("делегация", "делегации", "делегации", "делегацию", "делегацией", "делегации"), "the delegation");

    private const string OfTheMemberStates = "государств\u00A0– членов ОДКБ";

    public static void Register(FilterCollection filters, NameResolver names)
    {
        filters.AddFilter("participants", (input, arguments, context) =>
        {
            var grammaticalCase = arguments.Count > 0 ? FilterValues.Case("participants", arguments.At(0).ToStringValue()) : GrammaticalCase.Nominative;
            var abbreviate = Abbreviate("participants", arguments);
            var participants = Participants("participants", input, context);
            var date = DateOf(context, participants);
            var phrases = Group(participants)
                .SelectMany(group => group.Items.Select((p, i) => Russian(names, p, i == 0 ? RoleOf(group) : null, grammaticalCase, abbreviate, date)));
            return ValueTask.FromResult<FluidValue>(new StringValue(ListFormatter.Russian(phrases)));
        });
        filters.AddFilter("participants_en", (input, arguments, context) =>
        {
            var abbreviate = Abbreviate("participants_en", arguments);
            var participants = Participants("participants_en", input, context);
            var date = DateOf(context, participants);
            var phrases = Group(participants)
                .SelectMany(group => group.Items.Select((p, i) => English(names, p, i == 0 ? RoleOf(group) : null, abbreviate, date)));
            return ValueTask.FromResult<FluidValue>(new StringValue(ListFormatter.English(phrases)));
        });
    }

    private static bool Abbreviate(string filter, FilterArguments arguments)
    {
        var styleIndex = filter == "participants" ? 1 : 0;
        if (arguments.Count <= styleIndex)
        {
            return false;
        }
        var style = arguments.At(styleIndex).ToStringValue();
        return style switch
        {
            "abbr" => true,
            "full" => false,
            _ => throw FilterValues.Fail(filter, $"unknown style '{style}'; expected \"abbr\" or \"full\"."),
        };
    }

    private static List<Participant> Participants(string filter, FluidValue input, TemplateContext context) =>
        (input is ArrayValue ? FilterValues.Items(input, context) : [input]).Select(item => item.ToObjectValue() as Participant
            ?? throw FilterValues.Fail(filter, $"expected a list of participants; an item is {FilterValues.Describe(item)}.")).ToList();

    /// <summary>
    /// The day the participants are named for, so that an official acting on that day is named as acting: the date of
    /// the event (the model's, or an information message's event) or minutes that lists them all; null when none does.
    /// </summary>
    private static LocalDate? DateOf(TemplateContext context, List<Participant> participants)
    {
        var model = context.GetValue("model").ToObjectValue();
        return (model is InformationMessage message ? message.Event : model) switch
        {
            Event e when participants.TrueForAll(p => e.Participants.Contains(p) || Equals(e.Organizer, p)) => e.Date,
            Minutes m when participants.TrueForAll(p => m.Participants.Contains(p)) => m.Date,
            _ => null,
        };
    }

    /// <summary>Runs of participants that share a role (by its Russian nominative).</summary>
    private static List<(Name? Role, List<Participant> Items)> Group(List<Participant> participants)
    {
        var groups = new List<(Name? Role, List<Participant> Items)>();
        foreach (var participant in participants)
        {
            var role = RoleOf(participant);
            if (role is not null && groups.Count > 0 && groups[^1].Role?.Russian.Nominative == role.Russian.Nominative && Groupable(participant))
            {
                groups[^1].Items.Add(participant);
            }
            else
            {
                groups.Add((role, [participant]));
            }
        }
        return groups;
    }

    /// <summary>
    /// A group's role; a single state's delegations (by default, or the catalog's role «делегации», which is plural)
    /// are its delegation, in the singular.
    /// </summary>
    private static Name? RoleOf((Name? Role, List<Participant> Items) group) =>
        group.Items is [StateDelegation { RoleName: var role }] && (role is null || role.Russian.Genitive == DefaultDelegations.Russian.Genitive)
            ? DefaultDelegation
            : group.Role;

    private static bool Groupable(Participant participant) =>
        participant is BodyParticipant or PartnerParticipant or OrganizationParticipant or StateDelegation;

    private static Name? RoleOf(Participant participant) =>
        participant is MemberStateDelegations or StateDelegation ? participant.RoleName ?? DefaultDelegations : participant.RoleName;

    /// <summary>True when the participant is named after a role: its own, or the delegations of states.</summary>
    private static bool HasRole(Participant participant) =>
        participant.RoleName is not null || participant is MemberStateDelegations or StateDelegation;

    private static string Russian(NameResolver names, Participant participant, Name? role, GrammaticalCase grammaticalCase, bool abbreviate, LocalDate? date)
    {
        var entityCase = HasRole(participant) ? GrammaticalCase.Genitive : grammaticalCase;
        var entity = participant is MemberStateDelegations ? OfTheMemberStates : Entity(names, participant, entityCase, abbreviate, date);
        return role is null || !HasRole(participant)
            ? entity
            : role.Russian[grammaticalCase] + " " + entity;
    }

    private static string Entity(NameResolver names, Participant participant, GrammaticalCase grammaticalCase, bool abbreviate, LocalDate? date)
    {
        var name = EntityName(names, participant, date);
        return abbreviate && name.Abbreviation is { } abbreviation ? abbreviation : name.Russian[grammaticalCase];
    }

    private static ResolvedName EntityName(NameResolver names, Participant participant, LocalDate? date) => participant switch
    {
        StateDelegation state => names.Catalog.Find("state", state.StateId) is Csto.Domain.States.MemberState member
            ? ResolvedName.From(member.FullName)
            : throw FilterValues.Fail("participants", $"'{state.StateId}' is not an id of the catalog."),
        BodyParticipant body => OfTheCsto(Lookup(names, body.BodyId)),
        PartnerParticipant partner => Lookup(names, partner.PartnerId),
        _ => names.NameOf(participant, date) ?? throw FilterValues.Fail("participants", $"a participant of kind {participant.GetType().Name} has no name."),
    };

    /// <summary>A body is named with the organization: «Секретариат ОДКБ», «СКБ ОДКБ», «CSTO Secretariat».</summary>
    private static ResolvedName OfTheCsto(ResolvedName name)
    {
        if (name.Russian.Nominative.Contains("ОДКБ", StringComparison.Ordinal))
        {
            return name;
        }
        string Form(GrammaticalCase c) => name.Russian[c] + " ОДКБ";
        var russian = new RussianName(Form(GrammaticalCase.Nominative), Form(GrammaticalCase.Genitive), Form(GrammaticalCase.Dative),
            Form(GrammaticalCase.Accusative), Form(GrammaticalCase.Instrumental), Form(GrammaticalCase.Prepositional));
        var english = name.English is { } e && !e.Contains("CSTO", StringComparison.Ordinal) ? "CSTO " + e : name.English;
        return name with
        {
            Russian = russian,
            English = english,
            Abbreviation = name.Abbreviation is { } a ? a + " ОДКБ" : null,
            EnglishAbbreviation = name.EnglishAbbreviation is { } ea ? "CSTO " + ea : null,
        };
    }

    private static ResolvedName Lookup(NameResolver names, string id) =>
        names.Catalog.FindName(id) ?? throw FilterValues.Fail("participants", $"'{id}' is not an id of the catalog.");

    /// <summary>A state's formal name takes the article («the Republic of Belarus»); a name equal to the short one does not («Georgia»).</summary>
    private static bool IsFormalStateName(NameResolver names, Participant participant) =>
        participant is StateDelegation state
        && names.Catalog.Find("state", state.StateId) is Csto.Domain.States.MemberState member
        && member.FullName.English != member.ShortName.English;

    private static string English(NameResolver names, Participant participant, Name? role, bool abbreviate, LocalDate? date)
    {
        string entity;
        if (participant is MemberStateDelegations)
        {
            entity = "the CSTO member states";
        }
        else
        {
            var name = EntityName(names, participant, date);
            var full = name.English ?? throw FilterValues.Fail("participants_en", $"the English name of «{name.Russian.Nominative}» is not known.");
            entity = abbreviate && name.EnglishAbbreviation is { } abbreviation
                ? abbreviation
                : (participant is BodyParticipant or PartnerParticipant or OrganizationParticipant || IsFormalStateName(names, participant)) && !full.StartsWith("the ", StringComparison.Ordinal)
                    ? "the " + full
                    : full;
        }
        return role is null || !HasRole(participant)
            ? entity
            : role.English + " of " + entity;
    }
}
