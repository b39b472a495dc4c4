namespace Csto.Domain.Validation;

/// <summary>
/// One thing wrong with a record against the catalog: where (a JSON property path relative to the record,
/// such as <c>participants[3].stateId</c>) and what.
/// </summary>
/// <param name="Path">The property path in camelCase JSON names, with indices; empty for the record itself.</param>
/// <param name="Message">What is wrong, naming the facts involved.</param>
public sealed record ValidationProblem(string Path, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}
