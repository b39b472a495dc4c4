using System.Globalization;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Csto.Reporting.Templates.Liquid;

/// <summary>
/// Rewrites every range <c>(a..b)</c> of a parsed template so that it fails before it is built when it has more
/// items than the step limit: Fluid builds a range as an array up front, so <c>(1..100000000)</c> would take
/// gigabytes before the step limit could stop the loop.
/// </summary>
internal sealed class BoundedRanges : AstRewriter
{
    public static BoundedRanges Instance { get; } = new();

    protected override Expression VisitRangeExpression(RangeExpression rangeExpression) => Bound(rangeExpression);

    /// <summary>The range, failing before it is built when it is too large.</summary>
    public static Expression Bound(RangeExpression rangeExpression) => new BoundedRangeExpression(rangeExpression);

    private sealed class BoundedRangeExpression(RangeExpression range) : Expression
    {
        public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
        {
            var from = (await range.From.EvaluateAsync(context)).ToNumberValue();
            var to = (await range.To.EvaluateAsync(context)).ToNumberValue();
            if (Math.Abs(to - from) >= LiquidSandbox.MaxSteps)
            {
                throw new TemplateRuntimeException(TemplateRuntimeException.TokenKind.None, string.Empty,
                    string.Create(CultureInfo.InvariantCulture,
                        $"The range ({from}..{to}) has more items than the sandbox limit of {LiquidSandbox.MaxSteps} steps; the template was stopped."));
            }
            return await range.EvaluateAsync(context);
        }
    }
}
