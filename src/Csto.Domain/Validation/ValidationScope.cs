namespace Csto.Domain.Validation;

/// <summary>Collects problems under a property path; child scopes extend the path.</summary>
internal readonly struct ValidationScope
{
    private readonly List<ValidationProblem> problems;
    private readonly string path;

    private ValidationScope(List<ValidationProblem> problems, string path)
    {
        this.problems = problems;
        this.path = path;
    }

    /// <summary>A root scope writing into a new list.</summary>
    public static ValidationScope Root(out List<ValidationProblem> problems)
    {
        problems = [];
        return new ValidationScope(problems, string.Empty);
    }

    /// <summary>The scope of a property.</summary>
    public ValidationScope At(string property) =>
        new(problems, path.Length == 0 ? property : $"{path}.{property}");

    /// <summary>The scope of an item of a list property.</summary>
    public ValidationScope At(string property, int index) =>
        new(problems, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(path.Length == 0 ? property : $"{path}.{property}")}[{index}]"));

    /// <summary>Adds a problem at this scope's path.</summary>
    public void Report(string message) => problems.Add(new ValidationProblem(path, message));

    /// <summary>Adds a problem at a property of this scope.</summary>
    public void Report(string property, string message) => At(property).Report(message);
}
