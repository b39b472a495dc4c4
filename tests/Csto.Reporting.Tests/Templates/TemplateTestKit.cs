using Csto.Domain.Events;
using Csto.Reporting.Templates;
using NodaTime;

namespace Csto.Reporting.Tests.Templates;

/// <summary>Builds small template catalogs and records for the engine tests.</summary>
internal static class TemplateTestKit
{
    public static Event Session42 { get; } = new(EventType.Session, number: 42, date: new LocalDate(2025, 12, 3),
        bodyIds: ["wg-afghanistan"],
        participants: [new BodyParticipant("secretariat"), new PartnerParticipant("unoct"), new PartnerParticipant("icrc")]);

    /// <summary>A template file: front matter for an event template followed by <paramref name="body"/>.</summary>
    public static string EventTemplate(string name, string body, string model = "event") =>
        $"---\nname: {name}\ntitle: Test\nmodel: {model}\n---\n{body}";

    public static TemplateEngine Engine(string name, string body, string model = "event", params (string Name, string Text)[] partials)
    {
        var files = new List<KeyValuePair<string, string>> { new(name, EventTemplate(name, body, model)) };
        files.AddRange(partials.Select(p => new KeyValuePair<string, string>(p.Name, p.Text)));
        return new TemplateEngine(TemplateCatalog.FromTexts(files));
    }

    public static string Render(string body) => Engine("t", body).RenderMarkdown("t", Session42);
}
