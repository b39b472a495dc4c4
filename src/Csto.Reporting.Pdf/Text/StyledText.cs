namespace Csto.Reporting.Pdf.Text;

/// <summary>A piece of inline text with its style; a null <see cref="Text"/> is a forced line break.</summary>
/// <param name="Text">The text, or null for a line break.</param>
/// <param name="Style">The style.</param>
internal readonly record struct StyledText(string? Text, TextStyle Style);
