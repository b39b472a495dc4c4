namespace Csto.Reporting.Formatting;

/// <summary>
/// The grammatical gender (or the plural) of the noun an ordinal agrees with: «42-е заседание» (neuter),
/// «5-й съезд» (masculine), «80-я годовщина» (feminine), «90-е годы» (plural).
/// </summary>
public enum Gender
{
    /// <summary>Мужской род: «5-й съезд».</summary>
    Masculine,
    /// <summary>Женский род: «80-я годовщина».</summary>
    Feminine,
    /// <summary>Средний род: «42-е заседание».</summary>
    Neuter,
    /// <summary>Множественное число (без рода): «90-е годы».</summary>
    Plural,
}
