// Renders a declaration to PDF and DOCX through the Csto NuGet packages, as any application would.
// Usage: Consumer <declaration.json> <output-folder>
using System.Text;
using Csto.Domain.Serialization;
using Csto.Reporting.Generation;
using Csto.Reporting.Rendering;
using Microsoft.Extensions.DependencyInjection;

if (args.Length != 2)
{
    Console.Error.WriteLine("Usage: Consumer <declaration.json> <output-folder>");
    return 2;
}

var services = new ServiceCollection();
services.AddCstoReporting().AddPdf().AddDocx();
using var provider = services.BuildServiceProvider();
var generator = provider.GetRequiredService<ReportGenerator>();

var file = CstoJson.Read(File.ReadAllText(args[0]), Path.GetFileName(args[0]));
Directory.CreateDirectory(args[1]);

var exitCode = 0;
foreach (var (format, extension, signature) in new[] { (ReportFormat.Pdf, "pdf", "%PDF-"), (ReportFormat.Docx, "docx", "PK") })
{
    var path = Path.Combine(args[1], "declaration." + extension);
    await using (var output = File.Create(path))
    {
        await generator.RenderAsync("summit-declaration", file.Record, format, output);
    }
    var bytes = File.ReadAllBytes(path);
    var valid = bytes.AsSpan().StartsWith(Encoding.ASCII.GetBytes(signature));
    Console.WriteLine($"{format}: {path}, {bytes.Length} bytes{(valid ? "" : $", does NOT start with {signature}")}");
    exitCode = valid ? exitCode : 1;
}
return exitCode;
