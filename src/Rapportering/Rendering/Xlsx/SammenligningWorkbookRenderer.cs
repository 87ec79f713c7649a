using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Sammenligninger;
using Rapportering.Templates;

namespace Rapportering.Rendering.Xlsx;

/// <summary>
/// The consultants' comparison workbook: one tidy "Data" table (every kommune × figure ×
/// period) and one sheet per figure and opdeling with kommuner as rows and periods as columns,
/// the focus kommune highlighted, reference kommuner marked, and the model's average of the
/// exports as the last row; the public figures (hele landet) on a sheet of their own.
/// </summary>
public sealed class SammenligningWorkbookRenderer
{
    internal const int OverskriftRaekke = 4;

    private const string Overskriftsfarve = "1F4E79";
    private static readonly Stil Fremhaevet = new(Fed: true, Fyld: "FFF2CC");
    private static readonly Stil Reference = new(Fyld: "EDF3FA");
    private static readonly Stil Note = new(Kursiv: true);
    private static readonly Stil Hoved = new(Fed: true, Farve: "FFFFFF", Fyld: Overskriftsfarve);

    /// <param name="trin">Told the time of each step (Data, figure sheets, public figures, front sheet, save), for the bench.</param>
    public void Render(SammenligningsModel input, Stream ud, Action<string, TimeSpan>? trin = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(ud);
        var fokus = input.Kommuner.SingleOrDefault(k => k.Eksport.Kommune == input.FokusKommune)
            ?? throw new ArgumentException($"Kommune {input.FokusKommune} er ikke blandt de {input.Kommuner.Count} kommuner i sammenligningen");
        var ur = System.Diagnostics.Stopwatch.StartNew();
        void Trin(string navn) { trin?.Invoke(navn, ur.Elapsed); ur.Restart(); }

        // Focus first, then its reference kommuner, then the rest by code.
        var kommuner = input.Kommuner
            .OrderBy(k => input.RolleFor(k.Eksport.Kommune))
            .ThenBy(k => k.Eksport.Kommune)
            .ToList();

        // The whole workbook through the streaming writer: ClosedXML took ~15 s for the 95.000 tidy rows and the figure sheets.
        // The Data sheet is written on a core of its own while the other sheets are built on this one; they are
        // recorded (StroemArk.Optag) and written after it, in the order a one-thread build has, so every string and
        // style gets the same number and the bytes are the same as without the second core.
        var t = input.Tekster;
        var (forsideNavn, dataNavn) = (t.Hent("projektmappe.ark_forside"), t.Hent("projektmappe.ark_data"));
        var pakke = new StroemPakke();
        var forside = pakke.NytArk(forsideNavn);
        var data = pakke.NytArk(dataNavn);
        var dataArk = Task.Run(() => DataArk(data, input, kommuner));
        var optaget = new List<StroemArk>();
        StroemArk NytArk(string navn)
        {
            var ark = pakke.NytArk(navn);
            ark.Optag();
            optaget.Add(ark);
            return ark;
        }

        var navne = new Arknavne(forsideNavn, dataNavn);
        var indhold = new List<(string Ark, string Beskrivelse)> { (dataNavn, t.Hent("projektmappe.data_beskrivelse")) };
        var celler = Celler(kommuner);
        foreach (var (noegletal, opdeling) in Kombinationer(celler))
        {
            var figur = Katalog.Hent(noegletal);
            var stamme = t.Katalog.Kort(figur);
            var ark = NytArk(navne.Nyt(opdeling is null ? stamme : $"{stamme} {t.Katalog.Opdeling(opdeling)}"));
            FigurArk(ark, input, kommuner, celler[(noegletal, opdeling)], figur, opdeling);
            indhold.Add((ark.Navn, FigurTitel(t, figur, opdeling)));
        }
        Trin("Figurark");

        if (input.Offentlige.Count > 0)
        {
            var ark = NytArk(navne.Nyt(t.Hent("projektmappe.ark_hele_landet")));
            OffentligeTalArk(ark, input);
            indhold.Add((ark.Navn, input.Tekster.Hent("offentlige.overskrift")));
        }
        Trin("Hele landet");

        forside.Optag();
        optaget.Add(forside);
        ForsideArk(forside, input, fokus, indhold);
        Trin("Forside");
        dataArk.GetAwaiter().GetResult();
        Trin("Data");
        foreach (var ark in optaget) ark.Afspil();
        Trin("Afspil");
        pakke.Gem(ud, new Kerneegenskaber(
            t.Hent("projektmappe.dokumenttitel", ("kommune", fokus.Navn), ("dato", fokus.Eksport.Skaeringsdato.ToString())), fokus.Navn, input.Dannet));
        Trin("Gem");
    }

    /// <summary>Per figure and opdeling, per kommune, its first observation of each period (an export has one): one pass over every row.</summary>
    private static Dictionary<(FigurId Noegletal, Opdeling? Opdeling), Dictionary<int, Dictionary<Periode, Observation>>> Celler(List<SammenligningKommune> kommuner)
    {
        var ud = new Dictionary<(FigurId Noegletal, Opdeling? Opdeling), Dictionary<int, Dictionary<Periode, Observation>>>();
        foreach (var k in kommuner)
            foreach (var o in k.Eksport.Observationer)
            {
                if (!ud.TryGetValue((o.Noegletal, o.Opdeling), out var pr)) ud[(o.Noegletal, o.Opdeling)] = pr = [];
                if (!pr.TryGetValue(k.Eksport.Kommune, out var perioder)) pr[k.Eksport.Kommune] = perioder = [];
                perioder.TryAdd(o.Periode, o);
            }
        return ud;
    }

    /// <summary>Every figure and opdeling present, in catalog order.</summary>
    private static IEnumerable<(FigurId Noegletal, Opdeling? Opdeling)> Kombinationer<T>(Dictionary<(FigurId Noegletal, Opdeling? Opdeling), T> celler)
    {
        var findes = celler.Keys.ToHashSet();
        foreach (var f in Katalog.Alle)
            foreach (var opd in f.Opdelinger)
                if (findes.Contains((f.Id, opd))) yield return (f.Id, opd);
        // Opdelinger the catalog does not list still get a sheet rather than vanish.
        foreach (var k in findes.Where(k => !Katalog.Hent(k.Noegletal).Opdelinger.Contains(k.Opdeling))
                     .OrderBy(k => k.Noegletal.Kode, StringComparer.Ordinal).ThenBy(k => k.Opdeling?.Kode, StringComparer.Ordinal))
            yield return k;
    }

    public static string RolleTekst(Rolle r, RapportTekster t) => t.Hent(r switch
    {
        Rolle.Kommune => "projektmappe.rolle_kommune",
        Rolle.Referencekommune => "projektmappe.rolle_referencekommune",
        _ => "projektmappe.rolle_oevrig",
    });

    private static string[] Kommunekolonner(RapportTekster t) =>
        [t.Hent("projektmappe.kolonne_kode"), t.Hent("projektmappe.kolonne_kommune"), t.Hent("projektmappe.kolonne_rolle")];

    private static void ForsideArk(StroemArk ark, SammenligningsModel input, SammenligningKommune fokus, List<(string Ark, string Beskrivelse)> indhold)
    {
        var t = input.Tekster;
        ark.Skriv(1, 1, t.Hent("projektmappe.titel"), Overskrift(16));
        var navn = input.Kommuner.ToDictionary(k => k.Eksport.Kommune, k => k.Navn);
        var r = 3;
        var venstre = new Stil(Vandret: "left");
        void Felt(string etiket, Action<int> skriv)
        {
            ark.Skriv(r, 1, etiket, new Stil(Fed: true));
            skriv(r);
            r++;
        }
        Felt(t.Hent("projektmappe.felt_kommune"), r => ark.Skriv(r, 2, $"{fokus.Navn} ({fokus.Eksport.Kommune})", venstre));
        Felt(t.Hent("projektmappe.felt_referencekommuner"), r => ark.Skriv(r, 2, input.Referencekommuner.Count == 0 ? t.Hent("projektmappe.ingen_valgt")
            : string.Join(", ", input.Referencekommuner.Select(k => navn.TryGetValue(k, out var n) ? $"{n} ({k})"
                : t.Hent("projektmappe.ingen_eksport", ("kode", k.ToString(System.Globalization.CultureInfo.InvariantCulture))))), venstre));
        Felt(t.Hent("projektmappe.felt_skaeringsdato"), r => ark.Skriv(r, 2, PeriodeCelle.Dato(Domain.Periode.For(fokus.Eksport.Skaeringsdato)).ToOADate(), venstre with { Format = XlsxFormat.LangDato }));
        Felt(t.Hent("projektmappe.felt_kommuner"), r => ark.Skriv(r, 2, input.Kommuner.Count, venstre));
        Felt(t.Hent("projektmappe.felt_modtagne"), r => ark.Skriv(r, 2, input.Kommuner.Count(k => k.Oprindelse == Oprindelse.Modtaget), venstre));
        Felt(t.Hent("projektmappe.felt_dannet"), r => ark.Skriv(r, 2, input.Dannet.DateTime.ToOADate(), venstre with { Format = XlsxFormat.Tidsstempel }));

        r++;
        ark.Skriv(r++, 1, t.Hent("projektmappe.laes"), Overskrift(12));
        foreach (var linje in new[]
        {
            t.Hent("projektmappe.laes_kommunen"),
            t.Hent("projektmappe.laes_gennemsnit", ("navn", input.GennemsnitNavn)),
            t.Hent("projektmappe.laes_undertrykte"),
        })
            ark.Skriv(r++, 1, linje, Stil.Standard);

        r++;
        ark.Skriv(r++, 1, t.Hent("projektmappe.indhold"), Overskrift(12));
        foreach (var (arknavn, beskrivelse) in indhold)
        {
            ark.Link(r, 1, arknavn, arknavn, new Stil(Farve: "0563C1", Understreg: true));
            ark.Skriv(r, 2, beskrivelse, Stil.Standard);
            r++;
        }
        ark.Bredde(1, 32);
        ark.Bredde(2, 90);
    }

    private static Stil Overskrift(double stoerrelse = 14) => new(Fed: true, Stoerrelse: stoerrelse, Farve: Overskriftsfarve);

    /// <summary>The header row: white on dark blue (LibreOffice ignores table styles), repeated on every printed page.</summary>
    private static void Hovedraekke(StroemArk ark, int raekke, IReadOnlyList<string> tekster, Kolonnebredder? bredder)
    {
        for (var i = 0; i < tekster.Count; i++)
        {
            ark.Skriv(raekke, i + 1, tekster[i], Hoved);
            bredder?.Overskrift(i + 1, tekster[i]);
        }
        ark.Udskriftsraekke = raekke;
    }

    /// <summary>The tidy table of every kommune × figure × period, the export's columns beside kommune and role.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void DataArk(StroemArk ark, SammenligningsModel input, List<SammenligningKommune> kommuner)
    {
        var t = input.Tekster;
        ark.Skriv(1, 1, t.Hent("projektmappe.data_titel"), Overskrift());
        ark.Skriv(2, 1, t.Hent("projektmappe.data_note") + " " + ObservationKolonner.Maerkenote(input.Tekster), Note);
        var h = OverskriftRaekke;
        var bredder = new Kolonnebredder();
        var ord = ObservationKolonner.Ord.Fra(t);
        string[] kolonner = [.. Kommunekolonner(t), .. ord.Overskrifter];
        Hovedraekke(ark, h, kolonner, bredder);
        var r = h + 1;
        foreach (var k in kommuner)
        {
            var rolle = RolleTekst(input.RolleFor(k.Eksport.Kommune), t);
            foreach (var o in k.Eksport.Observationer)
            {
                ark.Skriv(r, 1, k.Eksport.Kommune, Stil.Centreret);
                ark.Tekst(r, 2, k.Navn);
                ark.Tekst(r, 3, rolle);
                ObservationKolonner.Skriv(ark, r, 4, o, ord, bredder);
                r++;
            }
            if (k.Eksport.Observationer.Count == 0) continue;
            bredder.Tal(1, k.Eksport.Kommune);
            bredder.Tekst(2, k.Navn);
            bredder.Tekst(3, rolle);
        }
        if (r == h + 1)
        {
            ark.Tekst(r++, 2, t.Hent("projektmappe.ingen_observationer"));
            bredder.Tekst(2, t.Hent("projektmappe.ingen_observationer"));
        }
        ark.Tabel = ("Tabel_Data", h, r - 1, kolonner);
        ark.Frys = (h, 0);
        bredder.Saet(ark);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void FigurArk(StroemArk ark, SammenligningsModel input, List<SammenligningKommune> kommuner,
        Dictionary<int, Dictionary<Periode, Observation>> celler, Figur figur, Opdeling? opdeling)
    {
        var perioder = celler.Values.SelectMany(p => p.Keys).Distinct().Order().ToList();

        ark.Skriv(1, 1, FigurTitel(input.Tekster, figur, opdeling), Overskrift());
        ark.Skriv(2, 1, input.Tekster.Hent("projektmappe.figur_note", ("enhed", input.Tekster.Katalog.Enhed(figur)),
            ("fodnote", Formatering.Fodnoter([Hul.UndertryktVaerdi], input.Tekster).Single()), ("navn", input.GennemsnitNavn)), Note);

        var h = OverskriftRaekke;
        var kolonner = 3 + perioder.Count;
        var bredder = new Kolonnebredder();
        Hovedraekke(ark, h, Kommunekolonner(input.Tekster), bredder);
        var hoved = new StilCeller(ark, Hoved);
        for (var p = 0; p < perioder.Count; p++)
        {
            PeriodeCelle.Skriv(hoved, h, 4 + p, perioder[p], null);
            bredder.Overskrift(4 + p, perioder[p]);
        }
        var format = XlsxFormat.VaerdiFormat;

        var r = h + 1;
        foreach (var kommune in kommuner)
        {
            var rolle = input.RolleFor(kommune.Eksport.Kommune);
            var linje = rolle switch { Rolle.Kommune => Fremhaevet, Rolle.Referencekommune => Reference, _ => Stil.Standard };
            var obs = celler.GetValueOrDefault(kommune.Eksport.Kommune);
            ark.Skriv(r, 1, kommune.Eksport.Kommune, linje with { Vandret = "center" });
            ark.Skriv(r, 2, kommune.Navn, linje);
            var rolleTekst = RolleTekst(rolle, input.Tekster);
            ark.Skriv(r, 3, rolleTekst, linje);
            bredder.Tal(1, kommune.Eksport.Kommune);
            bredder.Tekst(2, kommune.Navn);
            bredder.Tekst(3, rolleTekst);
            for (var p = 0; p < perioder.Count; p++)
            {
                if (obs is null || !obs.TryGetValue(perioder[p], out var o)) { TomCelle(ark, r, 4 + p, linje); continue; }
                if (o.Undertrykt)
                {
                    var maerke = Formatering.Maerke(Hul.UndertryktVaerdi); // a value column: the value mark
                    ark.Skriv(r, 4 + p, maerke, linje with { Vandret = "right" });
                    bredder.Tekst(4 + p, maerke);
                }
                else if (o.Vaerdi is { } v)
                {
                    ark.Skriv(r, 4 + p, (double)v, linje with { Format = format });
                    bredder.Tal(4 + p, v);
                }
                else TomCelle(ark, r, 4 + p, linje);
            }
            r++;
        }
        var sidsteKommune = r - 1;

        var gennemsnit = perioder.Select(p => input.Gennemsnit(figur.Id, opdeling, p)).ToList();
        var gLinje = new Stil(Fed: true, Kursiv: true, TopKant: true);
        ark.Tom(r, 1, gLinje);
        ark.Skriv(r, 2, input.GennemsnitNavn, gLinje);
        var gennemsnitRolle = input.Tekster.Hent("projektmappe.rolle_gennemsnit");
        ark.Skriv(r, 3, gennemsnitRolle, gLinje);
        bredder.Tekst(2, input.GennemsnitNavn);
        bredder.Tekst(3, gennemsnitRolle);
        for (var p = 0; p < perioder.Count; p++)
        {
            if (gennemsnit[p] is not { } g) { ark.Tom(r, 4 + p, gLinje); continue; }
            ark.Skriv(r, 4 + p, (double)g.Vaerdi, gLinje with { Format = format });
            bredder.Tal(4 + p, g.Vaerdi);
        }

        ark.Filter = (h, sidsteKommune, kolonner);
        ark.Frys = (h, 3);
        bredder.Saet(ark, max: 40);
        // Not measured, so the long note runs on instead of widening column B.
        ark.Skriv(r + 2, 2, input.GennemsnitForklaring(gennemsnit.Any(g => g?.Vaegtet == true)), Note);
    }

    private static void TomCelle(StroemArk ark, int r, int k, Stil linje)
    {
        if (linje != Stil.Standard) ark.Tom(r, k, linje);
    }

    /// <summary>A figure sheet's heading and its line in the front sheet's contents: "name – opdeling".</summary>
    private static string FigurTitel(RapportTekster t, Figur figur, Opdeling? opdeling) => $"{t.Katalog.Navn(figur)} – {t.Katalog.Opdeling(opdeling)}";

    /// <summary>The public figures: per figure a block of the kommune, its reference kommuner and hele landet by year, with source and caveat.</summary>
    private static void OffentligeTalArk(StroemArk ark, SammenligningsModel input)
    {
        var t = input.Tekster;
        ark.Skriv(1, 1, t.Hent("offentlige.overskrift"), Overskrift());
        ark.Skriv(2, 1, t.Hent("offentlige.forklaring"), Note);
        var r = OverskriftRaekke;
        foreach (var o in input.Offentlige)
        {
            ark.Skriv(r, 1, o.Titel(t), new Stil(Fed: true));
            r++;
            ark.Skriv(r, 1, t.Hent("projektmappe.kolonne_kode"), Hoved);
            ark.Skriv(r, 2, t.Hent("offentlige.omraade"), Hoved);
            for (var a = 0; a < o.Aar.Count; a++)
                ark.Skriv(r, 3 + a, o.Aar[a], Hoved with { Format = XlsxFormat.Aar });
            ark.Udskriftsraekke = r;
            r++;
            foreach (var raekke in o.Raekker)
            {
                var linje = raekke.Rolle == Rolle.Kommune ? Fremhaevet
                    : raekke.Kode is null ? new Stil(Kursiv: true, TopKant: true) : Stil.Standard;
                if (raekke.Kode is { } kode) ark.Skriv(r, 1, kode, linje);
                else TomCelle(ark, r, 1, linje);
                ark.Skriv(r, 2, raekke.Navn, linje);
                for (var a = 0; a < o.Aar.Count; a++)
                {
                    if (raekke.Celler[a].Vaerdi is { } v)
                        ark.Skriv(r, 3 + a, (double)v, linje with { Format = o.Decimaler == 0 ? XlsxFormat.Heltal : "#,##0.0" });
                    else
                        ark.Skriv(r, 3 + a, o.Tekst(raekke.Celler[a], t), linje with { Vandret = "right" });
                }
                r++;
            }
            ark.Skriv(r++, 2, o.Note, Note);
            r++;
        }
        ark.Bredde(1, 14);
        ark.Bredde(2, 28);
    }
}
