using System.Globalization;

namespace Rapportering.Offentlige;

/// <summary>
/// The derived national figures (pure functions over stored public figures, no I/O): per
/// kommune, per region and for hele landet as Σ tællere / Σ nævnere —
/// anbragte pr. 1.000 0-17-årige, anbringelsesformer (shares) and net service expenditure per
/// 0-17-årig in fixed prices. A kommune whose part is "ikke oplyst" is left out of a sum, and
/// that is a finding; it is never counted as 0.
/// </summary>
public static class AfledteTal
{
    public const string AnbragtePr1000 = "anbragte_pr_1000";
    public const string Anbringelsesformer = "anbringelsesformer_pct";
    public const string NettoudgiftPr017 = "nettoudgift_pr_0_17_kr";

    /// <summary>One kommune's part before the sums: null parts are "ikke oplyst".</summary>
    private sealed record Del(int Kommune, int Aar, string? Opdeling, decimal? Taeller, decimal? Naevner);

    public static AfledtResultat Beregn(IReadOnlyList<OffentligtTal> tal, OffentligeTalSkabelon s,
        IReadOnlyDictionary<int, decimal>? plIndeks, int? prisaar = null)
    {
        var fund = new List<OffentligtFund>();
        var opslag = tal.ToLookup(t => t.Serie, StringComparer.Ordinal);
        var befolkning = new Befolkning(opslag[s.Figurer.Befolkning017]);
        var ud = new List<AfledtTal>();

        ud.AddRange(Summer(AnbragtePr1000, 1000m, AnbragteDele(opslag, s, befolkning, fund), s, fund));
        ud.AddRange(Summer(Anbringelsesformer, 100m, FormDele(opslag, s, fund), s, fund));
        ud.AddRange(Summer(NettoudgiftPr017, 1000m, UdgiftsDele(opslag, s, befolkning, plIndeks, prisaar, fund), s, fund));
        return new AfledtResultat(ud, fund);
    }

    /// <summary>Placed 0-17 at 31 December of year Y over the 0-17-årige on 1 January Y+1 (FOLK1A (Y+1)K1).</summary>
    private static IEnumerable<Del> AnbragteDele(ILookup<string, OffentligtTal> opslag, OffentligeTalSkabelon s, Befolkning bef, List<OffentligtFund> fund)
    {
        var regel = s.Figurer.Anbragte017;
        foreach (var t in opslag[regel.Serie].Where(t => t.Noegle == regel.IAlt && t.KommuneKode != 0))
        {
            if (!TidsKode.TryParse(t.Periode, out var tid) || tid.Kvartal is not null) continue;
            var naevner = bef.Antal017(t.KommuneKode, new TidsKode(tid.Aar + 1, 1), AnbragtePr1000, fund);
            yield return new Del(t.KommuneKode, tid.Aar, null, t.Vaerdi, naevner);
        }
    }

    /// <summary>Shares of the placed by anbringelsesform (ANBAAR12 groups of anbringelsessted) over I alt.</summary>
    private static IEnumerable<Del> FormDele(ILookup<string, OffentligtTal> opslag, OffentligeTalSkabelon s, List<OffentligtFund> fund)
    {
        var regel = s.Figurer.Anbringelsessteder;
        foreach (var gruppe in opslag[regel.Serie].Where(t => t.KommuneKode != 0).GroupBy(t => (t.KommuneKode, t.Periode)))
        {
            if (!TidsKode.TryParse(gruppe.Key.Periode, out var tid) || tid.Kvartal is not null) continue;
            var celler = gruppe.ToDictionary(t => t.Noegle, StringComparer.Ordinal);
            if (!celler.TryGetValue(regel.IAlt, out var iAlt)) continue;
            foreach (var (form, koder) in s.Figurer.Anbringelsesformer)
            {
                var dele = koder.Where(celler.ContainsKey).Select(k => celler[k]).ToList();
                // A code not in the table that year (e.g. 23–25 before 2024) is no placement; a '..' is unknown.
                decimal? taeller = dele.Count == 0 || dele.Any(d => d.Vaerdi is null) ? null : dele.Sum(d => d.Vaerdi!.Value);
                if (dele.Count == 0)
                    fund.Add(new OffentligtFund(Anbringelsesformer, null, "mangler_celler", $"kommune {gruppe.Key.KommuneKode} {tid.Aar}: ingen celler for {form}; andelen er ikke oplyst"));
                yield return new Del(gruppe.Key.KommuneKode, tid.Aar, form, taeller, iAlt.Vaerdi);
            }
        }
    }

    /// <summary>
    /// Net service expenditure (dranst 1 + 2 on the template's funktioner) in fixed prices of
    /// prisaar, in kr. per 0-17-årig on 1 January of the year. Without the PL index the figure is
    /// left out with one finding, never shown unindexed.
    /// </summary>
    private static IEnumerable<Del> UdgiftsDele(ILookup<string, OffentligtTal> opslag, OffentligeTalSkabelon s, Befolkning bef,
        IReadOnlyDictionary<int, decimal>? pl, int? prisaar, List<OffentligtFund> fund)
    {
        var regel = s.Figurer.Nettoudgifter;
        var noegler = regel.Funktioner.SelectMany(f => regel.Dranst.Select(d => $"{f}|{d}")).ToHashSet(StringComparer.Ordinal);
        var celler = opslag[regel.Serie].Where(t => t.KommuneKode != 0 && noegler.Contains(t.Noegle)).ToList();
        if (celler.Count == 0) yield break;
        if (pl is null || pl.Count == 0)
        {
            fund.Add(new OffentligtFund(NettoudgiftPr017, null, "pl_indeks_mangler", "databasen har intet PL-indeks (rap_pl_indeks); udgift pr. 0-17-årig i faste priser er udeladt"));
            yield break;
        }
        var aarene = celler.Select(c => TidsKode.TryParse(c.Periode, out var t) && t.Kvartal is null ? t.Aar : (int?)null).OfType<int>().ToList();
        var basis = prisaar ?? aarene.Max();
        if (!pl.TryGetValue(basis, out var plBasis))
        {
            fund.Add(new OffentligtFund(NettoudgiftPr017, null, "pl_indeks_mangler", $"PL-indekset mangler prisåret {basis}; udgift pr. 0-17-årig er udeladt"));
            yield break;
        }
        var manglerAar = new HashSet<int>();
        foreach (var gruppe in celler.GroupBy(c => (c.KommuneKode, c.Periode)))
        {
            if (!TidsKode.TryParse(gruppe.Key.Periode, out var tid) || tid.Kvartal is not null) continue;
            if (!pl.TryGetValue(tid.Aar, out var plAar))
            {
                if (manglerAar.Add(tid.Aar))
                    fund.Add(new OffentligtFund(NettoudgiftPr017, null, "pl_indeks_mangler", $"PL-indekset mangler {tid.Aar}; året er udeladt"));
                continue;
            }
            // An account not in the table is nothing booked; a '..' is unknown and makes the sum unknown.
            decimal? beloeb = gruppe.Any(c => c.Vaerdi is null) ? null : gruppe.Sum(c => c.Vaerdi!.Value) * plBasis / plAar;
            var naevner = bef.Antal017(gruppe.Key.KommuneKode, new TidsKode(tid.Aar, 1), NettoudgiftPr017, fund);
            yield return new Del(gruppe.Key.KommuneKode, tid.Aar, null, beloeb, naevner);
        }
    }

    /// <summary>Kommune figures as they are; region and hele landet as Σ tællere / Σ nævnere of the known parts.</summary>
    private static IEnumerable<AfledtTal> Summer(string figur, decimal faktor, IEnumerable<Del> dele, OffentligeTalSkabelon s, List<OffentligtFund> fund)
    {
        var tekst = s.Figurer.Tekster.TryGetValue(figur, out var t) ? t : new KildeTekst("Kilde: Danmarks Statistik", null);
        var regionAf = s.RegionAf();
        var liste = dele.ToList();
        AfledtTal Lav(Niveau n, int omr, int aar, string? opd, decimal? ta, decimal? na) =>
            new(figur, opd, n, omr, aar, ta, na, ta is { } x && na is { } y && y != 0 ? x * faktor / y : null, tekst.Kilde, tekst.Forbehold);

        foreach (var d in liste) yield return Lav(Niveau.Kommune, d.Kommune, d.Aar, d.Opdeling, d.Taeller, d.Naevner);

        foreach (var g in liste.GroupBy(d => (d.Aar, d.Opdeling)).OrderBy(g => g.Key.Aar))
        {
            var kendte = new List<Del>();
            foreach (var d in g)
            {
                if (d.Taeller is not null && d.Naevner is not null) { kendte.Add(d); continue; }
                fund.Add(new OffentligtFund(figur, null, "ikke_oplyst_udeladt_af_sum",
                    $"kommune {d.Kommune} {d.Aar}{(d.Opdeling is null ? "" : " " + d.Opdeling)}: ikke oplyst; udeladt af region og hele landet"));
            }
            foreach (var r in kendte.Where(d => regionAf.ContainsKey(d.Kommune)).GroupBy(d => regionAf[d.Kommune]))
                yield return Lav(Niveau.Region, r.Key, g.Key.Aar, g.Key.Opdeling, r.Sum(d => d.Taeller), r.Sum(d => d.Naevner));
            if (kendte.Count > 0)
                yield return Lav(Niveau.HeleLandet, 0, g.Key.Aar, g.Key.Opdeling, kendte.Sum(d => d.Taeller), kendte.Sum(d => d.Naevner));
        }
    }

    /// <summary>FOLK1A's 0-17-årige per kommune and quarter: the sum of the 18 single ages, or null.</summary>
    private sealed class Befolkning(IEnumerable<OffentligtTal> celler)
    {
        private readonly ILookup<(int, string), OffentligtTal> _celler = celler.ToLookup(c => (c.KommuneKode, c.Periode));

        public decimal? Antal017(int kommune, TidsKode tid, string figur, List<OffentligtFund> fund)
        {
            var aldre = _celler[(kommune, tid.Kode)].Where(c => int.TryParse(c.Noegle, NumberStyles.None, CultureInfo.InvariantCulture, out var a) && a is >= 0 and <= 17).ToList();
            if (aldre.Select(c => c.Noegle).Distinct(StringComparer.Ordinal).Count() < 18)
            {
                fund.Add(new OffentligtFund(figur, null, "befolkning_mangler", $"kommune {kommune}: FOLK1A {tid.Kode} har ikke alle aldre 0-17; nævneren er ikke oplyst"));
                return null;
            }
            return aldre.Any(c => c.Vaerdi is null) ? null : aldre.Sum(c => c.Vaerdi!.Value);
        }
    }
}
