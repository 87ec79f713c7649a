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

namespace Rapportering.Tests.Rendering.Xlsx;

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
            var anden = pipeline.ByggAsync(new RapportBestilling(kilde, 561, d, new HashSet<Format> { Format.Xlsx })).GetAwaiter().GetResult();
            Anden = anden;
            Sammenligning = SammenligningBygger.Render(SammenligningBygger.Model(
                [new(Resultat.Eksport, Resultat.KommuneNavn), new(anden.Eksport, anden.KommuneNavn)],
                510, Rapportering.Templates.Skabeloner.Standard(), SammenligningBygger.Dannet(Resultat.DataPr)));
            PersonIder = DemoUdtraek.PersonIder(db);
            SqliteConnection.ClearAllPools();
        }


        public RapportResultat Resultat { get; }
        /// <summary>The second demo kommune (561), with its report document and workbook.</summary>
        public RapportResultat Anden { get; }
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
    public void Hver_tabel_i_rapporten_er_et_ark_med_dokumentets_celler_typet()
    {
        // The workbook is drawn from the report document: every table, every row (the printed short
        // form is the PDF's only), and each cell as the report step typed it.
        var dokument = _f.Resultat.Dokument!;
        var tabeller = dokument.Afsnit.SelectMany(a => a.Blokke).OfType<Rapportering.Report.Tabel>().ToList();
        Assert.True(tabeller.Count >= 15, $"kun {tabeller.Count} tabeller");
        using var wb = new XLWorkbook(new MemoryStream(Fil));
        var fejl = new List<string>();
        var tal = 0;
        for (var n = 0; n < tabeller.Count; n++)
        {
            var ark = wb.Worksheet($"Tabel {n + 1}");
            Assert.Equal(tabeller[n].Titel, ark.Cell(1, 1).GetString());
            var raekker = Assert.Single(ark.Tables).DataRange.Rows().ToList();
            Assert.Equal(tabeller[n].Raekker.Count, raekker.Count);
            foreach (var (celler, r) in tabeller[n].Raekker.Zip(raekker))
            for (var k = 0; k < celler.Count; k++)
            {
                var c = celler[k];
                var x = r.Cell(k + 1);
                var hvor = $"{ark.Name}!{x.Address}";
                if (c.Periode is { } p)
                {
                    var ok = p.Art switch
                    {
                        PeriodeArt.Skaeringsdato => x.DataType == XLDataType.DateTime && x.GetDateTime() == p.Skaeringsdato.Dato.ToDateTime(TimeOnly.MinValue),
                        PeriodeArt.Regnskabsaar => x.DataType == XLDataType.Number && x.GetDouble() == p.Aar,
                        _ => x.DataType == XLDataType.Text && x.GetString() == p.ToString(),
                    };
                    if (!ok) fejl.Add($"{hvor}: periode {x.DataType} '{x.GetString()}'");
                }
                else if (c.Tal is { } v && c.Tilstand is Rapportering.Report.Celletilstand.Vaerdi or Rapportering.Report.Celletilstand.ForventetRegnskab)
                {
                    tal++;
                    // The unrounded number (15 significant digits in Excel), shown with the report's decimals.
                    if (x.DataType != XLDataType.Number || !Femten(x.GetDouble(), v)) fejl.Add($"{hvor}: {x.DataType} {x.GetString()} ≠ {v}");
                    else if (x.Style.NumberFormat.Format != XlsxFormat.Talformat(c.Decimaler)
                             || Formatering.Tal((decimal)x.GetDouble(), c.Decimaler) != c.Tekst.Split(' ')[0])
                        fejl.Add($"{hvor}: format {x.Style.NumberFormat.Format} for '{c.Tekst}'");
                }
                else if (x.GetString() != c.Tekst) fejl.Add($"{hvor}: '{x.GetString()}' ≠ '{c.Tekst}'");
                else if (c.Forklaring is { } forklaring && (!x.HasComment || x.Comment.Text != forklaring)) fejl.Add($"{hvor}: mangler noten '{forklaring}'");
            }
        }
        Assert.True(tal > 500, $"kun {tal} talceller");
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
