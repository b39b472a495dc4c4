using Csto.Reporting.Diagnostics;

namespace Csto.Reporting.Fonts;

/// <summary>
/// A font family a theme uses: its name, the name written into DOCX and up to four faces (regular always). A family
/// is either bundled in this assembly (<see cref="BundledFonts"/>) or read by the user from font files
/// (<see cref="LoadAsync"/>, <see cref="LoadFolderAsync"/>); fonts installed on the machine are never used.
/// Immutable; two families are the same when they are the same object.
/// </summary>
public sealed class FontFamily
{
    // The four faces, by value (not Enum.GetValues, whose reflection a start-up pays for every family). Declared
    // before the bundled families, whose initializers (run in textual order) use it.
    private static readonly FontFace[] AllFaces = [FontFace.Regular, FontFace.Bold, FontFace.Italic, FontFace.BoldItalic];

    private readonly FontFile?[] files;

    private FontFamily(string name, string docxName, bool isBundled, bool embedInDocx, FontFile?[] files)
    {
        Name = name;
        DocxName = docxName;
        IsBundled = isBundled;
        EmbedInDocx = embedInDocx;
        this.files = files;
        Faces = [.. AllFaces.Where(face => files[(int)face] is not null)];
    }

    /// <summary>Liberation Serif (SIL OFL), metric-compatible with Times New Roman.</summary>
    public static FontFamily LiberationSerif { get; } = Bundled("Liberation Serif", "LiberationSerif", docxName: "Times New Roman");

    /// <summary>Liberation Sans (SIL OFL), metric-compatible with Arial.</summary>
    public static FontFamily LiberationSans { get; } = Bundled("Liberation Sans", "LiberationSans", docxName: "Arial");

    /// <summary>PT Serif (ParaType Free Font License); Word does not ship it, so the DOCX embeds it.</summary>
    public static FontFamily PTSerif { get; } = Bundled("PT Serif", "PTSerif", embedInDocx: true);

    /// <summary>PT Sans (ParaType Free Font License); Word does not ship it, so the DOCX embeds it.</summary>
    public static FontFamily PTSans { get; } = Bundled("PT Sans", "PTSans", embedInDocx: true);

    /// <summary>Noto Serif Armenian (SIL OFL), regular and bold: the Armenian fallback of serif themes.</summary>
    public static FontFamily NotoSerifArmenian { get; } = Bundled("Noto Serif Armenian", "NotoSerifArmenian", faces: [FontFace.Regular, FontFace.Bold]);

    /// <summary>Noto Sans Armenian (SIL OFL), regular and bold: the Armenian fallback of sans themes.</summary>
    public static FontFamily NotoSansArmenian { get; } = Bundled("Noto Sans Armenian", "NotoSansArmenian", faces: [FontFace.Regular, FontFace.Bold]);

    /// <summary>Noto Serif Georgian (SIL OFL), regular and bold: the Georgian fallback of serif themes.</summary>
    public static FontFamily NotoSerifGeorgian { get; } = Bundled("Noto Serif Georgian", "NotoSerifGeorgian", faces: [FontFace.Regular, FontFace.Bold]);

    /// <summary>Noto Sans Georgian (SIL OFL), regular and bold: the Georgian fallback of sans themes.</summary>
    public static FontFamily NotoSansGeorgian { get; } = Bundled("Noto Sans Georgian", "NotoSansGeorgian", faces: [FontFace.Regular, FontFace.Bold]);

    /// <summary>
    /// Noto Serif cut down to symbols (SIL OFL), four faces: superscript and subscript digits and signs (⁰ ⁻ ₂),
    /// currency, letterlike symbols (℃ ℉ №) and number forms (⅓ Ⅻ), which the other bundled families lack in part.
    /// </summary>
    public static FontFamily NotoSerifSymbols { get; } = Bundled("Noto Serif", "NotoSerifSymbols");

    /// <summary>The family's name, e.g. «Liberation Serif»; for files read by the user, the name in their <c>name</c> table.</summary>
    public string Name { get; }

    /// <summary>The family named in DOCX, e.g. «Times New Roman» for Liberation Serif; Word substitutes it when missing.</summary>
    public string DocxName { get; }

    /// <summary>Whether the family is bundled in this assembly (otherwise read from the user's files).</summary>
    public bool IsBundled { get; }

    /// <summary>
    /// Whether the DOCX embeds the family's files (Word's embedded fonts), because Word does not ship it: true for
    /// PT Serif, PT Sans and the user's families whose licence bits allow embedding.
    /// </summary>
    public bool EmbedInDocx { get; }

    /// <summary>The faces the family has, <see cref="FontFace.Regular"/> first; regular is always there.</summary>
    public IReadOnlyList<FontFace> Faces { get; }

    /// <summary>
    /// The face that stands in for <paramref name="face"/>: the face itself when present; bold italic falls back to bold,
    /// then italic; bold and italic fall back to regular.
    /// </summary>
    public FontFace Nearest(FontFace face) => face switch
    {
        _ when files[(int)face] is not null => face,
        FontFace.BoldItalic when files[(int)FontFace.Bold] is not null => FontFace.Bold,
        FontFace.BoldItalic when files[(int)FontFace.Italic] is not null => FontFace.Italic,
        _ => FontFace.Regular,
    };

    /// <summary>The bytes of the font file of <see cref="Nearest"/>(<paramref name="face"/>); bundled files are read once and shared.</summary>
    public ReadOnlyMemory<byte> Load(FontFace face) => files[(int)Nearest(face)]!.Data;

    /// <summary>Where the face of <see cref="Nearest"/>(<paramref name="face"/>) comes from: the bundled file's name or the user's path.</summary>
    public string SourceOf(FontFace face) => files[(int)Nearest(face)]!.Source;

    /// <summary>Single line spacing (hhea ascender − descender + line gap) as a multiple of the size, from the regular face.</summary>
    public double LineHeight => files[(int)FontFace.Regular]!.Info.LineHeight;

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>
    /// Reads one family from one to four TrueType or OpenType files (<c>.ttf</c>, <c>.otf</c>): the family name and
    /// each file's face come from the files' <c>name</c> and <c>OS/2</c> tables.
    /// </summary>
    /// <param name="paths">The files of one family; one of them must be the regular face.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="ReportInputException">
    /// Every problem at once, each naming its file: a missing or unreadable file, bytes that are not a single font,
    /// files of different families, two files of one face, no regular face.
    /// </exception>
    public static async Task<FontFamily> LoadAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var list = paths.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A font family needs at least one file.", nameof(paths));
        }
        var (read, problems) = await ReadAllAsync(list, cancellationToken).ConfigureAwait(false);
        var first = read.FirstOrDefault();
        problems.AddRange(read.Where(f => f.Info.FamilyName != first!.Info.FamilyName).Select(f => new InputProblem(f.Source,
            $"belongs to the family «{f.Info.FamilyName}», not «{first!.Info.FamilyName}» of {first.Source}; give the files of one family.")));
        var family = first is null ? null : Assemble([.. read.Where(f => f.Info.FamilyName == first.Info.FamilyName)], problems);
        return problems.Count == 0 ? family! : throw new ReportInputException(problems);
    }

    /// <summary>
    /// Reads every <c>.ttf</c> and <c>.otf</c> file directly in <paramref name="folder"/> and groups them into families by
    /// the family name in their <c>name</c> tables, ordered by name (ordinal).
    /// </summary>
    /// <param name="folder">An existing folder holding at least one font file.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="ReportInputException">
    /// Every problem at once: the folder is missing or holds no font files, a file is not a single font, two files
    /// give one face of a family, a family has no regular face.
    /// </exception>
    public static async Task<IReadOnlyList<FontFamily>> LoadFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (!Directory.Exists(folder))
        {
            throw new ReportInputException(new InputProblem(folder, "font folder not found."));
        }
        var paths = Directory.EnumerateFiles(folder)
            .Where(p => Path.GetExtension(p).ToUpperInvariant() is ".TTF" or ".OTF")
            .Order(StringComparer.Ordinal)
            .ToList();
        if (paths.Count == 0)
        {
            throw new ReportInputException(new InputProblem(folder, "the font folder holds no .ttf or .otf files."));
        }
        var (read, problems) = await ReadAllAsync(paths, cancellationToken).ConfigureAwait(false);
        var families = read.GroupBy(f => f.Info.FamilyName, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Assemble([.. g], problems))
            .OfType<FontFamily>()
            .ToList();
        return problems.Count == 0 ? families : throw new ReportInputException(problems);
    }

    private static async Task<(List<FontFile> Read, List<InputProblem> Problems)> ReadAllAsync(List<string> paths, CancellationToken cancellationToken)
    {
        var read = new List<FontFile>();
        var problems = new List<InputProblem>();
        foreach (var path in paths)
        {
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new InputProblem(path, e is FileNotFoundException or DirectoryNotFoundException ? "font file not found." : $"cannot read the font file: {e.Message}"));
                continue;
            }
            try
            {
                read.Add(new FontFile(path, bytes, OpenTypeFile.Read(bytes)));
            }
            catch (InvalidDataException e)
            {
                problems.Add(new InputProblem(path, e.Message));
            }
        }
        return (read, problems);
    }

    // One family from files of one family name; problems for duplicate faces and a missing regular face.
    private static FontFamily? Assemble(IReadOnlyList<FontFile> read, List<InputProblem> problems)
    {
        var name = read[0].Info.FamilyName;
        var faces = new FontFile?[4];
        foreach (var file in read)
        {
            var slot = (int)file.Info.Face;
            if (faces[slot] is { } first)
            {
                problems.Add(new InputProblem(file.Source, $"is a second {file.Info.Face} face of «{name}» (the first is {first.Source}); keep one."));
                continue;
            }
            faces[slot] = file;
        }
        if (faces[(int)FontFace.Regular] is null)
        {
            problems.Add(new InputProblem(read[0].Source,
                $"the family «{name}» has no regular face (given: {string.Join(", ", read.Select(f => f.Info.Face))}); add its regular file."));
            return null;
        }
        return new FontFamily(name, name, isBundled: false, embedInDocx: read.All(f => f.Info.Embeddable), faces);
    }

    private static FontFamily Bundled(string name, string prefix, string? docxName = null, bool embedInDocx = false, FontFace[]? faces = null)
    {
        var present = faces ?? AllFaces;
        var files = new FontFile?[4];
        foreach (var face in present)
        {
            var file = prefix + face switch
            {
                FontFace.Bold => "-Bold.ttf",
                FontFace.Italic => "-Italic.ttf",
                FontFace.BoldItalic => "-BoldItalic.ttf",
                _ => "-Regular.ttf",
            };
            files[(int)face] = new FontFile(file, () => BundledFonts.Read(file));
        }
        return new FontFamily(name, docxName ?? name, isBundled: true, embedInDocx, files);
    }

    /// <summary>One face's file: its source and bytes (read on first use for bundled files) and the facts read from it.</summary>
    private sealed class FontFile
    {
        private readonly Lazy<ReadOnlyMemory<byte>> data;
        private readonly Lazy<OpenTypeFile> info;

        public FontFile(string source, byte[] bytes, OpenTypeFile info)
        {
            Source = source;
            data = new(bytes);
            this.info = new(info);
        }

        public FontFile(string source, Func<ReadOnlyMemory<byte>> load)
        {
            Source = source;
            data = new(load);
            info = new(() => OpenTypeFile.Read(data.Value.Span));
        }

        public string Source { get; }

        public ReadOnlyMemory<byte> Data => data.Value;

        public OpenTypeFile Info => info.Value;
    }
}
