using System.Runtime.InteropServices;

namespace Csto.Reporting.Pdf.Writing.Fonts;

/// <summary>
/// The few entry points of HarfBuzz's subsetter (<c>hb-subset.h</c>) and its blob, face and set types, called in
/// the native <c>libHarfBuzzSharp</c> that the HarfBuzzSharp packages ship: its managed side binds shaping only, but
/// the native library exports the subsetter on every platform it is built for (checked with <c>nm -D</c>,
/// <c>objdump -p</c> and <c>llvm-nm</c> in HarfBuzzSharp.NativeAssets 8.3.1.5: Linux x64, Windows x86/x64/arm64
/// and macOS x86_64/arm64 each export the 26 <c>hb_subset_*</c> functions).
/// </summary>
internal static partial class HarfBuzzSubsetApi
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>
    /// <c>HB_MEMORY_MODE_READONLY</c>: HarfBuzz reads the caller's bytes in place (copying a table only if it must
    /// change it); they must stay put until the blob and everything made from it is destroyed.
    /// </summary>
    public const int MemoryModeReadOnly = 1;

    /// <summary><c>HB_SUBSET_FLAGS_NO_HINTING</c>: drop hinting instructions (a PDF viewer rasterizes itself).</summary>
    public const uint FlagNoHinting = 0x1;

    /// <summary><c>HB_SUBSET_FLAGS_RETAIN_GIDS</c>: keep every glyph at its old id, so content streams can be written before the subset is made.</summary>
    public const uint FlagRetainGlyphIds = 0x2;

    /// <summary><c>HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE</c>: keep exactly the glyphs asked for (text is shaped already).</summary>
    public const uint FlagNoLayoutClosure = 0x200;

    /// <summary><c>HB_SUBSET_SETS_DROP_TABLE_TAG</c>.</summary>
    public const int SetDropTableTag = 3;

    [LibraryImport(Library, EntryPoint = "hb_blob_create")]
    public static partial IntPtr BlobCreate(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);

    [LibraryImport(Library, EntryPoint = "hb_blob_destroy")]
    public static partial void BlobDestroy(IntPtr blob);

    [LibraryImport(Library, EntryPoint = "hb_blob_get_data")]
    public static partial IntPtr BlobGetData(IntPtr blob, out uint length);

    [LibraryImport(Library, EntryPoint = "hb_face_create")]
    public static partial IntPtr FaceCreate(IntPtr blob, uint index);

    [LibraryImport(Library, EntryPoint = "hb_face_destroy")]
    public static partial void FaceDestroy(IntPtr face);

    [LibraryImport(Library, EntryPoint = "hb_face_reference_blob")]
    public static partial IntPtr FaceReferenceBlob(IntPtr face);

    [LibraryImport(Library, EntryPoint = "hb_set_add")]
    public static partial void SetAdd(IntPtr set, uint codepoint);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_create_or_fail")]
    public static partial IntPtr InputCreate();

    [LibraryImport(Library, EntryPoint = "hb_subset_input_destroy")]
    public static partial void InputDestroy(IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_glyph_set")]
    public static partial IntPtr InputGlyphSet(IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_set")]
    public static partial IntPtr InputSet(IntPtr input, int setType);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_set_flags")]
    public static partial void InputSetFlags(IntPtr input, uint flags);

    [LibraryImport(Library, EntryPoint = "hb_subset_or_fail")]
    public static partial IntPtr SubsetOrFail(IntPtr face, IntPtr input);

    /// <summary>An OpenType tag as HarfBuzz's <c>hb_tag_t</c>.</summary>
    public static uint Tag(string tag) =>
        ((uint)tag[0] << 24) | ((uint)tag[1] << 16) | ((uint)tag[2] << 8) | tag[3];
}
