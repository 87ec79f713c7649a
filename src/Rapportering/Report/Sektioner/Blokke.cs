using Rapportering.Figures;

namespace Rapportering.Report.Sektioner;

/// <summary>Which number of an observation a table column shows.</summary>
internal enum Felt { Vaerdi, Taeller, Naevner }

/// <summary>A table column: one figure, one opdeling, one field of its observations.</summary>
internal sealed record Kolonne(string Overskrift, Figur Figur, string? Opdeling, Felt Felt = Felt.Vaerdi, string? Gruppe = null);

/// <summary>A chart series: one figure and opdeling over the periods.</summary>
internal sealed record Serie(string Navn, Figur Figur, string? Opdeling);

/// <summary>
/// Builds charts and the tables beside them from periods × columns. A cell is "&lt;5" when the
/// observation is suppressed and "–" when it is missing, never 0; the table's footnote explains
/// each marker that occurs, and years from expected accounts are marked and explained.
/// </summary>
internal static class Blokke
{
    /// <summary>A chart and, right after it, the table with its numbers.</summary>
    public static IEnumerable<Blok> DiagramOgTabel(
        Komposition k, string titel, DiagramType type, string yAkse, string periodeOverskrift,
        IReadOnlyList<Periode> perioder, IReadOnlyList<Serie> serier, IReadOnlyList<Kolonne> kolonner)
    {
        if (perioder.Count == 0)
        {
            yield return new Tekst(k.T("fodnoter.ingen_data"));
            yield break;
        }
        yield return Diagram(k, titel, type, yAkse, perioder, serier);
        yield return Tabel(k, titel, periodeOverskrift, perioder, kolonner);
    }

    public static Tabel Tabel(Komposition k, string titel, string periodeOverskrift, IReadOnlyList<Periode> perioder, IReadOnlyList<Kolonne> kolonner)
    {
        var maerker = new Maerker();
        var raekker = perioder
            .Select(p => (IReadOnlyList<Celle>)[new Celle(p.Tabeltekst), .. kolonner.Select(kol => new Celle(CelleTekst(k, kol, p, maerker)))])
            .ToList();
        var hoved = new List<TabelKolonne> { new(periodeOverskrift, Hoejrestillet: false) };
        hoved.AddRange(kolonner.Select(kol => new TabelKolonne(kol.Overskrift, Gruppe: kol.Gruppe)));
        return new Tabel(k.NaesteTabeltitel(titel), hoved, raekker,
            Fodnote(k, maerker.Undertrykt, maerker.Mangler, perioder.Any(p => p.Foreloebig)));
    }

    public static Diagram Diagram(Komposition k, string titel, DiagramType type, string yAkse, IReadOnlyList<Periode> perioder, IReadOnlyList<Serie> serier)
    {
        var maerker = new Maerker();
        var ds = serier.Select(s => new DiagramSerie(
                s.Navn,
                perioder.Select(p => Diagramvaerdi(k, s, p, maerker)).ToList(),
                perioder.Any(p => p.Foreloebig) ? perioder.Select(p => p.Foreloebig).ToList() : null))
            .ToList();
        var fodnote = perioder.Any(p => p.Foreloebig) ? k.T("fodnoter.foreloebig_diagram") : null;
        if (maerker.Undertrykt || maerker.Mangler) fodnote = Saml(fodnote, k.T("fodnoter.diagram_huller"));
        return new Diagram(k.NaesteFigurtitel(titel), type, yAkse, perioder.Select(p => p.Diagramtekst).ToList(), ds, fodnote,
            perioder.Select(p => p.Aksetekst).ToList());
    }

    private static double? Diagramvaerdi(Komposition k, Serie s, Periode p, Maerker m)
    {
        var o = k.Opslag.Hent(s.Figur.Id, s.Opdeling, p.Noegle);
        if (o is null || (!o.Undertrykt && o.Vaerdi is null)) { m.Mangler = true; return null; }
        if (o.Undertrykt || o.Vaerdi is not { } v) { m.Undertrykt = true; return null; }
        return Visning.Diagramvaerdi(s.Figur, v);
    }

    private static string CelleTekst(Komposition k, Kolonne kol, Periode p, Maerker m)
    {
        var o = k.Opslag.Hent(kol.Figur.Id, kol.Opdeling, p.Noegle);
        if (o is null) return m.SaetMangler();
        switch (kol.Felt)
        {
            case Felt.Naevner:
                return o.Naevner is { } n ? Visning.Antal(n) : m.SaetMangler();
            case Felt.Taeller:
                if (o.Undertrykt) return m.SaetUndertrykt();
                return o.Taeller is { } t ? Visning.Antal(t) : m.SaetMangler();
            default:
                if (o.Undertrykt) return m.SaetUndertrykt();
                return o.Vaerdi is { } v ? Visning.Vaerdi(kol.Figur, v) : m.SaetMangler();
        }
    }

    private static string? Fodnote(Komposition k, bool undertrykt, bool mangler, bool foreloebig)
    {
        string? f = null;
        if (undertrykt) f = Saml(f, k.T("fodnoter.undertrykt"));
        if (mangler) f = Saml(f, k.T("fodnoter.mangler"));
        if (foreloebig) f = Saml(f, k.T("fodnoter.foreloebig"));
        return f;
    }

    private static string Saml(string? a, string b) => a is null ? b : a + " " + b;

    private sealed class Maerker
    {
        public bool Undertrykt;
        public bool Mangler;
        public string SaetUndertrykt() { Undertrykt = true; return Formatering.Undertrykt; }
        public string SaetMangler() { Mangler = true; return Formatering.Mangler; }
    }

    /// <summary>"Antal" and value columns for each opdeling of a distribution, with the cohort size first;
    /// each pair grouped under the opdeling's name.</summary>
    public static IReadOnlyList<Kolonne> Fordeling(Komposition k, Figur f, string naevnerOverskrift, IReadOnlyList<string?> opdelinger)
    {
        var kol = new List<Kolonne> { new(naevnerOverskrift, f, opdelinger[0], Felt.Naevner) };
        foreach (var o in opdelinger)
        {
            var navn = Katalog.OpdelingNavn(o);
            kol.Add(new($"{navn}, {Visning.Lille(k.T("kolonner.antal"))}", f, o, Felt.Taeller, navn));
            kol.Add(new($"{navn}, {Visning.Lille(k.T("kolonner.pct"))}", f, o, Gruppe: navn));
        }
        return kol;
    }

    /// <summary>For each opdeling a count column and a value column ("I alt, antal", "I alt, pr. 1.000", ...).</summary>
    public static IReadOnlyList<Kolonne> AntalOgVaerdi(Komposition k, Figur f, IReadOnlyList<string?> opdelinger, string vaerdiOverskrift) =>
        opdelinger.SelectMany(o =>
        {
            var navn = Katalog.OpdelingNavn(o);
            return new[]
            {
                new Kolonne($"{navn}, {Visning.Lille(k.T("kolonner.antal"))}", f, o, Felt.Taeller, navn),
                new Kolonne($"{navn}, {vaerdiOverskrift}", f, o, Gruppe: navn),
            };
        }).ToList();

    /// <summary>The sub-heading of a figure: "1.2 &lt;catalog name&gt;", with the catalog id as link target.</summary>
    public static Underoverskrift Overskrift(string nummer, Figur f) => new($"{nummer} {f.Navn}", f.Id);
}
