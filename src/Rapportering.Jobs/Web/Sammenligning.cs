using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Report;
using Rapportering.Sammenligninger;
using Rapportering.Report.Sektioner;

namespace Rapportering.Jobs.Web;

/// <summary>One value in the comparison: a number, suppressed (&lt;5) or missing.</summary>
public sealed record SammenligningVaerdi(decimal? Vaerdi, bool Undertrykt, bool Foreloebig);

/// <summary>One row: a kommune (or the average, Kode = null) with a value per period.</summary>
public sealed record SammenligningRaekke(int? Kode, string Navn, string Rolle, IReadOnlyList<SammenligningVaerdi> Vaerdier);

/// <summary>
/// A figure for a kommune, its reference kommuner and the average of the exports present
/// (own and received), side by side. Serie = false: the latest period of the cut date's report only.
/// GennemsnitForklaring says how the average row was computed; every word is from the model's texts.
/// </summary>
public sealed record Sammenligning(
    Figur Figur, Opdeling? Opdeling, DateOnly Dato, bool Serie,
    IReadOnlyList<Periode> Perioder, IReadOnlyList<SammenligningRaekke> Raekker, string GennemsnitForklaring, Templates.RapportTekster Tekster)
{
    /// <summary>
    /// Pure: one figure and opdeling of the comparison model (built from the figures exports of
    /// one cut date, own and received). The average row is the model's <see cref="Gennemsnit"/>,
    /// the same number the workbook shows; a suppressed or missing value is never counted as zero.
    /// </summary>
    public static Sammenligning Byg(Figur figur, Opdeling? opdeling, DateOnly dato, bool serie, SammenligningsModel model)
    {
        var eksporter = model.Kommuner.ToDictionary(k => k.Eksport.Kommune);
        IEnumerable<Observation> Obs(int kode) => eksporter.TryGetValue(kode, out var e)
            ? e.Eksport.Observationer.Where(o => o.Noegletal == figur.Id && o.Opdeling == opdeling)
            : [];
        var t = model.Tekster;
        var kommune = model.FokusKommune;
        var referencer = model.Referencekommuner;
        var alle = Obs(kommune).Concat(referencer.SelectMany(Obs)).Select(o => o.Periode).Distinct().Order().ToList();
        IReadOnlyList<Periode> perioder = serie ? alle : alle.Count == 0 ? [] : [alle[^1]];

        SammenligningRaekke Raekke(int kode, string rolle)
        {
            var efterPeriode = Obs(kode).GroupBy(o => o.Periode).ToDictionary(g => g.Key, g => g.First());
            var navn = eksporter.TryGetValue(kode, out var k) ? k.Navn : t.Hent("sammenligning.ukendt_kommune", ("kode", kode.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return new SammenligningRaekke(kode, navn, rolle, perioder.Select(p => efterPeriode.TryGetValue(p, out var o)
                ? new SammenligningVaerdi(o.Undertrykt ? null : o.Vaerdi, o.Undertrykt, o.Foreloebig)
                : new SammenligningVaerdi(null, false, false)).ToList());
        }

        var raekker = new List<SammenligningRaekke> { Raekke(kommune, t.Hent("sammenligning.rolle_kommunen")) };
        raekker.AddRange(referencer.Where(r => r != kommune).Distinct().Select(r => Raekke(r, t.Hent("sammenligning.rolle_referencekommune"))));
        var gennemsnit = perioder.Select(p => model.Gennemsnit(figur.Id, opdeling, p)).ToList();
        raekker.Add(new SammenligningRaekke(null, model.GennemsnitNavn, t.Hent("sammenligning.rolle_gennemsnit"),
            gennemsnit.Select(g => new SammenligningVaerdi(g?.Vaerdi, false, false)).ToList()));
        return new Sammenligning(figur, opdeling, dato, serie, perioder, raekker,
            model.GennemsnitForklaring(gennemsnit.Any(g => g?.Vaegtet == true)), t);
    }

    /// <summary>The chart: bars per kommune for one period, lines over the periods for a series; its words
    /// (alternative text, empty plot, category heading) from the texts, as the report's charts.</summary>
    public Diagram Diagram()
    {
        var d = Serie
            ? new Diagram(Titel, DiagramType.Linje, Tekster.Katalog.Enhed(Figur), Perioder.Select(PeriodeTekst).ToList(),
                Raekker.Select(r => new DiagramSerie(r.Navn, r.Vaerdier.Select(v => (double?)v.Vaerdi).ToList(), r.Vaerdier.Select(v => v.Foreloebig).ToList(),
                    r.Vaerdier.Select(Hul).ToList())).ToList())
            {
                Kategorinavn = Tekster.Hent(Perioder.Count > 0 && Perioder[0].Art == PeriodeArt.Regnskabsaar ? "kolonner.aar" : Perioder.Count > 0 && Perioder[0].Art == PeriodeArt.Skoleaar ? "kolonner.skoleaar" : "kolonner.skaeringsdato"),
                Decimaler = Visning.Decimaler,
                KategorierPrAar = Perioder.Count > 0 && Perioder[0].Art == PeriodeArt.Skaeringsdato ? 3 : 1,
            }
            : new Diagram(Titel, DiagramType.GrupperedeSoejler, Tekster.Katalog.Enhed(Figur), Raekker.Select(r => r.Navn).ToList(),
                [new DiagramSerie(Perioder.Count == 0 ? Tekster.Hent("maerker.mangler") : PeriodeTekst(Perioder[0]),
                    Raekker.Select(r => r.Vaerdier.Count == 0 ? null : (double?)r.Vaerdier[0].Vaerdi).ToList(), null,
                    Raekker.Select(r => r.Vaerdier.Count == 0 ? Figures.Hul.Mangler : Hul(r.Vaerdier[0])).ToList())])
            {
                Kategorinavn = Tekster.Hent("sammenligning.kolonne_kommune"),
                Decimaler = Visning.Decimaler,
            };
        return d with { Alternativtekst = Serie ? Diagramtal.Alternativtekst(d, Tekster) : KommuneAlternativtekst(d), Tomtekst = Tekster.Hent("maerker.mangler") };
    }

    /// <summary>The bars of one period in words: every kommune's value ("Aarby Kommune 12,0; …"), a missing one as the report says it.</summary>
    private string KommuneAlternativtekst(Diagram d)
    {
        var s = d.Serier[0];
        var vaerdier = d.Kategorier.Select((k, i) => $"{k} " + (i < s.Vaerdier.Count && s.Vaerdier[i] is { } v ? Formatering.Tal(v, d.Decimaler) : Tekster.Hent("diagram.ingen_vaerdi")));
        return Tekster.Hent("sammenligning.alternativtekst_kommuner", ("type", Tekster.Hent("diagram.soejler")), ("titel", d.Titel), ("yakse", d.YAkse),
            ("periode", s.Navn), ("vaerdier", string.Join("; ", vaerdier)));
    }

    public string Titel => $"{Tekster.Katalog.Navn(Figur)}{(Opdeling is null ? "" : ", " + Tekster.Katalog.Opdeling(Opdeling))}";

    /// <summary>Every value here is a rate, share, mean or amount: a suppressed one has the value mark.</summary>
    public static Hul? Hul(SammenligningVaerdi v) =>
        v.Undertrykt ? Figures.Hul.UndertryktVaerdi : v.Vaerdi is null ? Figures.Hul.Mangler : null;

    public string Tal(SammenligningVaerdi v) =>
        Hul(v) is { } h ? Formatering.Maerke(h)
        : Formatering.Tal(v.Vaerdi!.Value, Visning.Decimaler) + (v.Foreloebig ? " " + Tekster.Hent("markering.foreloebig") : "");

    /// <summary>One footnote per mark the table uses, in the templates' words.</summary>
    public IEnumerable<string> Fodnoter(Templates.RapportTekster tekster) =>
        Formatering.Fodnoter(Raekker.SelectMany(r => r.Vaerdier).Select(Hul).OfType<Hul>(), tekster);

    /// <summary>A cut date as "30. september 2017"; years and school years as they are.</summary>
    public static string PeriodeTekst(Periode periode) =>
        periode.Art == PeriodeArt.Skaeringsdato ? Formatering.Dato(periode.Skaeringsdato.Dato) : periode.ToString();
}
