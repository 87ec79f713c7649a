using Rapportering.Domain;
using ClosedXML.Excel;
using Rapportering.Figures;
using Rapportering.Sammenligninger;

using Rapportering.Rendering.Xlsx;

namespace Rapportering.Tests.Rendering.Xlsx;

/// <summary>
/// THE REFERENCE, not product code: the comparison workbook as ClosedXML rendered it before it was
/// streamed (commit 93844ce's SammenligningWorkbookRenderer, the Data rows through XlCeller instead of
/// the stream). StroemSammenligningTests reads both back and compares every cell.
/// The consultants' comparison workbook: one tidy "Data" table (every kommune × figure ×
/// period) and one sheet per figure and opdeling with kommuner as rows and periods as columns,
/// the focus kommune highlighted, reference kommuner marked, and the model's average of the
/// exports as the last row; the public figures (hele landet) on a sheet of their own.
/// </summary>
internal sealed class ClosedXmlSammenligning
{
    public const string Forside = "Forside";
    public const string Data = "Data";
    public const string OffentligeArk = "Hele landet";
    internal const int OverskriftRaekke = 4;

    // The sheet-name stems as the product had them in C# (now katalog.<id>.kort in tekster.json): kept here as
    // literals, so the reference stays independent of the texts it checks.
    private static readonly Dictionary<FigurId, string> Korte = new()
    {
        [new("forebyggende_pr_1000")] = "Forebyggende",
        [new("hjemmebaserede_pr_1000")] = "Hjemmebaserede",
        [new("anbragte_pr_1000")] = "Anbragte",
        [new("anbringelsesformer_pct")] = "Anbr.form",
        [new("forebyggende_efterfulgt_af_bfu_pct")] = "Forebyg. og BFU",
        [new("bevaegelser_fra_hjemmebaserede_pct")] = "Bevægelser",
        [new("ophoerte_institutionsanbringelser_pct")] = "Ophørte inst.",
        [new("udgifter_1000kr")] = "Udgifter",
        [new("merudgifter_1000kr")] = "Merudgifter",
        [new("serviceudgifter_trin_pct")] = "Trinudgifter",
        [new("faglig_trivsel")] = "Faglig trivsel",
        [new("social_trivsel")] = "Social trivsel",
        [new("fravaer_pct")] = "Fravær",
    };

    public void Render(SammenligningsModel input, Stream ud)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(ud);
        var fokus = input.Kommuner.SingleOrDefault(k => k.Eksport.Kommune == input.FokusKommune)
            ?? throw new ArgumentException($"Kommune {input.FokusKommune} er ikke blandt de {input.Kommuner.Count} kommuner i sammenligningen");

        // Focus first, then its reference kommuner, then the rest by code.
        var kommuner = input.Kommuner
            .OrderBy(k => input.RolleFor(k.Eksport.Kommune))
            .ThenBy(k => k.Eksport.Kommune)
            .ToList();

        using var wb = new XLWorkbook();
        var forside = wb.AddWorksheet(Forside);
        DataArk(wb.AddWorksheet(Data), input, kommuner);

        var navne = new Arknavne(Forside, Data);
        var indhold = new List<(string Ark, string Beskrivelse)> { (Data, "Alle kommuner × nøgletal × perioder i én tabel") };
        foreach (var (noegletal, opdeling) in Kombinationer(kommuner))
        {
            var figur = Katalog.Hent(noegletal);
            var stamme = Korte.GetValueOrDefault(noegletal, noegletal.Kode);
            var ark = wb.AddWorksheet(navne.Nyt(opdeling is null ? stamme : $"{stamme} {input.Tekster.Katalog.Opdeling(opdeling)}"));
            FigurArk(ark, input, kommuner, figur, opdeling);
            indhold.Add((ark.Name, $"{input.Tekster.Katalog.Navn(figur)} – {input.Tekster.Katalog.Opdeling(opdeling)}"));
        }

        if (input.Offentlige.Count > 0)
        {
            var ark = wb.AddWorksheet(navne.Nyt(OffentligeArk));
            OffentligeTalArk(ark, input);
            indhold.Add((ark.Name, input.Tekster.Hent("offentlige.overskrift")));
        }

        ForsideArk(forside, input, fokus, indhold);
        ClosedXmlPakke.Gem(wb, ud, [], new Kerneegenskaber(
            $"Sammenligning – {fokus.Navn} og referencekommuner, {fokus.Eksport.Skaeringsdato}", fokus.Navn, input.Dannet));
    }

    /// <summary>Every figure and opdeling present, in catalog order.</summary>
    private static IEnumerable<(FigurId Noegletal, Opdeling? Opdeling)> Kombinationer(List<SammenligningKommune> kommuner)
    {
        var findes = kommuner.SelectMany(k => k.Eksport.Observationer).Select(o => (o.Noegletal, o.Opdeling)).ToHashSet();
        foreach (var f in Katalog.Alle)
            foreach (var opd in f.Opdelinger)
                if (findes.Contains((f.Id, opd))) yield return (f.Id, opd);
        // Opdelinger the catalog does not list still get a sheet rather than vanish.
        foreach (var k in findes.Where(k => !Katalog.Hent(k.Noegletal).Opdelinger.Contains(k.Opdeling))
                     .OrderBy(k => k.Noegletal.Kode, StringComparer.Ordinal).ThenBy(k => k.Opdeling?.Kode, StringComparer.Ordinal))
            yield return k;
    }

    
    private static void ForsideArk(IXLWorksheet ark, SammenligningsModel input, SammenligningKommune fokus, List<(string Ark, string Beskrivelse)> indhold)
    {
        XlFormat.Overskrift(ark.Cell(1, 1), "Sammenligning af kommuner", 16);
        var navn = input.Kommuner.ToDictionary(k => k.Eksport.Kommune, k => k.Navn);
        var r = 3;
        void Felt(string etiket, Action<IXLCell> skriv)
        {
            XlFormat.Tekst(ark.Cell(r, 1), etiket);
            ark.Cell(r, 1).Style.Font.Bold = true;
            skriv(ark.Cell(r, 2));
            ark.Cell(r, 2).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            r++;
        }
        Felt("Kommune", c => XlFormat.Tekst(c, $"{fokus.Navn} ({fokus.Eksport.Kommune})"));
        Felt("Referencekommuner", c => XlFormat.Tekst(c, input.Referencekommuner.Count == 0 ? "Ingen valgt"
            : string.Join(", ", input.Referencekommuner.Select(k => navn.TryGetValue(k, out var n) ? $"{n} ({k})" : $"{k} (ingen eksport)"))));
        Felt("Skæringsdato", c =>
        {
            c.SetValue(PeriodeCelle.Dato(Rapportering.Domain.Periode.For(fokus.Eksport.Skaeringsdato)));
            c.Style.NumberFormat.Format = XlsxFormat.LangDato;
        });
        Felt("Kommuner i sammenligningen", c => c.SetValue(input.Kommuner.Count));
        Felt("Heraf modtagne eksporter", c => c.SetValue(input.Kommuner.Count(k => k.Oprindelse == Oprindelse.Modtaget)));
        Felt("Dannet", c =>
        {
            c.SetValue(input.Dannet.DateTime);
            c.Style.NumberFormat.Format = XlsxFormat.Tidsstempel;
        });

        r++;
        XlFormat.Overskrift(ark.Cell(r++, 1), "Sådan læses arkene", 12);
        foreach (var linje in new[]
        {
            "Kommunen står øverst med fed skrift og gul baggrund; kolonnen Rolle markerer referencekommunerne.",
            $"{input.GennemsnitNavn} (nederste række) er ikke et officielt landstal. For andele og tal pr. 1.000 er det vægtet med nævneren: summen af tællerne / summen af nævnerne.",
            "Undertrykte tal (\"<5\", færre end 5 personer) indgår ikke i gennemsnittet. En tom celle betyder, at data mangler.",
        })
            XlFormat.Tekst(ark.Cell(r++, 1), linje);

        r++;
        XlFormat.Overskrift(ark.Cell(r++, 1), "Indhold", 12);
        foreach (var (arknavn, beskrivelse) in indhold)
        {
            XlFormat.Hyperlink(ark.Cell(r, 1), arknavn, arknavn);
            XlFormat.Tekst(ark.Cell(r, 2), beskrivelse);
            r++;
        }
        ark.Column(1).Width = 32;
        ark.Column(2).Width = 90;
        XlFormat.Udskrift(ark);
    }

    /// <summary>The tidy table of every kommune × figure × period: ClosedXML writes the title, header, table and widths;
    /// the rows (tens of thousands for every kommune) are streamed into the sheet at save.</summary>
    private static void DataArk(IXLWorksheet ark, SammenligningsModel input, List<SammenligningKommune> kommuner)
    {
        XlFormat.Overskrift(ark.Cell(1, 1), "Alle kommuner, nøgletal og perioder");
        XlFormat.Tekst(ark.Cell(2, 1), "Samme rækker som kommunernes dataeksport. " + ObservationKolonner.Maerkenote(input.Tekster));
        ark.Cell(2, 1).Style.Font.Italic = true;
        var h = OverskriftRaekke;
        var bredder = new Kolonnebredder();
        string[] faste = ["Kommunekode", "Kommune", "Rolle"];
        for (var i = 0; i < faste.Length; i++)
        {
            XlFormat.Tekst(ark.Cell(h, i + 1), faste[i]);
            bredder.Overskrift(i + 1, faste[i]);
        }
        XlObservationKolonner.SkrivOverskrifter(ark, h, 4, bredder);
        var raekker = new XlCeller(ark, null);
        var ord = ObservationKolonner.Ord.Fra(input.Tekster);
        var r = h + 1;
        foreach (var k in kommuner)
        {
            var rolle = SammenligningWorkbookRenderer.RolleTekst(input.RolleFor(k.Eksport.Kommune), input.Tekster);
            foreach (var o in k.Eksport.Observationer)
            {
                ark.Cell(r, 1).SetValue(k.Eksport.Kommune);
                ark.Cell(r, 1).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                raekker.Tekst(r, 2, k.Navn);
                raekker.Tekst(r, 3, rolle);
                ObservationKolonner.Skriv(raekker, r, 4, o, ord, bredder);
                r++;
            }
            if (k.Eksport.Observationer.Count == 0) continue;
            bredder.Tal(1, k.Eksport.Kommune);
            bredder.Tekst(2, k.Navn);
            bredder.Tekst(3, rolle);
        }
        var kolonner = 3 + XlObservationKolonner.Overskrifter.Count;
        if (r == h + 1)
        {
            XlFormat.Tekst(ark.Cell(r++, 2), "Ingen observationer");
            bredder.Tekst(2, "Ingen observationer");
        }
        var tabel = ark.Range(h, 1, r - 1, kolonner).CreateTable("Tabel_Data");
        tabel.Theme = XLTableTheme.TableStyleMedium2;
        tabel.ShowRowStripes = true;
        tabel.ShowAutoFilter = true;
        ark.SheetView.FreezeRows(h);
        XlFormat.TabelOverskrift(ark, h, kolonner);
        bredder.Saet(ark);
    }

    private static void FigurArk(IXLWorksheet ark, SammenligningsModel input, List<SammenligningKommune> kommuner, Figur figur, Opdeling? opdeling)
    {
        var raekker = kommuner.Select(k => (Kommune: k, Obs: k.Eksport.Observationer
                .Where(o => o.Noegletal == figur.Id && o.Opdeling == opdeling)
                .GroupBy(o => o.Periode).ToDictionary(g => g.Key, g => g.First())))
            .ToList();
        var perioder = raekker.SelectMany(x => x.Obs.Keys).Distinct().Order().ToList();

        XlFormat.Overskrift(ark.Cell(1, 1), $"{input.Tekster.Katalog.Navn(figur)} – {input.Tekster.Katalog.Opdeling(opdeling)}");
        XlFormat.Tekst(ark.Cell(2, 1), $"Enhed: {input.Tekster.Katalog.Enhed(figur)}. {Formatering.Fodnoter([Hul.UndertryktVaerdi], input.Tekster).Single()} Tom celle: mangler data. {input.GennemsnitNavn}: se nederste række.");
        ark.Cell(2, 1).Style.Font.Italic = true;

        var h = OverskriftRaekke;
        XlFormat.Tekst(ark.Cell(h, 1), "Kommunekode");
        XlFormat.Tekst(ark.Cell(h, 2), "Kommune");
        XlFormat.Tekst(ark.Cell(h, 3), "Rolle");
        for (var p = 0; p < perioder.Count; p++) XlPeriodeCelle.Skriv(ark.Cell(h, 4 + p), perioder[p]);
        var format = XlsxFormat.VaerdiFormat;

        var r = h + 1;
        foreach (var (kommune, obs) in raekker)
        {
            var rolle = input.RolleFor(kommune.Eksport.Kommune);
            ark.Cell(r, 1).SetValue(kommune.Eksport.Kommune);
            XlFormat.Tekst(ark.Cell(r, 2), kommune.Navn);
            XlFormat.Tekst(ark.Cell(r, 3), SammenligningWorkbookRenderer.RolleTekst(rolle, input.Tekster));
            for (var p = 0; p < perioder.Count; p++)
            {
                if (!obs.TryGetValue(perioder[p], out var o)) continue;
                var celle = ark.Cell(r, 4 + p);
                if (o.Undertrykt)
                    XlObservationKolonner.MaerkeCelle(celle, Hul.UndertryktVaerdi, noter: null); // a value column: the value mark
                else if (o.Vaerdi is { } v)
                {
                    celle.SetValue(v);
                    celle.Style.NumberFormat.Format = format;
                }
            }
            var linje = ark.Range(r, 1, r, 3 + perioder.Count);
            if (rolle == Rolle.Kommune)
            {
                linje.Style.Font.Bold = true;
                linje.Style.Fill.BackgroundColor = XlFormat.Fremhaevning;
            }
            else if (rolle == Rolle.Referencekommune)
                linje.Style.Fill.BackgroundColor = XLColor.FromHtml("#EDF3FA");
            r++;
        }
        var sidsteKommune = r - 1;

        var gennemsnit = perioder.Select(p => input.Gennemsnit(figur.Id, opdeling, p)).ToList();
        XlFormat.Tekst(ark.Cell(r, 2), input.GennemsnitNavn);
        XlFormat.Tekst(ark.Cell(r, 3), "Gennemsnit");
        for (var p = 0; p < perioder.Count; p++)
        {
            if (gennemsnit[p] is not { } g) continue;
            ark.Cell(r, 4 + p).SetValue(g.Vaerdi);
            ark.Cell(r, 4 + p).Style.NumberFormat.Format = format;
        }
        var gLinje = ark.Range(r, 1, r, 3 + perioder.Count);
        gLinje.Style.Font.Bold = true;
        gLinje.Style.Font.Italic = true;
        gLinje.Style.Border.TopBorder = XLBorderStyleValues.Thin;

        ark.Range(h + 1, 1, sidsteKommune, 1).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        ark.Range(h, 1, sidsteKommune, 3 + perioder.Count).SetAutoFilter();
        ark.SheetView.Freeze(h, 3);
        XlFormat.TabelOverskrift(ark, h, 3 + perioder.Count);
        XlFormat.Kolonnebredder(ark, h, max: 40);
        // Written after the widths so the long note runs on instead of widening column B.
        XlFormat.Tekst(ark.Cell(r + 2, 2), input.GennemsnitForklaring(gennemsnit.Any(g => g?.Vaegtet == true)));
        ark.Cell(r + 2, 2).Style.Font.Italic = true;
    }

    /// <summary>The public figures: per figure a block of the kommune, its reference kommuner and hele landet by year, with source and caveat.</summary>
    private static void OffentligeTalArk(IXLWorksheet ark, SammenligningsModel input)
    {
        var t = input.Tekster;
        XlFormat.Overskrift(ark.Cell(1, 1), t.Hent("offentlige.overskrift"));
        XlFormat.Tekst(ark.Cell(2, 1), t.Hent("offentlige.forklaring"));
        ark.Cell(2, 1).Style.Font.Italic = true;
        var r = OverskriftRaekke;
        foreach (var o in input.Offentlige)
        {
            XlFormat.Tekst(ark.Cell(r, 1), o.Titel(t));
            ark.Cell(r, 1).Style.Font.Bold = true;
            r++;
            XlFormat.Tekst(ark.Cell(r, 1), "Kommunekode");
            XlFormat.Tekst(ark.Cell(r, 2), "Område");
            for (var a = 0; a < o.Aar.Count; a++)
            {
                ark.Cell(r, 3 + a).SetValue(o.Aar[a]);
                ark.Cell(r, 3 + a).Style.NumberFormat.Format = XlsxFormat.Aar;
            }
            XlFormat.TabelOverskrift(ark, r, 2 + o.Aar.Count);
            r++;
            foreach (var raekke in o.Raekker)
            {
                if (raekke.Kode is { } kode) ark.Cell(r, 1).SetValue(kode);
                XlFormat.Tekst(ark.Cell(r, 2), raekke.Navn);
                for (var a = 0; a < o.Aar.Count; a++)
                {
                    var celle = ark.Cell(r, 3 + a);
                    if (raekke.Celler[a].Vaerdi is { } v)
                    {
                        celle.SetValue(v);
                        celle.Style.NumberFormat.Format = o.Decimaler == 0 ? XlsxFormat.Heltal : "#,##0.0";
                    }
                    else
                    {
                        XlFormat.Tekst(celle, o.Tekst(raekke.Celler[a], t));
                        celle.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
                    }
                }
                var linje = ark.Range(r, 1, r, 2 + o.Aar.Count);
                if (raekke.Rolle == Rolle.Kommune)
                {
                    linje.Style.Font.Bold = true;
                    linje.Style.Fill.BackgroundColor = XlFormat.Fremhaevning;
                }
                else if (raekke.Kode is null)
                {
                    linje.Style.Font.Italic = true;
                    linje.Style.Border.TopBorder = XLBorderStyleValues.Thin;
                }
                r++;
            }
            XlFormat.Tekst(ark.Cell(r++, 2), o.Note);
            ark.Cell(r - 1, 2).Style.Font.Italic = true;
            r++;
        }
        ark.Column(1).Width = 14;
        ark.Column(2).Width = 28;
        XlFormat.Udskrift(ark);
    }
}
