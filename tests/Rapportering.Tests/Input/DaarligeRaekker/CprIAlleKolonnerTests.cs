using System.IO.Compression;
using System.Text;
using Microsoft.Data.Sqlite;
using Rapportering.Tests.Cli;
using UglyToad.PdfPig;

namespace Rapportering.Tests.Input.DaarligeRaekker;

/// <summary>
/// CPR-shaped strings in every column of every view (a copy of a real row with one cell
/// replaced, once with the dash and once without), through the real executable: the report
/// arrives, and neither form is in any output file, in stdout or in stderr.
/// </summary>
public sealed class CprIAlleKolonnerTests(SqliteBasis basis) : IClassFixture<SqliteBasis>
{
    private static readonly string[] Former = ["010203-1234", "0102031234"];

    [Fact]
    public void Cpr_lignende_vaerdier_naar_ingen_fil_og_ingen_linje()
    {
        var kopi = Path.Combine(basis.Mappe, $"cpr-{Guid.NewGuid():N}.db");
        File.Copy(basis.Db, kopi);
        var indsat = 0;
        using (var db = new SqliteConnection($"Data Source={kopi};Pooling=False"))
        {
            db.Open();
            foreach (var (tabel, kolonner) in Kontrakt())
            foreach (var kolonne in kolonner)
            foreach (var cpr in Former)
            {
                var udvalg = string.Join(", ", kolonner.Select(k => k == kolonne ? $"'{cpr}'" : k));
                var hvor = kolonner.Contains("kommune_kode") ? "WHERE kommune_kode = 510" : "";
                using var cmd = db.CreateCommand();
                cmd.CommandText = $"INSERT INTO {tabel} ({string.Join(", ", kolonner)}) SELECT {udvalg} FROM {tabel} WHERE rowid = (SELECT MIN(rowid) FROM {tabel} {hvor})";
                indsat += cmd.ExecuteNonQuery();
            }
        }
        Assert.Equal(2 * Kontrakt().Sum(k => k.Kolonner.Length), indsat);

        var ud = Path.Combine(basis.Mappe, "ud-" + Guid.NewGuid().ToString("N"));
        var (kode, stdout, stderr) = GenerateCliTests.Koer("generate", "--provider", "sqlite", "--connection", $"Data Source={kopi}",
            "--kommune", "510", "--skaeringsdato", "2025-09-30", "--out", ud);

        Assert.True(kode == 0, stderr);
        var filer = Directory.GetFiles(ud).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(["510-2025-09-30.html", "510-2025-09-30.json", "510-2025-09-30.pdf", "510-2025-09-30.xlsx"], filer);
        var tekster = new List<(string Hvor, string Tekst)> { ("stdout", stdout), ("stderr", stderr) };
        foreach (var f in Directory.GetFiles(ud)) tekster.AddRange(Tekst(f).Select(t => (Path.GetFileName(f), t)));
        foreach (var (hvor, tekst) in tekster)
        foreach (var cpr in Former)
            Assert.False(tekst.Contains(cpr, StringComparison.Ordinal), $"{cpr} i {hvor}");

        // The rows are not silently gone: the appendix lists them.
        var json = File.ReadAllText(Path.Combine(ud, "510-2025-09-30.json"));
        Assert.Contains("\"cpr_lignende_vaerdi\"", json);
    }

    private static IEnumerable<string> Tekst(string fil) => Path.GetExtension(fil) switch
    {
        ".pdf" => PdfTekst(fil),
        ".xlsx" => XlsxDele(fil),
        _ => [File.ReadAllText(fil)],
    };

    private static IEnumerable<string> PdfTekst(string fil)
    {
        using var pdf = PdfDocument.Open(fil);
        return pdf.GetPages().Select(p => p.Text).ToList();
    }

    private static IEnumerable<string> XlsxDele(string fil)
    {
        using var zip = ZipFile.OpenRead(fil);
        return zip.Entries.Select(e =>
        {
            using var r = new StreamReader(e.Open(), Encoding.UTF8);
            return r.ReadToEnd();
        }).ToList();
    }

    private static (string Tabel, string[] Kolonner)[] Kontrakt() =>
    [
        ("kommune", ["kommune_kode", "navn"]),
        ("befolkning", ["kommune_kode", "dato", "alder", "antal"]),
        ("person", ["person_id", "foedselsdato"]),
        ("indsats", ["indsats_id", "person_id", "kommune_kode", "indsatstype", "lovgrundlag", "bevilget_af", "startdato", "slutdato"]),
        ("undersoegelse", ["person_id", "kommune_kode", "afgoerelsesdato"]),
        ("regnskab", ["kommune_kode", "aar", "regnskabstype", "funktion", "gruppering", "dranst", "beloeb_1000kr"]),
        ("pl_indeks", ["aar", "indeks"]),
        ("skoletrivsel", ["kommune_kode", "skoleaar", "gruppe", "indikator", "gennemsnit", "antal"]),
    ];
}
