namespace Csto.Domain.Catalog;

/// <summary>Integrity rules of the catalog: unique ids, a source on every fact, references that resolve, no two terms of a post that can overlap.</summary>
internal static class CatalogIntegrity
{
    public static IReadOnlyList<string> Check(CstoCatalog catalog)
    {
        var problems = new List<string>();
        Unique(problems, "state", catalog.States.Select(s => s.Id));
        Unique(problems, "body", catalog.Bodies.Select(b => b.Id));
        Unique(problems, "partner", catalog.Partners.Select(p => p.Id));
        Unique(problems, "post", catalog.Posts.Select(p => p.Id));
        Unique(problems, "person", catalog.People.Select(p => p.Id));
        Unique(problems, "force", catalog.Forces.Select(f => f.Id));
        Unique(problems, "activity", catalog.Activities.Select(a => a.Id));
        Unique(problems, "role", catalog.Roles.Select(r => r.Id));
        Unique(problems, "chairmanship year", catalog.Chairmanships.Select(c => c.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Sourced(problems, "organization", catalog.Organization.Source);
        foreach (var state in catalog.States)
        {
            Sourced(problems, $"states/{state.Id}", state.Source);
            for (var i = 0; i < state.History.Count; i++)
            {
                Sourced(problems, $"states/{state.Id}/history[{i}]", state.History[i].Source);
            }
        }
        foreach (var body in catalog.Bodies)
        {
            Sourced(problems, $"bodies/{body.Id}", body.Source);
            if (body.ParentId is { } parent && !catalog.TryGetBody(parent, out _))
            {
                problems.Add($"bodies/{body.Id}: unknown parent body \"{parent}\".");
            }
        }
        foreach (var partner in catalog.Partners)
        {
            Sourced(problems, $"partners/{partner.Id}", partner.Source);
        }
        foreach (var post in catalog.Posts)
        {
            Sourced(problems, $"posts/{post.Id}", post.Source);
            if (post.BodyId is { } body && !catalog.TryGetBody(body, out _))
            {
                problems.Add($"posts/{post.Id}: unknown body \"{body}\".");
            }
        }
        foreach (var person in catalog.People)
        {
            Sourced(problems, $"people/{person.Id}", person.Source);
            if (person.StateId is { } state && !catalog.TryGetState(state, out _))
            {
                problems.Add($"people/{person.Id}: unknown state \"{state}\".");
            }
        }
        for (var i = 0; i < catalog.Terms.Count; i++)
        {
            var term = catalog.Terms[i];
            Sourced(problems, $"terms[{i}]", term.Source);
            if (!catalog.TryGetPerson(term.PersonId, out _))
            {
                problems.Add($"terms[{i}]: unknown person \"{term.PersonId}\".");
            }
            if (!catalog.TryGetPost(term.PostId, out _))
            {
                problems.Add($"terms[{i}]: unknown post \"{term.PostId}\".");
            }
        }
        for (var i = 0; i < catalog.Terms.Count; i++)
        {
            for (var j = i + 1; j < catalog.Terms.Count; j++)
            {
                var (first, second) = (catalog.Terms[i], catalog.Terms[j]);
                if (first.PostId == second.PostId && first.CanOverlap(second))
                {
                    problems.Add($"terms[{i}] ({first.PersonId}, {Span(first)}) and terms[{j}] ({second.PersonId}, {Span(second)}) of the post \"{first.PostId}\" can overlap: "
                        + "one must end, to the precision it is known, before the other starts (leave a day to neither rather than guess).");
                }
            }
        }
        foreach (var chair in catalog.Chairmanships)
        {
            Sourced(problems, $"chairmanships/{chair.Year}", chair.Source);
            if (!catalog.TryGetState(chair.StateId, out _))
            {
                problems.Add($"chairmanships/{chair.Year}: unknown state \"{chair.StateId}\".");
            }
        }
        foreach (var force in catalog.Forces)
        {
            Sourced(problems, $"forces/{force.Id}", force.Source);
            foreach (var deployment in force.Deployments)
            {
                Sourced(problems, $"forces/{force.Id}/deployments/{DateText.Iso(deployment.Start)}", deployment.Source);
                if (!catalog.TryGetState(deployment.StateId, out _))
                {
                    problems.Add($"forces/{force.Id}: unknown state \"{deployment.StateId}\".");
                }
            }
        }
        foreach (var activity in catalog.Activities)
        {
            Sourced(problems, $"activities/{activity.Id}", activity.Source);
            if (activity.ForceId is { } force && !catalog.TryGetForce(force, out _))
            {
                problems.Add($"activities/{activity.Id}: unknown force \"{force}\".");
            }
            foreach (var stage in activity.Stages)
            {
                Sourced(problems, $"activities/{activity.Id}/stages/{stage.Name}", stage.Source);
            }
        }
        foreach (var role in catalog.Roles)
        {
            Sourced(problems, $"roles/{role.Id}", role.Source);
        }
        return problems;
    }

    private static string Span(People.Term term) => $"{term.Start} – {(term.End is { } end ? end.ToString() : "open")}";

    private static void Unique(List<string> problems, string what, IEnumerable<string> ids)
    {
        foreach (var duplicate in ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"The {what} id \"{duplicate.Key}\" appears {duplicate.Count()} times.");
        }
    }

    private static void Sourced(List<string> problems, string where, string? source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            problems.Add($"{where}: every catalog fact needs a source.");
        }
    }
}
