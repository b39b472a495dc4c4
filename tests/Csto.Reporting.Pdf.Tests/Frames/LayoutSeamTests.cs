using System.Reflection;
using System.Reflection.Emit;

namespace Csto.Reporting.Pdf.Tests.Frames;

/// <summary>
/// The seam of <c>../shared/design/FRAMES.md</c>: layout produces page frames and never touches Skia, which only the
/// PNG painter and the PDF writer's picture decoding use. Read from the compiled code: every field, signature and
/// method body of the layout's namespaces, compiler-generated closures and state machines included.
/// </summary>
public sealed class LayoutSeamTests
{
    private static readonly string[] LayoutNamespaces =
    [
        "Csto.Reporting.Pdf.Layout", "Csto.Reporting.Pdf.Frames", "Csto.Reporting.Pdf.Text",
        "Csto.Reporting.Pdf.Pagination", "Csto.Reporting.Pdf.LineBreaking", "Csto.Reporting.Pdf.Fonts",
    ];

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    [Fact]
    public void No_type_of_the_layout_uses_a_Skia_type_in_its_fields_signatures_or_code()
    {
        var assembly = typeof(PdfReportRenderer).Assembly;
        var layoutTypes = assembly.GetTypes().Where(t => LayoutNamespaces.Any(n => (t.Namespace ?? string.Empty).StartsWith(n, StringComparison.Ordinal))).ToList();
        layoutTypes.Should().HaveCountGreaterThan(50, "the layout's namespaces are found");
        layoutTypes.Select(t => t.FullName).Should().Contain("Csto.Reporting.Pdf.Fonts.LoadedFont");

        var uses = new SortedSet<string>(StringComparer.Ordinal);
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in layoutTypes)
        {
            foreach (var field in type.GetFields(all).Where(f => IsSkia(f.FieldType)))
            {
                uses.Add($"{type.FullName}.{field.Name}: {field.FieldType}");
            }
            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                if (method is MethodInfo info && IsSkia(info.ReturnType) || method.GetParameters().Any(p => IsSkia(p.ParameterType)))
                {
                    uses.Add($"{type.FullName}.{method.Name}: signature");
                }
                foreach (var used in BodyReferences(method).Where(IsSkia))
                {
                    uses.Add($"{type.FullName}.{method.Name}: {used}");
                }
            }
        }
        uses.Should().BeEmpty("layout reads fonts through HarfBuzz and pictures from their bytes, and gives colours and rectangles as frame values");
    }

    [Fact]
    public void The_reader_of_method_bodies_finds_Skia_where_it_is_used()
    {
        // The PNG painter draws with Skia: if the scan found nothing there, the test above would prove nothing.
        var painter = typeof(PdfReportRenderer).Assembly.GetType("Csto.Reporting.Pdf.Drawing.SkiaTypefaces", throwOnError: true)!;
        painter.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Concat(painter.GetNestedTypes(BindingFlags.NonPublic).SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)))
            .SelectMany(m => BodyReferences(m))
            .Should().Contain(t => IsSkia(t));
    }

    private static bool IsSkia(Type type) =>
        (type.Assembly.GetName().Name ?? string.Empty).StartsWith("SkiaSharp", StringComparison.Ordinal)
        || (type.HasElementType && IsSkia(type.GetElementType()!))
        || (type.IsGenericType && !type.IsGenericTypeDefinition && type.GetGenericArguments().Any(IsSkia));

    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            yield break;
        }
        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }
        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            var code = OpCodesByValue[value];
            i += code.Size;
            var operand = code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, i),
                _ => 4,
            };
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var member = method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArguments, methodArguments);
                switch (member)
                {
                    case Type type:
                        yield return type;
                        break;
                    case FieldInfo field:
                        yield return field.DeclaringType!;
                        yield return field.FieldType;
                        break;
                    case MethodBase called:
                        yield return called.DeclaringType!;
                        if (called is MethodInfo calledInfo)
                        {
                            yield return calledInfo.ReturnType;
                        }
                        foreach (var parameter in called.GetParameters())
                        {
                            yield return parameter.ParameterType;
                        }
                        break;
                }
            }
            i += operand;
        }
    }
}
