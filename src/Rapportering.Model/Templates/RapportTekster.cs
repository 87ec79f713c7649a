namespace Rapportering.Templates;

/// <summary>
/// The report's words (templates/rapport/tekster.json): headings, intros, caveats, footnotes and
/// the sentence patterns of the Resumé. Nested JSON keys are read as dotted paths
/// ("afsnit.resume.overskrift"). A kommune's own file only needs the keys it changes: every other
/// key comes from the built-in file, so a missing key never leaves a hole in the report.
/// Placeholders are written {navn} and filled by <see cref="Hent(string, (string, string)[])"/>.
/// Read from disk at the edge (<c>RapportTeksterFil</c> in Rapportering.Core).
/// </summary>
public sealed class RapportTekster
{
    public const string RelativSti = "rapport/tekster.json";

    private readonly IReadOnlyDictionary<string, string> _egne;
    private readonly IReadOnlyDictionary<string, string> _indbyggede;

    internal RapportTekster(IReadOnlyDictionary<string, string> egne, IReadOnlyDictionary<string, string> indbyggede)
    {
        _egne = egne;
        _indbyggede = indbyggede;
        Katalog = new KatalogTekster(this);
    }

    /// <summary>The catalog's words (figure names, definitions, units, opdelinger), every key checked here, at load.</summary>
    public KatalogTekster Katalog { get; }

    /// <summary>A data-quality rule's Danish name as it reads inside a sentence ("ugyldig dato"); the id in words when the texts lack it.</summary>
    public string RegelINavn(string regel)
    {
        var noegle = $"bilag.datakvalitet_regler.{regel}";
        if (!Har(noegle)) return regel.Replace('_', ' ');
        var navn = Hent(noegle);
        // "Ugyldig dato" → "ugyldig dato"; an abbreviation ("PL-indeks") keeps its capitals.
        return navn.Length > 1 && char.IsUpper(navn[0]) && !char.IsUpper(navn[1]) ? char.ToLowerInvariant(navn[0]) + navn[1..] : navn;
    }

    public bool Har(string noegle) => _egne.ContainsKey(noegle) || _indbyggede.ContainsKey(noegle);

    /// <summary>The built-in file's keys that start with <paramref name="praefiks"/> ("sammenligning."): for checking a whole section at start.</summary>
    public IEnumerable<string> IndbyggedeNoegler(string praefiks) => _indbyggede.Keys.Where(k => k.StartsWith(praefiks, StringComparison.Ordinal));

    /// <summary>The text for a key, the kommune's wording first. A key in neither file is a template error.</summary>
    public string Hent(string noegle) =>
        _egne.TryGetValue(noegle, out var t) || _indbyggede.TryGetValue(noegle, out t)
            ? t
            : throw new SkabelonFejl($"{RelativSti}: teksten '{noegle}' mangler");

    /// <summary>Like <see cref="Hent(string)"/>, and a blank text (a kommune's "") is a template error too: for words that must stand on a page.</summary>
    public string HentIkkeTom(string noegle) => Hent(noegle) is { } t && !string.IsNullOrWhiteSpace(t)
        ? t
        : throw new SkabelonFejl($"{RelativSti}: teksten '{noegle}' er tom");

    /// <summary>The text with its placeholders filled; an unknown placeholder stays as written.</summary>
    public string Hent(string noegle, params (string Navn, string Vaerdi)[] vaerdier) => Udfyld(Hent(noegle), vaerdier);

    /// <summary>Like <see cref="Hent(string, (string, string)[])"/>, or null when neither file has the key (optional texts).</summary>
    public string? HentValgfri(string noegle, params (string Navn, string Vaerdi)[] vaerdier) =>
        Har(noegle) ? Hent(noegle, vaerdier) : null;

    internal static string Udfyld(string skabelon, (string Navn, string Vaerdi)[] vaerdier)
    {
        if (vaerdier.Length == 0 || !skabelon.Contains('{')) return skabelon;
        // One placeholder after the other, each everywhere it occurs (ordinal): a text without it is not copied.
        var tekst = skabelon;
        foreach (var (navn, vaerdi) in vaerdier) tekst = tekst.Replace("{" + navn + "}", vaerdi, StringComparison.Ordinal);
        return tekst;
    }
}
