using Rapportering.Report;

namespace Rapportering.Tests.Report;

/// <summary>Every string a renderer could put on a page, in reading order (for privacy and determinism checks).</summary>
internal static class DokumentTekster
{
    public static IEnumerable<string> Alle(RapportDokument d)
    {
        var m = d.Metadata;
        yield return m.Titel; yield return m.Forfatter; yield return m.Emne;
        foreach (var n in m.Noegleord) yield return n;
        var f = d.Forside;
        foreach (var s in new[] { f.Kommunenavn, f.Udvalg, f.Titel, f.Undertitel, f.Periode, f.Dato }) yield return s;
        foreach (var a in d.Afsnit)
        {
            yield return a.FuldOverskrift;
            foreach (var b in a.Blokke)
                foreach (var s in Tekster(b)) yield return s;
        }
    }

    public static IEnumerable<string> Tekster(Blok b)
    {
        switch (b)
        {
            case Underoverskrift u: yield return u.Tekst; break;
            case Tekst t: yield return t.Indhold; break;
            case Punktliste p: foreach (var s in p.Punkter) yield return s; break;
            case Definition def: yield return def.Navn; yield return def.Enhed; yield return def.Tekst; break;
            case Tabel t:
                yield return t.Titel;
                foreach (var k in t.Kolonner) yield return k.Overskrift;
                foreach (var r in t.Raekker) foreach (var c in r) yield return c.Tekst;
                if (t.Fodnote is not null) yield return t.Fodnote;
                break;
            case Diagram g:
                yield return g.Titel; yield return g.YAkse;
                foreach (var c in g.Kategorier) yield return c;
                foreach (var s in g.Serier)
                {
                    yield return s.Navn;
                    foreach (var v in s.Vaerdier) yield return v?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "null";
                }
                if (g.Fodnote is not null) yield return g.Fodnote;
                break;
        }
    }

    public static Afsnit Afsnit(RapportDokument d, string id) => d.Afsnit.Single(a => a.Id == id);

    public static IEnumerable<Tabel> Tabeller(Afsnit a) => a.Blokke.OfType<Tabel>();

    /// <summary>The table whose title contains <paramref name="titel"/>, and its row for a period.</summary>
    public static IReadOnlyList<string> Raekke(Afsnit a, string titel, string periode) =>
        Tabeller(a).First(t => t.Titel.Contains(titel, StringComparison.Ordinal))
            .Raekker.Single(r => r[0].Tekst == periode).Select(c => c.Tekst).ToList();
}
