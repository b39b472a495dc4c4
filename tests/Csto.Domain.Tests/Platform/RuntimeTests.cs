using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Csto.Domain.Tests.Platform;

/// <summary>
/// The test assemblies are built for net8.0 and net10.0; each must run on the runtime it targets (the net8.0 ones
/// self-contained with the .NET 8 runtime pack), not be rolled forward to the SDK's .NET 10.
/// </summary>
public sealed class RuntimeTests
{
    [Fact]
    public void Tests_run_on_the_runtime_of_their_target_framework()
    {
        var target = new FrameworkName(typeof(RuntimeTests).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName);

        Environment.Version.Major.Should().Be(target.Version.Major, "the tests of {0} must run on that runtime", target);
        RuntimeInformation.FrameworkDescription.Should().StartWith($".NET {target.Version.Major}.");
        typeof(object).Assembly.GetName().Version!.Major.Should().Be(target.Version.Major);
    }

    [Fact]
    public void The_domain_assembly_is_the_build_for_the_same_target()
    {
        var tests = typeof(RuntimeTests).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;
        var domain = typeof(Csto.Domain.Catalog.CstoCatalog).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;

        domain.Should().Be(tests);
    }
}
