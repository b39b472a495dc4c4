using System.Buffers;

namespace Csto.Reporting.Typography;

/// <summary>
/// Straight quotes to typographic ones, nesting by depth: Russian «ёлочки» outside and „лапки“ inside, English
/// “double” outside and ‘single’ inside. A quote opens after the start, a space, an opening bracket or another
/// opening quote, and closes otherwise. Quotes already typographic count for the depth and are kept, except
/// «ёлочки» inside «ёлочки»: «О проекте решения «Об …»» becomes «О проекте решения „Об …“» (the inner pair
/// becomes „лапки“, as Russian typography nests quotes).
/// Apostrophes between letters become ’.
/// </summary>
internal static class QuoteRule
{
    /// <summary>The marks the rule rewrites; a text without any of them is left alone.</summary>
    private static readonly SearchValues<char> Straight = SearchValues.Create("\"'“”");

    /// <summary>Every mark the rule looks at.</summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create("\"'«»„“”‘’");

    public static void Apply(TextBuffer buffer, bool english)
    {
        var text = buffer.Span;
        if (!text.ContainsAny(Straight) && !HasNestedGuillemets(text))
        {
            return;
        }
        var open = new Stack<char>();
        for (var i = text.IndexOfAny(Marks); i >= 0; i = NextMark(text, i + 1))
        {
            var c = text[i];
            if (buffer.IsLocked(i))
            {
                continue;
            }
            var opening = IsOpeningContext(text, i);
            switch (c)
            {
                case '«' when open.Count > 0 && open.Peek() == '«':
                    open.Push('„');
                    buffer.Add(new TextEdit(i, 1, "„"));
                    break;
                case '«' or '„':
                    open.Push(c);
                    break;
                case '»' when open.Count > 1 && open.Peek() == '„':
                    open.Pop();
                    buffer.Add(new TextEdit(i, 1, "“"));
                    break;
                case '»':
                    Pop(open, '«');
                    break;
                case '“' when !english && !opening:
                    Pop(open, '„');
                    break;
                case '“' when english:
                    open.Push(c);
                    break;
                case '”' when english:
                    Pop(open, '“');
                    break;
                case '‘' when english && opening:
                    open.Push(c);
                    break;
                case '’' when english && open.Count > 0 && open.Peek() == '‘' && !IsLetter(text, i + 1):
                    open.Pop();
                    break;
                case '"' or '“' or '”':
                    buffer.Add(new TextEdit(i, 1, Replace(open, opening, english).ToString()));
                    break;
                case '\'':
                    if (IsLetter(text, i - 1) && IsLetter(text, i + 1))
                    {
                        buffer.Add(new TextEdit(i, 1, "’"));
                    }
                    else if (english && opening && IsLetter(text, i + 1))
                    {
                        open.Push('‘');
                        buffer.Add(new TextEdit(i, 1, "‘"));
                    }
                    else if (english && IsLetterOrDigit(text, i - 1))
                    {
                        Pop(open, '‘');
                        buffer.Add(new TextEdit(i, 1, "’"));
                    }
                    break;
            }
        }
        buffer.ApplyEdits();
    }

    /// <summary>Whether a «ёлочка» opens before an earlier one has closed.</summary>
    private static bool HasNestedGuillemets(ReadOnlySpan<char> text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '«' && ++depth > 1)
            {
                return true;
            }
            if (c == '»' && depth > 0)
            {
                depth--;
            }
        }
        return false;
    }

    private static int NextMark(ReadOnlySpan<char> text, int from)
    {
        var found = text[from..].IndexOfAny(Marks);
        return found < 0 ? -1 : from + found;
    }

    private static char Replace(Stack<char> open, bool opening, bool english)
    {
        if (opening)
        {
            var mark = english ? (open.Count == 0 ? '“' : '‘') : (open.Count == 0 ? '«' : '„');
            open.Push(mark);
            return mark;
        }
        var top = open.Count > 0 ? open.Pop() : english ? '“' : '«';
        return top switch
        {
            '«' => '»',
            '„' => '“',
            '“' => '”',
            _ => '’',
        };
    }

    private static void Pop(Stack<char> open, char expected)
    {
        if (open.Count > 0 && open.Peek() == expected)
        {
            open.Pop();
        }
    }

    private static bool IsOpeningContext(ReadOnlySpan<char> text, int i)
    {
        var previous = i == 0 ? ' ' : text[i - 1];
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        var afterSpace = char.IsWhiteSpace(previous) || previous is '(' or '[' or '{' or '«' or '„' or '“' or '‘' or '—' or '–' or '-' or '/';
        return afterSpace && !char.IsWhiteSpace(next);
    }

    private static bool IsLetter(ReadOnlySpan<char> text, int i) => i >= 0 && i < text.Length && char.IsLetter(text[i]);

    private static bool IsLetterOrDigit(ReadOnlySpan<char> text, int i) => i >= 0 && i < text.Length && char.IsLetterOrDigit(text[i]);
}
