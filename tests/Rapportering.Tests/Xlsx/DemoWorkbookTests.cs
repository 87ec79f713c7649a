using Rapportering.Tests.Infrastructure;
using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.Data.Sqlite;
using Rapportering.Demo;
using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Pipeline;
using Rapportering.Rendering.Json;
using Rapportering.Rendering.Xlsx;

namespace Rapportering.Tests.Xlsx;

/// <summary>
/// The real thing: a small demo database (two kommuner, 0,3 of their children) through the real
/// pipeline to XLSX and JSON; the workbook read back with ClosedXML and as raw zip parts.
/// </summary>
public sealed class DemoWorkbookTests : IClassFixture<DemoWorkbookTests.Fixtur>
{
    private const int H = KommuneWorkbookRenderer.TabelOverskriftRaekke;

    public sealed class Fixtur : IDisposable
    {
        private readonly string _mappe = Path.Combine(Path.GetTempPath(), "rap-demo-xlsx-" + Guid.NewGuid().ToString("N"));

        public Fixtur()
        {
            var db = DemoUdtraek.OpretDemoDb(_mappe, 510, 561);
            var kilde = new DataKilde("sqlite", $"Data Source={db}");
            var d = Skaeringsdato.Parse("2025-09-30");
            var pipeline = new RapportPipeline();
            Resultat = pipeline.ByggAsync(new RapportBestilling(kilde, 510, d, new HashSet<Format> { Format.Xlsx, Format.Json })).GetAwaiter().GetResult();
            var anden = pipeline.ByggAsync(new RapportBestilling(kilde, 561, d, new HashSet<Format>())).GetAwaiter().GetResult();
            Sammenligning = SammenligningBygger.Render(
                [new(Resultat.Eksport, Resultat.KommuneNavn), new(anden.Eksport, anden.KommuneNavn)],
                Rapportering.Templates.Skabeloner.Standard().Kommune(510), Resultat.DataPr);
            PersonIder = DemoUdtraek.PersonIder(db);
            SqliteConnection.ClearAllPools();
        }


        public RapportResultat Resultat { get; }
        public byte[] Sammenligning { get; }
        public IReadOnlyList<string> PersonIder { get; }

        public void Dispose()
        {
            try { Directory.Delete(_mappe, recursive: true); } catch (IOException) { }
        }
    }

    private readonly Fixtur _f;

    public DemoWorkbookTests(Fixtur f) => _f = f;

    private byte[] Fil => _f.Resultat.Filer[Format.Xlsx];

    [Fact]
    public void Hver_observation_i_json_eksporten_er_en_raekke_med_samme_vaerdi_og_typet_periode()
    {
        // Read back from the JSON file itself, not from the in-memory figures.
        var eksport = JsonEksportRenderer.Laes(new MemoryStream(_f.Resultat.Filer[Format.Json]));
        Assert.True(eksport.Observationer.Count > 500, $"kun {eksport.Observationer.Count} observationer");
        Assert.Contains(eksport.Observationer, o => o.Undertrykt);
        Assert.Contains(eksport.Observationer, o => !o.Undertrykt && o.Vaerdi is null);
        using var wb = new XLWorkbook(new MemoryStream(Fil));
        var fejl = new List<string>();
        foreach (var gruppe in eksport.Observationer.GroupBy(o => Katalog.Hent(o.Noegletal).Omraade))
        {
            var ark = wb.Worksheet(XlsxFormat.Arknavn(gruppe.Key));
            var tabel = Assert.Single(ark.Tables);
            var raekker = tabel.DataRange.Rows().ToList();
            Assert.Equal(gruppe.Count(), raekker.Count);
            Assert.Equal(H + 1, raekker[0].RowNumber());
            foreach (var (o, r) in gruppe.Zip(raekker))
            {
                var hvor = $"{ark.Name}!{r.RowNumber()} {o.Noegletal}/{o.Opdeling}/{o.Periode}";
                if (r.Cell(1).GetString() != o.Noegletal.Kode || r.Cell(3).GetString() != (o.Opdeling?.Kode ?? ""))
                    fejl.Add($"{hvor}: række er {r.Cell(1).GetString()}/{r.Cell(3).GetString()}");
                var periode = r.Cell(5);
                var periodeOk = o.Periode.ToString().Length switch
                {
                    10 => periode.DataType == XLDataType.DateTime
                        && periode.GetDateTime() == DateTime.ParseExact(o.Periode.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    4 => periode.DataType == XLDataType.Number && periode.GetDouble() == int.Parse(o.Periode.ToString(), CultureInfo.InvariantCulture),
                    _ => periode.DataType == XLDataType.Text && periode.GetString() == o.Periode.ToString(),
                };
                if (!periodeOk) fejl.Add($"{hvor}: periode {periode.DataType} '{periode.GetString()}'");
                var celle = r.Cell(6);
                if (o.Undertrykt)
                {
                    if (celle.DataType != XLDataType.Text || celle.GetString() != "..") fejl.Add($"{hvor}: undertrykt som '{celle.GetString()}'");
                }
                else if (o.Vaerdi is not { } v)
                {
                    if (!celle.IsEmpty()) fejl.Add($"{hvor}: mangler, men cellen er '{celle.GetString()}'");
                }
                // Full precision as ClosedXML 0.95.4 writes numbers: 15 significant digits
                // (1.5204170286707211… is stored as 1.52041702867072), never the report's one decimal.
                else if (celle.DataType != XLDataType.Number || !Femten(celle.GetDouble(), v))
                {
                    fejl.Add($"{hvor}: {celle.DataType} {celle.GetString()} ≠ {v.ToString(CultureInfo.InvariantCulture)}");
                }
            }
        }
        Assert.True(fejl.Count == 0, $"{fejl.Count} fejl, fx " + string.Join("; ", fejl.Take(8)));
    }

    /// <summary>
    /// 15 significant digits: rounding to 15 digits moves a value by at most 5·10⁻¹⁵ of itself;
    /// the report's one decimal (or any rounding to fewer digits) would move it far more.
    /// </summary>
    private static bool Femten(double celle, decimal v) => Math.Abs(celle - (double)v) <= 1e-14 * Math.Abs((double)v);

    [Fact]
    public void Ingen_person_id_eller_cpr_nummer_i_nogen_del_af_kommunens_projektmappe()
    {
        AssertUdenPersondata(Fil);
    }

    [Fact]
    public void Ingen_person_id_eller_cpr_nummer_i_sammenligningen()
    {
        using var wb = new XLWorkbook(new MemoryStream(_f.Sammenligning));
        // Both kommuner are in the Data sheet: the check covers real rows of two kommuner.
        var koder = wb.Worksheet("Data").Table("Tabel_Data").DataRange.Rows().Select(r => r.Cell(1).GetValue<int>()).Distinct().ToList();
        Assert.Equal([510, 561], koder);
        AssertUdenPersondata(_f.Sammenligning);
    }

    private void AssertUdenPersondata(byte[] fil)
    {
        Assert.True(_f.PersonIder.Count > 100, $"kun {_f.PersonIder.Count} personer");
        var dele = Dele(fil);
        Assert.Contains(dele.Keys, k => k.StartsWith("xl/worksheets/", StringComparison.Ordinal));
        // Not after a decimal point: 45930.25 style date serials and doubles like 12.3456789012345
        // are numbers, not CPR numbers (as in KommuneWorkbookTests).
        var cpr = new Regex(@"(?<![\d.])\d{6}-?\d{4}(?![\d])");
        var fejl = new List<string>();
        foreach (var (navn, indhold) in dele)
        {
            if (cpr.Match(indhold) is { Success: true } m) fejl.Add($"{navn}: '{Omkring(indhold, m.Index)}'");
            foreach (var id in _f.PersonIder)
                if (indhold.Contains(id, StringComparison.Ordinal)) fejl.Add($"{navn}: person-id {id}");
        }
        Assert.True(fejl.Count == 0, string.Join("; ", fejl.Take(8)));
    }

    private static string Omkring(string s, int i) => s.Substring(Math.Max(0, i - 40), Math.Min(s.Length - Math.Max(0, i - 40), 100));

    private static Dictionary<string, string> Dele(byte[] fil)
    {
        using var zip = new ZipArchive(new MemoryStream(fil));
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var r = new StreamReader(e.Open());
            return r.ReadToEnd();
        });
    }
}
