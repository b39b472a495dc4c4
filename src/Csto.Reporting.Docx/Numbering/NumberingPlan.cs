using Csto.Reporting.Docx.Writing;
using Csto.Reporting.Themes;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Csto.Reporting.Docx.Numbering;

/// <summary>
/// The numbering definitions a document needs, collected while its blocks are written: one multilevel
/// definition for numbered headings, one for bulleted lists and one for ordered lists, and a numbering
/// instance (w:num) per ordered list that restarts. Ids are handed out in order of first use.
/// </summary>
internal sealed class NumberingPlan
{
    private const int HeadingAbstractId = 1;
    private const int BulletAbstractId = 2;
    private const int OrderedAbstractId = 3;

    private readonly List<(int NumId, int AbstractId, int? Level, int Start)> instances = [];
    private readonly Dictionary<int, int> lastOrderedByLevel = [];
    private int? headingNumId;
    private int? bulletNumId;
    private bool headingTrailingDot = true;

    /// <summary>Whether any definition was used (a document without lists needs no numbering part).</summary>
    public bool IsEmpty => instances.Count == 0;

    /// <summary>The numbering instance of numbered headings; created on first use with the given number style.</summary>
    public int HeadingNumId(bool trailingDot)
    {
        if (headingNumId is null)
        {
            headingTrailingDot = trailingDot;
            headingNumId = Add(HeadingAbstractId, level: null, start: 1);
        }
        return headingNumId.Value;
    }

    /// <summary>Whether the heading numbering instance exists.</summary>
    public bool HasHeadingNumbering => headingNumId is not null;

    /// <summary>Whether heading numbers end with a dot (fixed by the first numbered heading).</summary>
    public bool HeadingTrailingDot => headingTrailingDot;

    /// <summary>The one numbering instance shared by every bulleted list.</summary>
    public int BulletNumId() => bulletNumId ??= Add(BulletAbstractId, level: null, start: 1);

    /// <summary>
    /// The numbering instance of an ordered list at nesting level <paramref name="level"/>: a new one starting at
    /// <paramref name="start"/>, or the previous one at that level when the list continues it.
    /// </summary>
    public int OrderedNumId(int level, int start, bool continuesPrevious)
    {
        if (continuesPrevious && lastOrderedByLevel.TryGetValue(level, out var previous))
        {
            return previous;
        }
        var numId = Add(OrderedAbstractId, level, start);
        lastOrderedByLevel[level] = numId;
        return numId;
    }

    /// <summary>Builds the numbering part's root from what was used.</summary>
    public W.Numbering Build(Theme theme)
    {
        var numbering = new W.Numbering();
        var used = instances.Select(i => i.AbstractId).ToHashSet();
        if (used.Contains(HeadingAbstractId))
        {
            numbering.Append(HeadingDefinition());
        }
        if (used.Contains(BulletAbstractId))
        {
            numbering.Append(ListDefinition(BulletAbstractId, theme, ordered: false));
        }
        if (used.Contains(OrderedAbstractId))
        {
            numbering.Append(ListDefinition(OrderedAbstractId, theme, ordered: true));
        }
        foreach (var (numId, abstractId, level, start) in instances)
        {
            var num = new W.NumberingInstance(new W.AbstractNumId { Val = abstractId }) { NumberID = numId };
            if (level is { } lvl)
            {
                num.Append(new W.LevelOverride(new W.StartOverrideNumberingValue { Val = start }) { LevelIndex = lvl });
            }
            numbering.Append(num);
        }
        return numbering;
    }

    private int Add(int abstractId, int? level, int start)
    {
        var numId = instances.Count + 1;
        instances.Add((numId, abstractId, level, start));
        return numId;
    }

    private W.AbstractNum HeadingDefinition()
    {
        var definition = new W.AbstractNum(new W.MultiLevelType { Val = W.MultiLevelValues.Multilevel }) { AbstractNumberId = HeadingAbstractId };
        for (var level = 0; level < 9; level++)
        {
            var text = string.Concat(Enumerable.Range(1, level + 1).Select(n => $"%{n}."));
            if (!headingTrailingDot)
            {
                text = text.TrimEnd('.');
            }
            definition.Append(new W.Level(
                new W.StartNumberingValue { Val = 1 },
                new W.NumberingFormat { Val = W.NumberFormatValues.Decimal },
                new W.LevelSuffix { Val = W.LevelSuffixValues.Space },
                new W.LevelText { Val = text },
                new W.LevelJustification { Val = W.LevelJustificationValues.Left },
                new W.PreviousParagraphProperties(new W.Indentation { Left = "0", FirstLine = "0" }))
            { LevelIndex = level });
        }
        return definition;
    }

    private static W.AbstractNum ListDefinition(int abstractId, Theme theme, bool ordered)
    {
        var definition = new W.AbstractNum(new W.MultiLevelType { Val = W.MultiLevelValues.HybridMultilevel }) { AbstractNumberId = abstractId };
        for (var level = 0; level < 9; level++)
        {
            var indent = ListIndent.For(theme, level);
            definition.Append(new W.Level(
                new W.StartNumberingValue { Val = 1 },
                new W.NumberingFormat { Val = ordered ? W.NumberFormatValues.Decimal : W.NumberFormatValues.Bullet },
                new W.LevelText { Val = ordered ? $"%{level + 1}." : level % 2 == 0 ? "\u2013" : "\u2022" },
                new W.LevelJustification { Val = W.LevelJustificationValues.Left },
                new W.PreviousParagraphProperties(
                    new W.Tabs(new W.TabStop { Val = W.TabStopValues.Number, Position = Units.Twips(indent.Text) }),
                    new W.Indentation { Left = Units.TwipsText(indent.Text), Hanging = Units.TwipsText(indent.Text - indent.Marker) }))
            { LevelIndex = level });
        }
        return definition;
    }
}
