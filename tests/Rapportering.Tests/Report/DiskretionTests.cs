using System.Globalization;
using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Figures.Noegletal;
using Rapportering.Report;
using Rapportering.Tests.Figures.Noegletal;
using static Rapportering.Tests.Report.DokumentTekster;

namespace Rapportering.Tests.Report;

/// <summary>
/// Privacy over the composed document: in the tables of the additive groups (anbringelsesformer,
/// bevægelser op/ned/ingen, ophørte with its total), a suppressed count can never be worked out
/// from the cohort size and the visible parts. The model's secondary suppression must reach the
/// tables unchanged, and the composer must add no total of its own.
/// </summary>
public class DiskretionTests
{
    private const string D = "2017-09-30";

    /// <summary>Raw counts with one small part per group, suppressed by the model itself.</summary>
    private static IReadOnlyList<Observation> Grupper()
    {
        var raa = new List<Observation>();
        void Del(Figur f, string? opd, int t, int n, string periode = D) => raa.Add(new(f.Id.Kode, opd, periode, t * 100m / n, t, n));
        // anbringelsesformer 133 = institution 3 + familiepleje 100 + netværkspleje 30
        Del(Katalog.Anbringelsesformer, "institution", 3, 133);
        Del(Katalog.Anbringelsesformer, "familiepleje", 100, 133);
        Del(Katalog.Anbringelsesformer, "netvaerkspleje", 30, 133);
        // bevægelser 200 = op 2 + ned 50 + ingen 148
        Del(Katalog.BevaegelserFraHjemmebaserede, "op", 2, 200);
        Del(Katalog.BevaegelserFraHjemmebaserede, "ned", 50, 200);
        Del(Katalog.BevaegelserFraHjemmebaserede, "ingen", 148, 200);
        // ophørte: cohort 40, ended 12 = anden 2 + ikke anbragt 10 (28 still on institution)
        Del(Katalog.OphoerteInstitutionsanbringelser, null, 12, 40);
        Del(Katalog.OphoerteInstitutionsanbringelser, "anden_anbringelsesform", 2, 40);
        Del(Katalog.OphoerteInstitutionsanbringelser, "ikke_anbragt", 10, 40);
        // ophørte a year before: cohort 14, ended 12 = 6 + 6, so only 2 are still on institution
        Del(Katalog.OphoerteInstitutionsanbringelser, null, 12, 14, "2016-09-30");
        Del(Katalog.OphoerteInstitutionsanbringelser, "anden_anbringelsesform", 6, 14, "2016-09-30");
        Del(Katalog.OphoerteInstitutionsanbringelser, "ikke_anbragt", 6, 14, "2016-09-30");
        return Undertrykkelse.Anvend(raa);
    }

    private static readonly FigurId[] Gruppefigurer =
        [Katalog.Anbringelsesformer.Id, Katalog.BevaegelserFraHjemmebaserede.Id, Katalog.OphoerteInstitutionsanbringelser.Id];

    private static RapportDokument Dokument(IReadOnlyList<Observation> grupper)
    {
        var e = RapportFixtur.Eksport();
        var obs = e.Observationer.Where(o => !Gruppefigurer.Contains(o.Noegletal)).Concat(grupper).ToList();
        return RapportFixtur.Dokument(e with { Observationer = obs });
    }

    private static Tabel TabelFor(RapportDokument dok, Figur f) =>
        Tabeller(Afsnit(dok, f.Omraade.ToString().ToLowerInvariant())).Single(t => t.Titel.Contains(RapportFixtur.Ord.Navn(f), StringComparison.Ordinal));

    private static IReadOnlyList<string> Raekke(Tabel t, string dato) =>
        t.Raekker.Single(r => r[0].Tekst == Formatering.Dato(Skaeringsdato.Parse(dato).Dato)).Select(c => c.Tekst).ToList();

    [Fact]
    public void En_undertrykt_del_ledsages_af_en_anden_i_tabellen()
    {
        var dok = Dokument(Grupper());

        // Columns: Skæringsdato, cohort, then antal and pct. per part. A hidden count reads "<5", its
        // hidden share ".." (never "<5" in a pct. column).
        // Anbringelsesformer: 3 hidden; 133 - 100 - 30 would give it away, so 30 (the smaller
        // visible part) is hidden as well.
        Assert.Equal(["133", "<5", "..", "100", "75,2", "<5", ".."], Raekke(TabelFor(dok, Katalog.Anbringelsesformer), D).Skip(1));
        // Bevægelser: op 2 hidden, and ned 50 (smaller than 148) with it.
        Assert.Equal(["200", "<5", "..", "<5", "..", "148", "74,0"], Raekke(TabelFor(dok, Katalog.BevaegelserFraHjemmebaserede), D).Skip(1));
        // Ophørte: I alt 12 - ikke anbragt 10 would give anden 2, so ikke anbragt hides too.
        var ophoerte = TabelFor(dok, Katalog.OphoerteInstitutionsanbringelser);
        Assert.Equal(["40", "12", "30,0", "<5", "..", "<5", ".."], Raekke(ophoerte, D).Skip(1));
        // A year before: 14 - 12 = 2 still on institution (the unpublished rest) is small, so I alt
        // hides, and then anden (6) too, else I alt = 6 + 6 and the rest follow.
        Assert.Equal(["14", "<5", "..", "<5", "..", "6", "42,9"], Raekke(ophoerte, "2016-09-30").Skip(1));

        foreach (var id in Gruppefigurer) TjekTabel(TabelFor(dok, Katalog.Hent(id)), id == Katalog.OphoerteInstitutionsanbringelser.Id);
    }

    [Fact]
    public void Modellens_undertrykkelse_naar_tabellerne_uaendret_for_en_syntetisk_kommune()
    {
        // The real model on a small synthetic kommune: many cut dates with small counts.
        var (obs, _) = NoegletalBeregner.Beregn(SyntetiskKommuneTests.Syntetisk(seed: 7, personer: 300), RapportFixtur.Dato);
        var grupper = obs.Where(o => Gruppefigurer.Contains(o.Noegletal)).ToList();
        Assert.Contains(grupper, o => o.Undertrykt); // else the test proves nothing
        var dok = Dokument(grupper);

        foreach (var id in Gruppefigurer)
        {
            var f = Katalog.Hent(id);
            var t = TabelFor(dok, f);
            TjekTabel(t, id == Katalog.OphoerteInstitutionsanbringelser.Id);
            // Every cell "<5" is a suppressed observation and every suppressed observation is "<5".
            var antal = AntalKolonner(t);
            foreach (var o in grupper.Where(o => o.Noegletal == id && Skaeringsdato.Parse(o.Periode.ToString()) <= RapportFixtur.Dato))
            {
                var i = antal.Single(i => t.Kolonner[i].Gruppe == RapportFixtur.Ord.Opdeling(o.Opdeling));
                Assert.Equal(o.Undertrykt, Raekke(t, o.Periode.ToString())[i] == Formatering.Undertrykt);
            }
        }
    }

    private static List<int> AntalKolonner(Tabel t) =>
        Enumerable.Range(0, t.Kolonner.Count).Where(i => t.Kolonner[i].Gruppe is not null && t.Kolonner[i].Del == "antal").ToList();

    /// <summary>
    /// Row by row: no count 1–4 shown; a hidden count has a hidden share; next to a visible cohort
    /// never exactly one hidden count among parts that add up (with ophørte: I alt and its two parts,
    /// and the unpublished rest, cohort − I alt, never 1–4).
    /// </summary>
    private static void TjekTabel(Tabel t, bool medRest)
    {
        var antal = AntalKolonner(t);
        Assert.Equal(3, antal.Count); // the three parts (ophørte: I alt and its two parts)
        foreach (var r in t.Raekker)
        {
            var tekst = r.Select(c => c.Tekst).ToList();
            var hvor = $"{t.Titel}, {tekst[0]}";
            foreach (var i in antal)
            {
                Assert.False(Tal(tekst[i]) is >= 1 and <= 4, $"{hvor}: {tekst[i]} vist");
                if (tekst[i] == Formatering.Undertrykt) Assert.Equal(Formatering.UndertryktVaerdi, tekst[i + 1]); // the share: the value mark
            }
            var skjulte = antal.Count(i => tekst[i] == Formatering.Undertrykt);
            var kohorte = Tal(tekst[1]);
            if (medRest)
            {
                Assert.True(skjulte != 1, $"{hvor}: én skjult del kan regnes ud af I alt");
                if (kohorte is { } k && Tal(tekst[antal[0]]) is { } iAlt) Assert.False(k - iAlt is >= 1 and <= 4, $"{hvor}: resten {k - iAlt} kan regnes ud");
            }
            else if (kohorte is not null)
            {
                Assert.True(skjulte != 1, $"{hvor}: én skjult del kan regnes ud af kohorten");
            }
        }
    }

    private static int? Tal(string s) =>
        int.TryParse(s, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("da-DK"), out var n) ? n : null;
}
