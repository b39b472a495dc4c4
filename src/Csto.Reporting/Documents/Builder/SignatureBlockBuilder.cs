namespace Csto.Reporting.Documents.Builder;

/// <summary>Builds a signature block, one signatory per call, top to bottom.</summary>
/// <example><code>s => s.Signatory("За Республику Армения", "Н. Пашинян").Signatory("За Республику Беларусь", "А. Лукашенко")</code></example>
public sealed class SignatureBlockBuilder
{
    private readonly List<Signatory> signatories = [];

    internal SignatureBlockBuilder()
    {
    }

    /// <summary>Adds a signatory.</summary>
    /// <param name="office">The office; '\n' separates its lines.</param>
    /// <param name="name">The name as signed; empty when only the office is known.</param>
    public SignatureBlockBuilder Signatory(string office, string name = "")
    {
        signatories.Add(new Signatory(office, name));
        return this;
    }

    internal SignatureBlock Build() => new(signatories.ToList());
}
