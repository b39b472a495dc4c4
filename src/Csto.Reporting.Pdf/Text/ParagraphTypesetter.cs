using System.Runtime.InteropServices;
using System.Text;
using Csto.Reporting.Caching;
using Csto.Reporting.Hyphenation;
using Csto.Reporting.Pdf.Fonts;
using Csto.Reporting.Pdf.LineBreaking;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Text;

/// <summary>
/// Turns styled inline text into line-breaking items (words as boxes, spaces as glue, hyphenation points and
/// explicit hyphens as penalties), then breaks them into lines. Interword glue is TeX's: the font's space, stretching
/// by ½ and shrinking by ⅓ of it. Non-breaking spaces (U+00A0, U+202F) become glue a line cannot break at — unless
/// the run they join is wider than the line; a word wider than the line is split at its hyphenation points (a point
/// whose fragment and hyphen would run past the line is dropped, and a one-letter syllable never stands alone on a
/// line) and then at characters, the Russian way: never before «ь», «ъ», «й», never leaving one letter of a word on a
/// line, never inside a character with its combining marks. A justified paragraph's last line
/// is never shorter than its first-line indent or <see cref="LastLineEms"/>, whichever is more. With glyph expansion
/// (<see cref="TypesetOptions.GlyphExpansion"/>), the words of a justified paragraph stretch and shrink too.
/// </summary>
internal sealed class ParagraphTypesetter
{
    /// <summary>Penalty of a break at a hyphenation point (TeX's <c>\hyphenpenalty</c>).</summary>
    public const int HyphenPenalty = 50;

    /// <summary>Penalty of a break at a hyphenation point of a capitalised word: allowed, but only when nothing better exists.</summary>
    public const int CapitalisedHyphenPenalty = 200;

    /// <summary>Penalty of a break after an explicit hyphen or dash (TeX's <c>\exhyphenpenalty</c>).</summary>
    public const int ExplicitHyphenPenalty = 50;

    /// <summary>Penalty of a break inside a long token (a URL, a path): after «/», before «.», «?», «&amp;», «=», «-».</summary>
    public const int LongTokenPenalty = 50;

    /// <summary>Penalty of a break between two characters of a word wider than the line.</summary>
    public const int CharacterBreakPenalty = 100;

    /// <summary>Penalty of a break at a no-break space of a run wider than the line (the emergency break; else forbidden).</summary>
    public const int NoBreakSpacePenalty = 100;

    /// <summary>
    /// The shortest last line of a justified paragraph in ems, when the first-line indent is smaller: the gost
    /// indent of 1.25 cm at 14 pt, so that a paragraph without an indent does not end in a lone fragment either.
    /// </summary>
    public const float LastLineEms = 2.5f;

    /// <summary>Interword stretch as a share of the font's space (TeX: ½).</summary>
    public const float SpaceStretch = 0.5f;

    /// <summary>Interword shrink as a share of the font's space (TeX: ⅓).</summary>
    public const float SpaceShrink = 1f / 3;

    /// <summary>The most items (and characters) a thread's reusable lists keep between paragraphs; larger ones are dropped.</summary>
    private const int ReusableItems = 1 << 16;

    [ThreadStatic]
    private static Scratch? reusable;

    /// <summary>
    /// A word of one style without soft hyphens, as it is set: its fragments between break points, shaped, and the
    /// kind of each break — the same for every occurrence in a font, whatever the size (advances are in ems). Running
    /// text repeats its words, so most words are found here instead of being split and shaped again. Bounded by
    /// generations, like the shaping cache; shared by documents (keyed by the hyphenator and language, not by a
    /// document's hyphenation cache).
    /// </summary>
    private static readonly GenerationalCache<WordKey, SetWord> Words = new(30_000);

    private readonly TypesetOptions options;
    private readonly ParagraphFormat format;
    private readonly List<Item> items;
    private readonly List<ShapedPiece> pieces;
    private readonly StringBuilder word;
    private readonly List<(int Offset, TextStyle Style)> wordStyles;
    private readonly List<int> softHyphens;
    private readonly List<(int Offset, WordBreakKind Kind)> breaks;
    private readonly StringBuilder allText;
    private readonly float maxBoxWidth;
    private readonly bool justified;
    private readonly float expansion;
    private TextStyle? spaceStyle;
    private bool emergencyHyphens;
    private ShapedText? space;

    private ParagraphTypesetter(TypesetOptions options, ParagraphFormat format, float width, Scratch scratch)
    {
        this.options = options;
        this.format = format;
        (items, pieces, word, wordStyles, softHyphens, breaks, allText) =
            (scratch.Items, scratch.Pieces, scratch.Word, scratch.WordStyles, scratch.SoftHyphens, scratch.Breaks, scratch.AllText);
        maxBoxWidth = width - Math.Max(0, format.FirstLineIndent);
        justified = format.Alignment == TextAlignment.Justify;
        expansion = justified && !format.TabFillsLine ? options.GlyphExpansion : 0;
    }

    /// <summary>Sets <paramref name="runs"/> in lines of <paramref name="width"/> points.</summary>
    /// <exception cref="MissingGlyphException">A character has no glyph in any font of the theme or its fallback chain (with the paragraph's text).</exception>
    public static TypesetText Typeset(IReadOnlyList<StyledText> runs, ParagraphFormat format, float width, TypesetOptions options)
    {
        // The lists are built in the thread's reusable ones and then copied once at their exact size: lists grown
        // by doubling for every paragraph allocated about twice what they kept.
        var scratch = reusable ?? new Scratch();
        reusable = null;
        try
        {
            var typesetter = new ParagraphTypesetter(options, format, width, scratch);
            typesetter.Build(runs);
            var items = new List<Item>(scratch.Items);
            var pieces = new List<ShapedPiece>(scratch.Pieces);
            var rules = new BreakRules(typesetter.justified, format.Balanced, Math.Max(format.FirstLineIndent, LastLineEms * format.Size), typesetter.expansion);
            var lines = ParagraphBreaker.Break(CollectionsMarshal.AsSpan(items), new LineWidths(width, width), rules);
            var baseFont = Fonts.FontCatalog.Get(format.Family, Csto.Reporting.Fonts.FontFaces.Of(format.Bold, format.Italic));
            return new TypesetText(items, pieces, lines, width, format, baseFont.Ascent, baseFont.Descent);
        }
        finally
        {
            scratch.Clear();
            if (scratch.Items.Capacity <= ReusableItems && scratch.AllText.Capacity <= ReusableItems)
            {
                reusable = scratch;
            }
        }
    }

    private void Build(IReadOnlyList<StyledText> runs)
    {
        if (format.FirstLineIndent > 0)
        {
            items.Add(Item.Box(format.FirstLineIndent, -1));
        }
        try
        {
            foreach (var run in runs)
            {
                if (run.Text is null)
                {
                    FlushWord();
                    items.Add(Item.Glue(0, Item.Fill, 0));
                    items.Add(Item.PenaltyOf(0, Item.Forced, false));
                    allText.Append(' ');
                    continue;
                }
                allText.Append(run.Text);
                foreach (var c in run.Text)
                {
                    Add(c, run.Style);
                }
            }
            FlushWord();
        }
        catch (MissingGlyphException missing)
        {
            throw missing.InText(allText.ToString());
        }
        LetOverwideRunsBreak();
        while (items.Count > 0 && items[^1].Kind == ItemKind.Glue)
        {
            items.RemoveAt(items.Count - 1);
        }
        items.Add(Item.Glue(0, Item.Fill, 0));
        items.Add(Item.PenaltyOf(0, Item.Forced, false));
    }

    /// <summary>
    /// A run of words joined by no-break spaces (a long number grouped by thousands, «№ 5 …» chains) that is wider
    /// than a line may break at its no-break spaces, at <see cref="NoBreakSpacePenalty"/>, without a hyphen: the
    /// emergency break that keeps it inside the margin, as a word wider than the line breaks between characters.
    /// </summary>
    private void LetOverwideRunsBreak()
    {
        var start = 0;
        var width = 0f;
        for (var i = 0; i <= items.Count; i++)
        {
            var ends = i == items.Count || (i > 0 && items[i].IsLegalBreak(items[i - 1]));
            if (ends)
            {
                if (width > maxBoxWidth)
                {
                    for (var j = start; j < i; j++)
                    {
                        if (items[j].Kind == ItemKind.Penalty && items[j].Penalty >= Item.Forbidden)
                        {
                            items[j] = Item.PenaltyOf(0, NoBreakSpacePenalty, false);
                        }
                    }
                }
                start = i;
                width = 0;
            }
            if (i < items.Count && items[i].Kind != ItemKind.Penalty)
            {
                width += items[i].Width;
            }
        }
    }

    private void Add(char c, TextStyle style)
    {
        switch (c)
        {
            case ' ' or '\n' or '\r' or '\u2002' or '\u2003' or '\u2009' or '\u3000':
                FlushWord();
                AddSpace(style, breakable: true, narrow: false);
                break;
            case '\t' when format.TabFillsLine:
                FlushWord();
                items.Add(Item.Glue(0, Item.TabFill, 0));
                break;
            case '\t':
                FlushWord();
                AddSpace(style, breakable: true, narrow: false);
                break;
            case '\u00A0':
                FlushWord();
                AddSpace(style, breakable: false, narrow: false);
                break;
            case '\u202F':
                FlushWord();
                AddSpace(style, breakable: false, narrow: true);
                break;
            case '\u00AD':
                softHyphens.Add(word.Length);
                break;
            case '\u200B':
                FlushWord();
                items.Add(Item.PenaltyOf(0, 0, false));
                break;
            default:
                if (wordStyles.Count == 0 || !ReferenceEquals(wordStyles[^1].Style, style))
                {
                    wordStyles.Add((word.Length, style));
                }
                word.Append(c);
                break;
        }
    }

    private void AddSpace(TextStyle style, bool breakable, bool narrow)
    {
        if (items.Count == 0 || (items.Count == 1 && items[0].Content < 0 && format.FirstLineIndent > 0))
        {
            return;
        }
        var last = items[^1];
        if (breakable && last.Kind == ItemKind.Glue)
        {
            return;
        }
        if (!ReferenceEquals(spaceStyle, style))
        {
            // Runs of one style share their space: shaped once per run, not looked up per word.
            space = TextShaper.Shape(style.Font, " ", options.Kerning, options.Ligatures);
            spaceStyle = style;
        }
        var width = space!.Advance * style.Size;
        var content = AddPiece(space, style);
        if (!breakable)
        {
            items.Add(Item.PenaltyOf(0, Item.Forbidden, false));
        }
        if (narrow)
        {
            items.Add(Item.Glue(width * 0.6f, 0, 0, content));
        }
        else if (justified)
        {
            items.Add(Item.Glue(width, width * SpaceStretch, width * SpaceShrink, content));
        }
        else
        {
            items.Add(Item.Glue(width, 0, 0, content));
        }
    }

    private int AddPiece(ShapedText text, TextStyle style)
    {
        pieces.Add(new ShapedPiece(text, style));
        return pieces.Count - 1;
    }

    private void FlushWord()
    {
        if (word.Length == 0)
        {
            softHyphens.Clear();
            return;
        }
        var text = word.ToString();
        var first = items.Count;
        if (wordStyles.Count == 1 && softHyphens.Count == 0 && TryAddSetWord(text))
        {
            word.Clear();
            wordStyles.Clear();
            DropHyphensOfWordThatFits(first);
            return;
        }
        WordBreaks.Find(text, softHyphens, format.Hyphenate ? options.Hyphenation : null, breaks);
        var kept = new List<(int Offset, WordBreakKind Kind)>(breaks.Count);
        var start = 0;
        for (var b = 0; b < breaks.Count; b++)
        {
            var (offset, kind) = breaks[b];
            if (IsHyphen(kind) && !FitsWithHyphen(text, start, offset))
            {
                // With its hyphen the fragment would run past the line: the point is dropped and the fragment joins
                // the next one, which then breaks between letters inside the line.
                continue;
            }
            var next = b + 1 < breaks.Count ? breaks[b + 1].Offset : text.Length;
            if (IsHyphen(kind) && kept.Count > 0 && IsHyphen(kept[^1].Kind) && IsLoneLetter(text, start, offset) && !FitsWithHyphen(text, start, next))
            {
                // A one-letter syllable («на-ци-о-наль-ный») that cannot share a line with what follows it would stand
                // alone («о-»): it stays with the syllable before it («цио-») when that fits a line, else with the next.
                var previousStart = kept.Count > 1 ? kept[^2].Offset : 0;
                if (!FitsWithHyphen(text, previousStart, offset))
                {
                    continue;
                }
                kept.RemoveAt(kept.Count - 1);
            }
            kept.Add((offset, kind));
            start = offset;
        }
        start = 0;
        var fits = true;
        foreach (var (offset, kind) in kept)
        {
            fits &= Measure(text, start, offset) <= maxBoxWidth;
            start = offset;
        }
        if (!fits || Measure(text, start, text.Length) > maxBoxWidth)
        {
            // A fragment is wider than the line even without its hyphen: the whole word is broken anew, at its break
            // points and between its letters (the emergency break).
            AddEmergencyPieces(text);
        }
        else
        {
            start = 0;
            foreach (var (offset, kind) in kept)
            {
                AddBoxes(text, start, offset);
                AddBreak(kind, StyleAt(offset - 1));
                start = offset;
            }
            AddBoxes(text, start, text.Length);
        }
        word.Clear();
        wordStyles.Clear();
        softHyphens.Clear();
        DropHyphensOfWordThatFits(first);
    }

    /// <summary>
    /// With <see cref="ParagraphFormat.HyphenateOnlyOverwide"/>, removes the hyphenation points of the word just added
    /// (the items from <paramref name="first"/> on) when the whole word fits the line: it is set whole.
    /// </summary>
    private void DropHyphensOfWordThatFits(int first)
    {
        if (!format.HyphenateOnlyOverwide || !format.Hyphenate)
        {
            return;
        }
        var width = 0f;
        var hyphens = false;
        for (var i = first; i < items.Count; i++)
        {
            width += items[i].Kind == ItemKind.Box ? items[i].Width : 0;
            hyphens |= items[i].IsHyphenation;
        }
        if (hyphens && width <= maxBoxWidth)
        {
            for (var i = items.Count - 1; i >= first; i--)
            {
                if (items[i].IsHyphenation)
                {
                    items.RemoveAt(i);
                }
            }
        }
    }

    // The common case: a word of one style, set from the cache (or split and shaped once and remembered) — the same
    // items the general path below makes. False when a fragment is wider than the line, which the general path splits.
    private bool TryAddSetWord(string text)
    {
        var style = wordStyles[0].Style;
        var hyphenation = format.Hyphenate ? options.Hyphenation : null;
        var key = new WordKey(style.Font, options.Kerning, options.Ligatures, hyphenation?.Hyphenator, hyphenation?.Language, text);
        if (!Words.TryGet(key, out var set))
        {
            WordBreaks.Find(text, softHyphens, hyphenation, breaks);
            var fragments = new ShapedText[breaks.Count + 1];
            var kinds = new WordBreakKind[breaks.Count];
            var start = 0;
            for (var i = 0; i < breaks.Count; i++)
            {
                fragments[i] = TextShaper.Shape(style.Font, text[start..breaks[i].Offset], options.Kerning, options.Ligatures);
                kinds[i] = breaks[i].Kind;
                start = breaks[i].Offset;
            }
            fragments[^1] = TextShaper.Shape(style.Font, start == 0 ? text : text[start..], options.Kerning, options.Ligatures);
            set = new SetWord(fragments, kinds, TextShaper.Shape(style.Font, "-", options.Kerning, options.Ligatures));
            Words.Add(key, set);
        }
        var hyphen = set.Hyphen.Advance * style.Size;
        var fragmentStart = 0;
        for (var i = 0; i < set.Fragments.Length; i++)
        {
            // A fragment wider than the line, or whose hyphen would run past it, and a one-letter syllable take the
            // general path, which decides where they may break.
            var width = set.Fragments[i].Advance * style.Size;
            var fragmentEnd = i < set.Kinds.Length ? fragmentStart + set.Fragments[i].Text.Length : text.Length;
            var hyphenated = i < set.Kinds.Length && set.Kinds[i] is WordBreakKind.Hyphen or WordBreakKind.CapitalisedHyphen;
            if (text.Length > 1 && (width > maxBoxWidth || (hyphenated && (width + hyphen > maxBoxWidth || (i > 0 && IsLoneLetter(text, fragmentStart, fragmentEnd))))))
            {
                return false;
            }
            fragmentStart = fragmentEnd;
        }
        for (var i = 0; i < set.Fragments.Length; i++)
        {
            var fragment = set.Fragments[i];
            items.Add(Item.ExpandableBox(fragment.Advance * style.Size, expansion, AddPiece(fragment, style)));
            if (i < set.Kinds.Length)
            {
                AddBreak(set.Kinds[i], style, set.Hyphen);
            }
        }
        return true;
    }

    // The hyphen, when given, is the one shaped in the style's font with this typesetter's options.
    private void AddBreak(WordBreakKind kind, TextStyle style, ShapedText? hyphen = null)
    {
        switch (kind)
        {
            case WordBreakKind.Hyphen or WordBreakKind.CapitalisedHyphen:
                var shaped = hyphen ?? TextShaper.Shape(style.Font, "-", options.Kerning, options.Ligatures);
                var penalty = kind == WordBreakKind.Hyphen ? HyphenPenalty : CapitalisedHyphenPenalty;
                items.Add(Item.PenaltyOf(shaped.Advance * style.Size, penalty, true, AddPiece(shaped, style)));
                break;
            case WordBreakKind.AfterDash:
                items.Add(Item.PenaltyOf(0, ExplicitHyphenPenalty, true));
                break;
            default:
                items.Add(Item.PenaltyOf(0, LongTokenPenalty, false));
                break;
        }
    }

    /// <summary>
    /// A word's shaped fragments between its break points, the kind of each break (one fewer) and the hyphen a break
    /// may add (shaped once with the word, not looked up again for every occurrence).
    /// </summary>
    private sealed record SetWord(ShapedText[] Fragments, WordBreakKind[] Kinds, ShapedText Hyphen);

    /// <summary>
    /// A key of the word cache: the word, its face and everything that changes how it is split and shaped. A record
    /// struct rather than a tuple, for the reason given at <see cref="TextShaper"/>'s key.
    /// </summary>
    private readonly record struct WordKey(LoadedFont Font, bool Kerning, bool Ligatures, IHyphenator? Hyphenator, string? Language, string Word);

    private TextStyle StyleAt(int offset)
    {
        var style = wordStyles[0].Style;
        foreach (var (start, s) in wordStyles)
        {
            if (start > offset)
            {
                break;
            }
            style = s;
        }
        return style;
    }

    /// <summary>
    /// Adds a word wider than the line (or with a fragment wider than it) as pieces that each fit a line, chosen by a
    /// small dynamic programme over its break points (<see cref="WordBreaks"/>) and the points between its characters
    /// where the Russian rules allow a break (<see cref="CharacterPieces"/>, strict): as few pieces as can be, no piece
    /// that is one letter of a word, no piece of letters without a vowel («нос-» «ть») when another split exists, the
    /// word's own break points before points between letters. A break between two letters is drawn with a hyphen,
    /// like a hyphenation point, so the word reads whole across lines (a reader joins it, and the PDF's /ActualText
    /// covers it), unless only the piece without its hyphen fits the line (then, at a cost, none); a break next to a
    /// digit or punctuation, or inside a long token or an identifier, has none, since a hyphen there would read as a
    /// minus, a range or part of the token. Only a piece that no line holds breaks at any character (without hyphens).
    /// The renderer reads every such hyphenless break as inside the word (the PDF's /ActualText holds the word once).
    /// </summary>
    private void AddEmergencyPieces(string text)
    {
        const int Piece = 100;
        const int CharacterPoint = 1;
        const int Flaw = 10_000;
        const int Overwide = 1_000_000;
        emergencyHyphens = !WordBreaks.IsLongToken(text) && !text.Any(c => char.IsDigit(c) || c == '_');
        var vowels = text.Any(IsVowel);
        var points = new SortedDictionary<int, WordBreakKind?>();
        foreach (var (from, to) in CharacterPieces(text, 0, text.Length, strict: true))
        {
            if (to < text.Length)
            {
                points[to] = null;
            }
        }
        foreach (var (offset, kind) in breaks)
        {
            points[offset] = kind;
        }
        var ends = points.Keys.Prepend(0).Append(text.Length).ToList();
        var kinds = points.Values.Prepend(null).Append(null).ToList();
        var cost = new long[ends.Count];
        var previous = new int[ends.Count];
        var hyphenless = new bool[ends.Count];
        for (var k = 1; k < ends.Count; k++)
        {
            cost[k] = long.MaxValue;
            var hyphen = k < ends.Count - 1 && HyphenAt(text, ends[k], kinds[k]) ? HyphenWidth(StyleAt(ends[k] - 1)) : 0;
            for (var j = k - 1; j >= 0; j--)
            {
                var width = Measure(text, ends[j], ends[k]);
                var fits = width + hyphen <= maxBoxWidth;
                // A piece that fits only without its hyphen may still end there, hyphenless, at a cost.
                var bare = !fits && hyphen > 0 && width <= maxBoxWidth;
                if (!fits && !bare && j < k - 1)
                {
                    break;
                }
                var piece = Piece + (fits || bare ? 0 : Overwide) + (bare ? Flaw : 0) + (k < ends.Count - 1 && kinds[k] is null ? CharacterPoint : 0)
                    + (IsLoneLetter(text, ends[j], ends[k]) ? Flaw : 0) + (vowels && LacksVowel(text, ends[j], ends[k]) ? Flaw : 0);
                if (cost[j] + piece < cost[k])
                {
                    cost[k] = cost[j] + piece;
                    previous[k] = j;
                    hyphenless[k] = bare;
                }
            }
        }
        var chosen = new List<int>();
        for (var k = ends.Count - 1; k > 0; k = previous[k])
        {
            chosen.Add(k);
        }
        chosen.Reverse();
        var start = 0;
        foreach (var k in chosen)
        {
            var end = ends[k];
            var last = k == ends.Count - 1;
            var hyphen = !last && !hyphenless[k] && HyphenAt(text, end, kinds[k]) ? HyphenWidth(StyleAt(end - 1)) : 0;
            if (Measure(text, start, end) + hyphen <= maxBoxWidth || end - start == 1)
            {
                AddBoxes(text, start, end);
            }
            else
            {
                // No line holds this piece even broken the Russian way: it breaks at any character.
                var pieces = CharacterPieces(text, start, end, strict: false).ToList();
                for (var p = 0; p < pieces.Count; p++)
                {
                    AddBoxes(text, pieces[p].From, pieces[p].To);
                    if (p + 1 < pieces.Count)
                    {
                        AddCharacterBreak(text, pieces[p].To, hyphen: false);
                    }
                }
            }
            if (!last)
            {
                if (kinds[k] is { } kind && !hyphenless[k])
                {
                    AddBreak(kind, StyleAt(end - 1));
                }
                else
                {
                    AddCharacterBreak(text, end, !hyphenless[k]);
                }
            }
            start = end;
        }
    }

    /// <summary>
    /// Adds the emergency break before <c>text[offset]</c>: with a hyphen between two letters (when
    /// <paramref name="hyphen"/>), else without — a break the line renderer still reads as inside the word.
    /// </summary>
    private void AddCharacterBreak(string text, int offset, bool hyphen)
    {
        if (hyphen && HyphenAt(text, offset, null))
        {
            var style = StyleAt(offset - 1);
            var shaped = TextShaper.Shape(style.Font, "-", options.Kerning, options.Ligatures);
            items.Add(Item.PenaltyOf(shaped.Advance * style.Size, CharacterBreakPenalty, true, AddPiece(shaped, style)));
        }
        else
        {
            items.Add(Item.PenaltyOf(0, CharacterBreakPenalty, false));
        }
    }

    /// <summary>
    /// Whether a break before <c>text[offset]</c> draws a hyphen: at a hyphenation point, and between two letters (or a
    /// letter's combining mark and a letter) when it is a point between characters (<paramref name="kind"/> null) —
    /// except in a long token (a URL, a path) or a word with digits or «_» (an identifier, a code), where a hyphen would
    /// read as part of it.
    /// </summary>
    private bool HyphenAt(string text, int offset, WordBreakKind? kind) => kind is { } k
        ? IsHyphen(k)
        : emergencyHyphens && offset > 0 && offset < text.Length && (char.IsLetter(text[offset - 1]) || IsMark(text[offset - 1])) && char.IsLetter(text[offset]);

    private float HyphenWidth(TextStyle style) => TextShaper.Shape(style.Font, "-", options.Kerning, options.Ligatures).Advance * style.Size;

    /// <summary>Whether <c>text[from..to]</c> holds letters of a longer run of letters but no vowel («ть» of «ность»).</summary>
    private static bool LacksVowel(string text, int from, int to)
    {
        var letters = false;
        for (var i = from; i < to; i++)
        {
            if (IsVowel(text[i]))
            {
                return false;
            }
            letters |= char.IsLetter(text[i]);
        }
        return letters && ((from > 0 && char.IsLetter(text[from - 1])) || (to < text.Length && char.IsLetter(text[to])));
    }

    private static bool IsVowel(char c) => "аеёиоуыэюяaeiouyAEIOUYАЕЁИОУЫЭЮЯіїєўІЇЄЎ".Contains(c, StringComparison.Ordinal);

    /// <summary>Whether <c>text[from..to]</c> is one letter (with its marks) of a longer run of letters.</summary>
    private static bool IsLoneLetter(string text, int from, int to)
    {
        var letters = 0;
        for (var i = from; i < to; i++)
        {
            letters += char.IsLetter(text[i]) ? 1 : 0;
        }
        return letters == 1 && ((from > 0 && char.IsLetter(text[from - 1])) || (to < text.Length && char.IsLetter(text[to])));
    }

    /// <summary>The width in points of <c>text[start..end]</c> in the word's styles.</summary>
    private float Measure(string text, int start, int end)
    {
        var width = 0f;
        for (var s = 0; s < wordStyles.Count; s++)
        {
            var from = Math.Max(start, wordStyles[s].Offset);
            var to = Math.Min(end, s + 1 < wordStyles.Count ? wordStyles[s + 1].Offset : text.Length);
            if (to > from)
            {
                var style = wordStyles[s].Style;
                width += TextShaper.Shape(style.Font, text[from..to], options.Kerning, options.Ligatures).Advance * style.Size;
            }
        }
        return width;
    }

    private static bool IsHyphen(WordBreakKind kind) => kind is WordBreakKind.Hyphen or WordBreakKind.CapitalisedHyphen;

    /// <summary>Whether <c>text[start..end]</c> followed by a hyphen is at most as wide as a line.</summary>
    private bool FitsWithHyphen(string text, int start, int end) => Measure(text, start, end) + HyphenWidth(StyleAt(end - 1)) <= maxBoxWidth;

    /// <summary>Adds the boxes of <c>text[start..end]</c>, one per style it spans; returns their width in points.</summary>
    private float AddBoxes(string text, int start, int end)
    {
        var width = 0f;
        for (var s = 0; s < wordStyles.Count; s++)
        {
            var from = Math.Max(start, wordStyles[s].Offset);
            var to = Math.Min(end, s + 1 < wordStyles.Count ? wordStyles[s + 1].Offset : text.Length);
            if (to <= from)
            {
                continue;
            }
            var style = wordStyles[s].Style;
            var shaped = TextShaper.Shape(style.Font, text[from..to], options.Kerning, options.Ligatures);
            var boxWidth = shaped.Advance * style.Size;
            items.Add(Item.ExpandableBox(boxWidth, expansion, AddPiece(shaped, style)));
            width += boxWidth;
        }
        return width;
    }

    /// <summary>
    /// The pieces <c>text[start..end]</c> splits into at the characters a word too wide for its line may break at:
    /// never inside a surrogate pair or before a combining mark, and when <paramref name="strict"/> also never inside
    /// a run of letters before «ь», «ъ», «й» or where fewer than two letters of the run stay on either side.
    /// </summary>
    internal static IEnumerable<(int From, int To)> CharacterPieces(string text, int start, int end, bool strict)
    {
        var from = start;
        for (var i = start + 1; i < end; i++)
        {
            if (char.IsLowSurrogate(text[i]) || IsMark(text[i]) || (strict && !LettersMayBreak(text, i)))
            {
                continue;
            }
            yield return (from, i);
            from = i;
        }
        yield return (from, end);
    }

    /// <summary>Whether a break before <c>text[i]</c> keeps the Russian rules inside a run of letters.</summary>
    private static bool LettersMayBreak(string text, int i)
    {
        var before = 0;
        for (var k = i - 1; k >= 0 && (char.IsLetter(text[k]) || IsMark(text[k])); k--)
        {
            before += IsMark(text[k]) ? 0 : 1;
        }
        var after = 0;
        for (var k = i; k < text.Length && (char.IsLetter(text[k]) || IsMark(text[k])); k++)
        {
            after += IsMark(text[k]) ? 0 : 1;
        }
        if (before == 0 || after == 0)
        {
            return true;
        }
        return before >= 2 && after >= 2 && char.ToLowerInvariant(text[i]) is not ('ь' or 'ъ' or 'й');
    }

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;

    /// <summary>The builder's working lists, reused by the thread's next paragraph.</summary>
    private sealed class Scratch
    {
        public List<Item> Items { get; } = [];

        public List<ShapedPiece> Pieces { get; } = [];

        public StringBuilder Word { get; } = new();

        public List<(int Offset, TextStyle Style)> WordStyles { get; } = [];

        public List<int> SoftHyphens { get; } = [];

        public List<(int Offset, WordBreakKind Kind)> Breaks { get; } = [];

        public StringBuilder AllText { get; } = new();

        /// <summary>Empties every list (and drops the references to the paragraph's styles and glyphs).</summary>
        public void Clear()
        {
            Items.Clear();
            Pieces.Clear();
            Word.Clear();
            WordStyles.Clear();
            SoftHyphens.Clear();
            Breaks.Clear();
            AllText.Clear();
        }
    }
}
