using Rapportering.Domain;
using System.Globalization;
using Rapportering.Input;
using Rapportering.Templates;

namespace Rapportering.Figures.Oekonomi;

/// <summary>
/// The expenditure model (DOMAIN.md, "Expenditure model"): maps account rows to service (trin
/// 2–6), administration or udelad with the <see cref="Kontoplan"/>, puts amounts in fixed
/// prices of <c>prisaar</c>, and gives udgifter_1000kr, merudgifter_1000kr and
/// serviceudgifter_trin_pct per year. Pure: rows in, observations and findings out.
/// <para>
/// Input may hold several kommuner: only rows of <c>kommune.Kode</c> are used, the rest are
/// ignored without a finding. Years after <c>sidsteAar</c> are ignored. If a year has both
/// "regnskab" and "forventet" rows, the final accounts supersede the expected ones.
/// </para>
/// </summary>
public static class OekonomiBeregner
{
    private static readonly Opdeling[] Serier = [Opdeling.Service, Opdeling.Administration, Opdeling.IAlt];

    // A finding's detail is part of the figures export, so it names the series by its code in
    // words ("service", "i alt"), not by the report's texts, which a kommune may change.
    private static string SerieOrd(Opdeling serie) => serie.Kode.Replace('_', ' ');

    public static OekonomiResultat Beregn(
        IReadOnlyList<RegnskabsPost> poster,
        IReadOnlyList<PlIndeks> pl,
        IReadOnlyList<KontoplanRegel> standardRegler,
        KommuneSkabelon kommune,
        int prisaar,
        int sidsteAar)
    {
        var fund = new FundSamler();
        var aarene = Kontere(poster, new Kontoplan(standardRegler, kommune.Kontoplan), kommune.Kode, sidsteAar, fund);
        var indeks = LaesPl(pl, fund);
        var faste = FastePriser(aarene, indeks, prisaar, fund);

        var observationer = new List<Observation>();
        foreach (var aar in aarene.Values)
        {
            foreach (var serie in Serier)
            {
                if (serie != Opdeling.IAlt && aar.Nominelt(serie) is null)
                    fund.Tilfoej("udgifter_mangler", "År med regnskab, men uden poster på en udgiftsserie: ingen udgift for serien (og i alt) det år",
                        $"{SerieOrd(serie)} {aar.Aar}");
                if (faste.TryGetValue((serie, aar.Aar), out var v))
                    observationer.Add(new Observation(Katalog.Udgifter.Id, serie, Periode(aar.Aar), v, null, null, Foreloebig: aar.Foreloebig));
            }
        }
        observationer.AddRange(Merudgifter(aarene, faste, indeks, kommune.Basisperioder, sidsteAar, fund));
        observationer.AddRange(TrinAndele(aarene, fund));
        return new OekonomiResultat(observationer, fund.Fund());
    }

    /// <summary>Picks the kommune's rows, checks them against the contract and maps them to years.</summary>
    private static SortedDictionary<int, Aarsregnskab> Kontere(
        IReadOnlyList<RegnskabsPost> poster, Kontoplan kontoplan, int kode, int sidsteAar, FundSamler fund)
    {
        var egne = new List<RegnskabsPost>();
        foreach (var p in poster)
        {
            if (p.KommuneKode != kode || p.Aar > sidsteAar) continue;
            if (p.Regnskabstype is "regnskab" or "forventet") egne.Add(p);
            else fund.Tilfoej("ukendt_regnskabstype", "Regnskabsposter med en anden regnskabstype end regnskab eller forventet er udeladt",
                $"{Konto(p)} ({p.Aar}): '{p.Regnskabstype}'");
        }

        var aarene = new SortedDictionary<int, Aarsregnskab>();
        var ukendte = new Dictionary<(string Konto, int Aar), (int Antal, decimal Beloeb)>();
        foreach (var aarsPoster in egne.GroupBy(p => p.Aar))
        {
            // Final accounts supersede expected ones for the same year.
            var endelige = aarsPoster.Any(p => p.Regnskabstype == "regnskab");
            var aar = new Aarsregnskab(aarsPoster.Key, foreloebig: !endelige);
            aarene.Add(aar.Aar, aar);
            foreach (var p in aarsPoster.Where(p => p.Regnskabstype == (endelige ? "regnskab" : "forventet")))
            {
                if (p.Dranst is not (1 or 2))
                {
                    fund.Tilfoej("ukendt_dranst", "Regnskabsposter med en anden dranst end 1 (drift) eller 2 (statsrefusion) er udeladt",
                        $"{Konto(p)} ({p.Aar}) dranst {p.Dranst}: {Beloeb(p.Beloeb1000Kr)}");
                    continue;
                }
                var regel = kontoplan.Find(p.Funktion, p.Gruppering, p.Aar);
                switch (regel?.Kategori)
                {
                    case null:
                        var noegle = (Konto(p), p.Aar);
                        ukendte[noegle] = ukendte.TryGetValue(noegle, out var u) ? (u.Antal + 1, u.Beloeb + p.Beloeb1000Kr) : (1, p.Beloeb1000Kr);
                        break;
                    case "service":
                        aar.TilfoejService(regel.Trin!.Value, p.Dranst, p.Beloeb1000Kr);
                        break;
                    case "administration":
                        aar.TilfoejAdministration(p.Beloeb1000Kr);
                        break;
                    // "udelad" is a deliberate choice in the template: left out without a finding.
                }
            }
        }
        foreach (var ((konto, aar), (antal, beloeb)) in ukendte.OrderBy(u => u.Key.Konto, StringComparer.Ordinal).ThenBy(u => u.Key.Aar).Select(u => (u.Key, u.Value)))
            fund.Tilfoej("ukendt_funktion", "Regnskabsposter, som ingen kontoplanregel dækker, er udeladt af udgifterne",
                $"{konto} ({aar}): {Beloeb(beloeb)}", antal);
        return aarene;
    }

    /// <summary>PL index per year; a duplicate year with different values or a value ≤ 0 counts as missing.</summary>
    private static Dictionary<int, decimal> LaesPl(IReadOnlyList<PlIndeks> pl, FundSamler fund)
    {
        var indeks = new Dictionary<int, decimal>();
        foreach (var g in pl.GroupBy(p => p.Aar).OrderBy(g => g.Key))
        {
            var vaerdier = g.Select(p => p.Indeks).Distinct().ToList();
            if (vaerdier.Count > 1)
                fund.Tilfoej("pl_indeks_dublet", "PL-indeks med flere forskellige værdier for samme år er ikke brugt",
                    $"{g.Key}: {string.Join(" / ", vaerdier.Select(v => Formatering.Tal(v, 2)))}", g.Count());
            else if (vaerdier[0] <= 0)
                fund.Tilfoej("pl_indeks_ugyldigt", "PL-indeks skal være større end 0", $"{g.Key}: {Formatering.Tal(vaerdier[0], 2)}");
            else
                indeks[g.Key] = vaerdier[0];
        }
        return indeks;
    }

    /// <summary>
    /// amount × PL(prisaar) / PL(year) per series and year. A year without PL index (or a
    /// missing index for the price year itself) gets no fixed-price figure: never unindexed.
    /// </summary>
    private static Dictionary<(Opdeling Serie, int Aar), decimal> FastePriser(
        SortedDictionary<int, Aarsregnskab> aarene, Dictionary<int, decimal> indeks, int prisaar, FundSamler fund)
    {
        var faste = new Dictionary<(Opdeling, int), decimal>();
        const string forklaring = "Manglende PL-indeks: ingen udgifter i faste priser for de berørte år";
        if (!indeks.TryGetValue(prisaar, out var basis))
        {
            if (aarene.Count > 0)
                fund.Tilfoej("pl_indeks_mangler", forklaring, $"prisåret {prisaar} (alle år)", aarene.Count);
            return faste;
        }
        foreach (var aar in aarene.Values)
        {
            if (!indeks.TryGetValue(aar.Aar, out var aarsIndeks))
            {
                fund.Tilfoej("pl_indeks_mangler", forklaring, Periode(aar.Aar).ToString());
                continue;
            }
            foreach (var serie in Serier)
            {
                if (aar.Nominelt(serie) is { } nominelt)
                    faste[(serie, aar.Aar)] = nominelt * basis / aarsIndeks;
            }
        }
        return faste;
    }

    /// <summary>
    /// Per series: the year's expenditure minus the mean of the series' base period, for the
    /// years after that period. The three series use different base periods (service 2011–2014,
    /// administration and i alt 2013–2014 by default), so they are NOT additive:
    /// service + administration ≠ i alt in general.
    /// </summary>
    private static IEnumerable<Observation> Merudgifter(
        SortedDictionary<int, Aarsregnskab> aarene, Dictionary<(Opdeling, int), decimal> faste,
        Dictionary<int, decimal> indeks, Basisperioder basisperioder, int sidsteAar, FundSamler fund)
    {
        var resultat = new List<(int Aar, int Serie, Observation Obs)>();
        for (var s = 0; s < Serier.Length; s++)
        {
            var serie = Serier[s];
            var basis = serie == Opdeling.Service ? basisperioder.Service : serie == Opdeling.Administration ? basisperioder.Administration : basisperioder.IAlt;
            var mangler = basis.Aar.Where(a => !faste.ContainsKey((serie, a))).ToList();
            if (mangler.Count > 0)
            {
                var aarsager = mangler.Select(a => $"{a} ({Aarsag(aarene, indeks, serie, a)})");
                fund.Tilfoej("basisperiode_mangler_aar", "Basisperioder med manglende år: ingen merudgifter for serien",
                    $"{SerieOrd(serie)}, basisperiode {basis.FraAar}-{basis.TilAar}: {string.Join(", ", aarsager)}", mangler.Count);
                continue;
            }
            var gennemsnit = basis.Aar.Sum(a => faste[(serie, a)]) / basis.Aar.Count();
            var basisForeloebig = basis.Aar.Any(a => aarene[a].Foreloebig);
            foreach (var aar in aarene.Values.Where(a => a.Aar > basis.TilAar && a.Aar <= sidsteAar))
            {
                if (!faste.TryGetValue((serie, aar.Aar), out var v)) continue;
                resultat.Add((aar.Aar, s, new Observation(Katalog.Merudgifter.Id, serie, Periode(aar.Aar), v - gennemsnit, null, null,
                    Foreloebig: aar.Foreloebig || basisForeloebig)));
            }
        }
        return resultat.OrderBy(r => r.Aar).ThenBy(r => r.Serie).Select(r => r.Obs);
    }

    private static string Aarsag(SortedDictionary<int, Aarsregnskab> aarene, Dictionary<int, decimal> indeks, Opdeling serie, int aar)
    {
        if (!aarene.TryGetValue(aar, out var a)) return "intet regnskab";
        if (a.Nominelt(serie) is null) return "ingen poster";
        return indeks.ContainsKey(aar) ? "intet PL-indeks for prisåret" : "intet PL-indeks";
    }

    /// <summary>
    /// Gross service (dranst 1) by trin 2–6 as pct. of the year's gross service total. Shares do
    /// not depend on the price level, so they are given in years without a PL index too.
    /// </summary>
    private static IEnumerable<Observation> TrinAndele(SortedDictionary<int, Aarsregnskab> aarene, FundSamler fund)
    {
        foreach (var aar in aarene.Values.Where(a => a.HarBruttoService))
        {
            var total = aar.BruttoPrTrin.Sum();
            if (total <= 0)
            {
                fund.Tilfoej("bruttoserviceudgifter_ikke_positive", "År med bruttoserviceudgifter på 0 eller derunder: ingen fordeling på trin",
                    $"{aar.Aar}: {Beloeb(total)}");
                continue;
            }
            for (var trin = 2; trin <= 6; trin++)
                yield return new Observation(Katalog.ServiceudgifterTrin.Id, Opdeling.Trin(trin), Periode(aar.Aar),
                    aar.BruttoPrTrin[trin] * 100m / total, null, null, Foreloebig: aar.Foreloebig);
        }
    }

    private static Periode Periode(int aar) => Domain.Periode.Regnskabsaar(aar);

    private static string Konto(RegnskabsPost p) =>
        string.IsNullOrWhiteSpace(p.Gruppering) ? p.Funktion : $"{p.Funktion} gr. {p.Gruppering}";

    /// <summary>An amount in 1000 kr. the Danish way: "1.234 t.kr." (one decimal only when needed).</summary>
    internal static string Beloeb(decimal beloeb1000Kr) =>
        Formatering.Tal(beloeb1000Kr, decimal.Truncate(beloeb1000Kr) == beloeb1000Kr ? 0 : 1) + " t.kr.";
}
