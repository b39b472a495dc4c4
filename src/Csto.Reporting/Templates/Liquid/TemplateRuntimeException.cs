namespace Csto.Reporting.Templates.Liquid;

/// <summary>
/// A problem found while a template runs (an undefined name, a bad filter input); the engine turns it into
/// an <see cref="Diagnostics.InputProblem"/> at the template position of <see cref="Token"/>.
/// </summary>
internal sealed class TemplateRuntimeException : Exception
{
    public TemplateRuntimeException(TokenKind kind, string token, string message)
        : base(message)
    {
        Kind = kind;
        Token = token;
    }

    public TemplateRuntimeException()
    {
        Token = string.Empty;
    }

    public TemplateRuntimeException(string message)
        : base(message)
    {
        Token = string.Empty;
    }

    public TemplateRuntimeException(string message, Exception innerException)
        : base(message, innerException)
    {
        Token = string.Empty;
    }

    /// <summary>What <see cref="Token"/> is: a variable or member name, or a filter name.</summary>
    public TokenKind Kind { get; }

    /// <summary>The name to look for in the template source.</summary>
    public string Token { get; }

    /// <summary>The kind of name a runtime problem is about.</summary>
    public enum TokenKind
    {
        /// <summary>No name: the problem has no position.</summary>
        None,
        /// <summary>A variable or a member (<c>model.venue</c>).</summary>
        Name,
        /// <summary>A filter (<c>| genitive</c>).</summary>
        Filter,
        /// <summary>A quoted name (the partial of <c>{% include '…' %}</c>).</summary>
        Quoted,
    }
}
