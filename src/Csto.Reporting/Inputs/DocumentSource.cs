namespace Csto.Reporting.Inputs;

/// <summary>
/// Where a document tree came from, kept on the tree (<see cref="Documents.ReportDocument"/>) so that problems found
/// when it is rendered are reported where the author can fix them: the input's name, its text (read only when a problem
/// needs a position) and the property path at a line and column of a data file.
/// </summary>
/// <param name="Name">The file name (or <c>record:ID</c>) problems are reported under.</param>
/// <param name="Text">The text whose characters the document's text came from; null when there is none.</param>
/// <param name="PathAt">The property path at a line and column of <paramref name="Text"/>, or null.</param>
/// <param name="AuthorsText">
/// Whether <paramref name="Text"/> is what the author wrote (a Markdown or data file), so that its lines and columns are
/// worth giving; false for a record serialised here only to find property paths.
/// </param>
internal sealed record DocumentSource(string Name, Func<string>? Text, Func<int, int, string?>? PathAt, bool AuthorsText);
