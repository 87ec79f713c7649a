using Rapportering.Domain;
using Rapportering.Figures;

namespace Rapportering.Report.Sektioner;

/// <summary>Which number of an observation a table column shows.</summary>
internal enum Felt { Vaerdi, Taeller, Naevner }

/// <summary>A table column: one figure, one opdeling, one field of its observations.</summary>
internal sealed record Kolonne(string Overskrift, Figur Figur, Opdeling? Opdeling, Felt Felt = Felt.Vaerdi, string? Gruppe = null);

/// <summary>A chart series: one figure and opdeling over the periods.</summary>
internal sealed record Serie(string Navn, Figur Figur, Opdeling? Opdeling);

/// <summary>
/// Builds charts and the tables beside them from periods × columns. The marks are decided here
/// (<see cref="Formatering.Maerke"/>), once for every renderer: a suppressed count "&lt;5", a
/// suppressed rate, share or mean "..", no data "–" (never 0); the table's footnote explains each
/// mark that occurs, once, and years from expected accounts are marked and explained. A chart's
/// gaps carry the same marks, for the number table the HTML draws under it.
/// </summary>
internal static class Blokke
{
    /// <summary>A chart and, right after it, the table with its numbers.</summary>
    public static IEnumerable<Blok> DiagramOgTabel(
        Komposition k, string titel, DiagramType type, string yAkse, string periodeOverskrift,
        IReadOnlyList<VistPeriode> perioder, IReadOnlyList<Serie> serier, IReadOnlyList<Kolonne> kolonner)
    {
        if (perioder.Count == 0)
        {
            yield return new Tekst(k.T("fodnoter.ingen_data"));
            yield break;
        }
        yield return Diagram(k, titel, type, yAkse, perioder, serier);
        yield return Tabel(k, titel, periodeOverskrift, perioder, kolonner);
    }

    public static Tabel Tabel(Komposition k, string titel, string periodeOverskrift, IReadOnlyList<VistPeriode> perioder, IReadOnlyList<Kolonne> kolonner)
    {
        var maerker = new Maerker();
        var raekker = perioder
            .Select(p => (IReadOnlyList<Celle>)[Periodecelle(p), .. kolonner.Select(kol => Celle(k, kol, p, maerker))])
            .ToList();
        var hoved = new List<TabelKolonne> { new(periodeOverskrift, Hoejrestillet: false) };
        hoved.AddRange(kolonner.Select(kol => new TabelKolonne(kol.Overskrift, Gruppe: kol.Gruppe)));
        return new Tabel(k.NaesteTabeltitel(titel), hoved, raekker,
            Fodnote(k, maerker, perioder.Any(p => p.Foreloebig)), Udvalg(k, perioder, kolonner));
    }

    /// <summary>
    /// Committee length: a printed table shows the latest seven cut dates, five accounting years
    /// or six school years (the chart above it keeps the whole series); longer ones get the short
    /// form, with a footnote for the marks in the rows shown and a line on where the rest is.
    /// </summary>
    private static Udvalgsform? Udvalg(Komposition k, IReadOnlyList<VistPeriode> perioder, IReadOnlyList<Kolonne> kolonner)
    {
        if (perioder.Count == 0) return null;
        var (antal, ord) = perioder[0].Noegle.Art switch
        {
            PeriodeArt.Skaeringsdato => (7, k.T("udvalg.skaeringsdatoer")),
            PeriodeArt.Regnskabsaar => (5, k.T("udvalg.regnskabsaar")),
            _ => (6, k.T("udvalg.skoleaar")),
        };
        if (perioder.Count <= antal) return null;
        var vist = perioder.Skip(perioder.Count - antal).ToList();
        var maerker = new Maerker();
        foreach (var p in vist)
        foreach (var kol in kolonner) maerker.Saet(Slaa(k, kol, p).Hul);
        return new Udvalgsform(antal, Fodnote(k, maerker, vist.Any(p => p.Foreloebig)),
            k.T("udvalg.henvisning", ("antal", antal.ToString(Formatering.Dansk)), ("i_alt", perioder.Count.ToString(Formatering.Dansk)), ("perioder", ord)));
    }

    public static Diagram Diagram(Komposition k, string titel, DiagramType type, string yAkse, IReadOnlyList<VistPeriode> perioder, IReadOnlyList<Serie> serier)
    {
        var maerker = new Maerker();
        var foreloebig = perioder.Any(p => p.Foreloebig);
        var ds = serier.Select(s =>
            {
                var obs = perioder.Select(p => k.Opslag.Hent(s.Figur.Id, s.Opdeling, p.Noegle)).ToList();
                var huller = obs.Select(o => maerker.Saet(Formatering.VaerdiHul(o))).ToList();
                return new DiagramSerie(
                    s.Navn,
                    obs.Select((o, i) => huller[i] is null ? Visning.Diagramvaerdi(s.Figur, o!.Vaerdi!.Value) : (double?)null).ToList(),
                    foreloebig ? perioder.Select(p => p.Foreloebig).ToList() : null,
                    huller);
            })
            .ToList();
        var fodnote = foreloebig ? k.T("fodnoter.foreloebig_diagram") : null;
        if (maerker.Brugte.Count > 0) fodnote = Saml(fodnote, k.T("fodnoter.diagram_huller"));
        var b = k.Input.Skabelon.Branding;
        var d = new Diagram(k.NaesteFigurtitel(titel), type, yAkse, perioder.Select(p => p.Diagramtekst).ToList(), ds, fodnote,
            perioder.Select(p => p.Aksetekst).ToList(), Fodnote(k, maerker, foreloebig: false))
        {
            Kategorinavn = KategoriNavn(k, perioder),
            Decimaler = Visning.Decimaler,
            KategorierPrAar = perioder.Count > 0 && perioder[0].Noegle.Art == PeriodeArt.Skaeringsdato ? 3 : 1,
            Farver = Diagramfarver.For(type, ds.Count, b.Primaerfarve, b.Sekundaerfarve),
        };
        d = d with { Perioder = perioder.Select(p => p.Noegle).ToList() };
        d = d with { Taltabel = Diagramtal.Tabel(d, k.Tekster) };
        return d with { Alternativtekst = Diagramtal.Alternativtekst(d, k.Tekster), Tomtekst = k.T("maerker.mangler"), Foreloebigtekst = k.T("diagram.forventet_regnskab") };
    }

    private static string KategoriNavn(Komposition k, IReadOnlyList<VistPeriode> perioder) =>
        perioder.Count == 0 ? k.T("kolonner.skaeringsdato") : perioder[0].Noegle.Art switch
        {
            PeriodeArt.Skaeringsdato => k.T("kolonner.skaeringsdato"),
            PeriodeArt.Regnskabsaar => k.T("kolonner.aar"),
            _ => k.T("kolonner.skoleaar"),
        };

    /// <summary>The observation a cell shows, its number and its mark (null: the number is shown).</summary>
    private static (Observation? O, Hul? Hul, decimal? Tal) Slaa(Komposition k, Kolonne kol, VistPeriode p)
    {
        var o = k.Opslag.Hent(kol.Figur.Id, kol.Opdeling, p.Noegle);
        return kol.Felt switch
        {
            Felt.Naevner => (o, Formatering.NaevnerHul(o), o?.Naevner),
            Felt.Taeller => (o, Formatering.AntalHul(o, o?.Taeller), o?.Taeller),
            _ => (o, Formatering.VaerdiHul(o), o?.Vaerdi),
        };
    }

    private static Celle Celle(Komposition k, Kolonne kol, VistPeriode p, Maerker m)
    {
        var (o, hul, tal) = Slaa(k, kol, p);
        var vaerdi = kol.Felt == Felt.Vaerdi;
        var enhed = vaerdi ? Enhedstekst(k, kol.Figur) : k.T("enheder.antal");
        if (m.Saet(hul) is { } h) return Diagramtal.MaerkeCelle(h, k.Tekster) with { Enhed = enhed };
        return new Celle(vaerdi ? Visning.Vaerdi(kol.Figur, tal!.Value) : Visning.Antal(tal!.Value))
        {
            Tal = vaerdi ? Visning.Skaleret(kol.Figur, tal!.Value) : tal,
            Tilstand = o!.Foreloebig ? Celletilstand.ForventetRegnskab : Celletilstand.Vaerdi,
            Enhed = enhed,
            Decimaler = vaerdi ? Visning.Decimaler : Visning.AntalDecimaler,
        };
    }

    /// <summary>A row's period: its words, and the typed period for the workbook.</summary>
    private static Celle Periodecelle(VistPeriode p) =>
        new(p.Tabeltekst) { Periode = p.Noegle, Tilstand = p.Foreloebig ? Celletilstand.ForventetRegnskab : Celletilstand.Tekst };

    /// <summary>The unit a figure's values are shown in: amounts in mio. kr. in fixed prices, the rest the catalog's words.</summary>
    private static string Enhedstekst(Komposition k, Figur f) => f.Enhed == Enhed.Tusind_kr
        ? k.T("diagram.mio_kr", ("prisaar", k.Input.Figurer.Prisaar.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        : k.EnhedTekst(f);

    /// <summary>One footnote per mark that occurs, then the expected-accounts note.</summary>
    private static string? Fodnote(Komposition k, Maerker m, bool foreloebig)
    {
        var dele = Formatering.Fodnoter(m.Brugte, k.Tekster).ToList();
        if (foreloebig) dele.Add(k.T("fodnoter.foreloebig"));
        return dele.Count == 0 ? null : string.Join(" ", dele);
    }

    private static string Saml(string? a, string b) => a is null ? b : a + " " + b;

    /// <summary>The marks a table or chart has used, for its footnote.</summary>
    private sealed class Maerker
    {
        public readonly HashSet<Hul> Brugte = [];
        public Hul? Saet(Hul? h) { if (h is { } x) Brugte.Add(x); return h; }
    }

    /// <summary>"Antal" and value columns for each opdeling of a distribution, with the cohort size first;
    /// each pair grouped under the opdeling's name.</summary>
    public static IReadOnlyList<Kolonne> Fordeling(Komposition k, Figur f, string naevnerOverskrift, IReadOnlyList<Opdeling?> opdelinger)
    {
        var kol = new List<Kolonne> { new(naevnerOverskrift, f, opdelinger[0], Felt.Naevner) };
        foreach (var o in opdelinger)
        {
            var navn = k.OpdelingNavn(o);
            kol.Add(new($"{navn}, {Visning.Lille(k.T("kolonner.antal"))}", f, o, Felt.Taeller, navn));
            kol.Add(new($"{navn}, {Visning.Lille(k.T("kolonner.pct"))}", f, o, Gruppe: navn));
        }
        return kol;
    }

    /// <summary>For each opdeling a count column and a value column ("I alt, antal", "I alt, pr. 1.000", ...).</summary>
    public static IReadOnlyList<Kolonne> AntalOgVaerdi(Komposition k, Figur f, IReadOnlyList<Opdeling?> opdelinger, string vaerdiOverskrift) =>
        opdelinger.SelectMany(o =>
        {
            var navn = k.OpdelingNavn(o);
            return new[]
            {
                new Kolonne($"{navn}, {Visning.Lille(k.T("kolonner.antal"))}", f, o, Felt.Taeller, navn),
                new Kolonne($"{navn}, {vaerdiOverskrift}", f, o, Gruppe: navn),
            };
        }).ToList();

    /// <summary>The sub-heading of a figure: "1.2 &lt;catalog name&gt;", with the catalog id as link target.</summary>
    public static Underoverskrift Overskrift(Komposition k, string nummer, Figur f) => new($"{nummer} {k.FigurNavn(f)}", f.Id.Kode);
}
