using System.Globalization;

namespace Rapportering.Offentlige;

/// <summary>The rows of one or more files ready to store, and what was found on the way.</summary>
public sealed record IndlaesningsResultat(IReadOnlyList<OffentligtTal> Tal, IReadOnlyList<OffentligtFund> Fund, int Sprunget);

/// <summary>
/// Turns parsed Statistikbanken files into public figures by the template: finds the table by
/// its header, keeps the rows the series' filters select, resolves kommuner by code or name,
/// reads '..' as "ikke oplyst" and decimal commas as decimals. Pure: no files, no database.
/// </summary>
public static class Indlaesning
{
    private const string Undertrykt = "..";

    public static IndlaesningsResultat Kortlaeg(IEnumerable<CsvFil> filer, OffentligeTalSkabelon skabelon)
    {
        var kommuner = new KommuneOpslag(skabelon);
        var fund = new List<OffentligtFund>();
        var fundne = new Dictionary<(string, string, int, string, string), (OffentligtTal Tal, string Fil, int Linje)>();
        var modstridende = new HashSet<(string, string, int, string, string)>();
        var sprunget = 0;
        foreach (var fil in filer)
        {
            fund.AddRange(fil.Fund);
            if (fil.Hoved.Count == 0) continue;
            var tabel = FindTabel(fil, skabelon);
            if (tabel is null)
            {
                // Header names are variable codes, never data: safe to name.
                fund.Add(new OffentligtFund(fil.Navn, 1, "ukendt_tabel",
                    $"ingen tabel i {OffentligeTalSkabelon.FilNavn} har variablerne {string.Join(";", fil.Hoved.SkipLast(1))}; filen er ikke indlæst"));
                continue;
            }
            var kolonne = fil.Hoved.Select((h, i) => (h.ToUpperInvariant(), i)).ToDictionary(x => x.Item1, x => x.i, StringComparer.Ordinal);
            foreach (var linje in fil.Linjer)
            {
                string Felt(string variabel) => linje.Felter[kolonne[variabel.ToUpperInvariant()]].Trim();
                var serier = tabel.Serier.Where(s => s.Filtre.All(f => Kanonisk(f.Value, Felt(f.Key)) is not null)).ToList();
                if (serier.Count == 0) { sprunget++; continue; }

                var omraade = kommuner.Find(Felt(tabel.Kommune));
                if (omraade is KommuneOpslag.Region) { sprunget++; continue; } // regions are derived as Σ/Σ
                if (omraade is not { } kode)
                {
                    fund.Add(new OffentligtFund(fil.Navn, linje.Nummer, "ukendt_kommune", $"{tabel.Kommune} er hverken en kendt kommunekode eller et kommunenavn; linjen er udeladt"));
                    continue;
                }
                if (!TidsKode.TryParse(Felt(tabel.Tid), out var tid))
                {
                    fund.Add(new OffentligtFund(fil.Navn, linje.Nummer, "ugyldig_tid", $"{tabel.Tid} er ikke et år (2017) eller et kvartal (2017K1); linjen er udeladt"));
                    continue;
                }
                var indhold = linje.Felter[^1].Trim();
                decimal? vaerdi = null;
                var ikkeOplyst = indhold == Undertrykt;
                if (!ikkeOplyst)
                {
                    if (LaesTal(indhold) is not { } v)
                    {
                        fund.Add(new OffentligtFund(fil.Navn, linje.Nummer, "ugyldigt_tal", "INDHOLD er hverken et tal med decimalkomma eller '..'; linjen er udeladt"));
                        continue;
                    }
                    vaerdi = v;
                }
                foreach (var serie in serier)
                {
                    var dele = serie.Noegle.Select(n => Kanonisk(n.Value, Felt(n.Key))).ToList();
                    if (dele.Any(d => d is null)) { sprunget++; continue; } // a value the series does not use
                    var tal = new OffentligtTal(tabel.Tabel, serie.Serie, kode, tid.Kode, string.Join('|', dele), vaerdi, ikkeOplyst);
                    if (fundne.TryGetValue(tal.Noeglen, out var tidligere))
                    {
                        // The same cell twice: once if equal, never a guess if not.
                        if (tidligere.Tal != tal && modstridende.Add(tal.Noeglen))
                            fund.Add(new OffentligtFund(fil.Navn, linje.Nummer, "modstridende_vaerdier",
                                $"samme celle som {tidligere.Fil} linje {tidligere.Linje} med en anden værdi; begge er udeladt"));
                        continue;
                    }
                    fundne[tal.Noeglen] = (tal, fil.Navn, linje.Nummer);
                }
            }
        }
        var resultat = fundne.Where(f => !modstridende.Contains(f.Key)).Select(f => f.Value.Tal)
            .OrderBy(t => t.Tabel, StringComparer.Ordinal).ThenBy(t => t.Serie, StringComparer.Ordinal)
            .ThenBy(t => t.KommuneKode).ThenBy(t => t.Periode, StringComparer.Ordinal).ThenBy(t => t.Noegle, StringComparer.Ordinal)
            .ToList();
        return new IndlaesningsResultat(resultat, fund, sprunget);
    }

    /// <summary>The table whose variables are exactly the header's (compared in upper case).</summary>
    private static TabelRegel? FindTabel(CsvFil fil, OffentligeTalSkabelon skabelon)
    {
        var hoved = fil.Hoved.SkipLast(1).Select(h => h.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        var kandidater = skabelon.Tabeller.Where(t => t.Variabler(t.Serier[0]).SetEquals(hoved)).ToList();
        // Two tables with one header (e.g. two years of one table layout): the file name decides.
        return kandidater.Count <= 1
            ? kandidater.SingleOrDefault()
            : kandidater.FirstOrDefault(t => Path.GetFileName(fil.Navn).StartsWith(t.Tabel, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The canonical code for a cell: the code itself or one of its spellings.</summary>
    private static string? Kanonisk(IReadOnlyDictionary<string, IReadOnlyList<string>> vaerdier, string felt)
    {
        foreach (var (kode, stavemaader) in vaerdier)
            if (string.Equals(kode, felt, StringComparison.OrdinalIgnoreCase) || stavemaader.Any(s => string.Equals(s, felt, StringComparison.OrdinalIgnoreCase)))
                return kode;
        return null;
    }

    /// <summary>Statistikbanken's numbers: optional minus, digits, a decimal comma; no thousands separator.</summary>
    internal static decimal? LaesTal(string tekst)
    {
        if (tekst.Length == 0 || tekst.Length > 30) return null;
        var i = tekst[0] == '-' ? 1 : 0;
        var komma = false;
        var cifre = 0;
        for (; i < tekst.Length; i++)
        {
            var c = tekst[i];
            if (c is >= '0' and <= '9') { cifre++; continue; }
            if (c == ',' && !komma && cifre > 0) { komma = true; continue; }
            return null;
        }
        if (cifre == 0 || tekst[^1] == ',') return null;
        return decimal.Parse(tekst.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }
}
