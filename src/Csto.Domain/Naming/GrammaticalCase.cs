namespace Csto.Domain.Naming;

/// <summary>The six grammatical cases of Russian that templates need.</summary>
public enum GrammaticalCase
{
    /// <summary>Именительный: кто? что? — «Совет коллективной безопасности».</summary>
    Nominative,
    /// <summary>Родительный: кого? чего? — «Совета коллективной безопасности».</summary>
    Genitive,
    /// <summary>Дательный: кому? чему? — «Совету коллективной безопасности».</summary>
    Dative,
    /// <summary>Винительный: кого? что? — «Совет коллективной безопасности».</summary>
    Accusative,
    /// <summary>Творительный: кем? чем? — «Советом коллективной безопасности».</summary>
    Instrumental,
    /// <summary>Предложный: о ком? о чём? — «о Совете коллективной безопасности».</summary>
    Prepositional,
}
