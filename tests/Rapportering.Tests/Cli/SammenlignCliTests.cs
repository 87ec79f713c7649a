using ClosedXML.Excel;
using Rapportering.Figures;
using Rapportering.Rendering.Xlsx;
using Rapportering.Sammenligninger;
using Rapportering.Tests.Sammenligninger;

namespace Rapportering.Tests.Cli;

/// <summary>`rapportering sammenlign` as a real process over a folder of exports and a database of public figures.</summary>
public sealed class SammenlignCliTests(EksportMappe e) : IClassFixture<EksportMappe>
{
    [Fact]
    public void Projektmappen_bygges_af_eksporterne_med_gennemsnit_og_hele_landet()
    {
        var ud = Directory.CreateTempSubdirectory("rap-sammenlign-").FullName;
        File.WriteAllText(Path.Combine(e.Eksporter, $"999-{EksportMappe.Dato}.json"), "{ ikke json");
        try
        {
            var (kode, stdout, fejl) = GenerateCliTests.Koer("sammenlign", "--eksporter", e.Eksporter, "--kommune", "510",
                "--skaeringsdato", EksportMappe.Dato, "--out", ud, "--db", e.OffentligDb);
            Assert.True(kode == 0, fejl);
            Assert.Contains($"advarsel: 999-{EksportMappe.Dato}.json er ikke en dataeksport og er sprunget over", fejl);
            Assert.DoesNotContain("Exception", fejl);
            var sti = Path.Combine(ud, $"510-{EksportMappe.Dato}-sammenligning.xlsx");
            Assert.Equal(sti, stdout.Trim());

            using var wb = new XLWorkbook(sti);
            // The Anbragte sheet: 510 (focus), 657 (its reference kommune), then the average of the two exports,
            // worked out here from their tællere and nævnere.
            var ark = wb.Worksheet("Anbragte");
            const int h = SammenligningWorkbookRenderer.OverskriftRaekke;
            Assert.Equal(510, ark.Cell(h + 1, 1).GetValue<int>());
            Assert.Equal(657, ark.Cell(h + 2, 1).GetValue<int>());
            Assert.Equal("Referencekommune", ark.Cell(h + 2, 3).GetString());
            Assert.Equal("Gennemsnit af kommunerne i sammenligningen", ark.Cell(h + 3, 2).GetString());
            var sidste = ark.Row(h).LastCellUsed().Address.ColumnNumber;
            var periode = e.Laes(510).Observationer.Where(o => o.Noegletal.Kode == "anbragte_pr_1000" && o.Opdeling is null).Max(o => o.Periode);
            var obs = new[] { 510, 657 }.Select(k => e.Laes(k).Observationer.Single(o => o.Noegletal.Kode == "anbragte_pr_1000" && o.Opdeling is null && o.Periode == periode)).ToList();
            Assert.All(obs, o => Assert.False(o.Undertrykt));
            var forventet = obs.Sum(o => o.Taeller!.Value) * 1000m / obs.Sum(o => o.Naevner!.Value);
            Assert.Equal((double)forventet, ark.Cell(h + 3, sidste).GetDouble(), 9);
            Assert.Equal((double)obs[0].Vaerdi!.Value, ark.Cell(h + 1, sidste).GetDouble(), 9);

            // The public figures: 510 10,0 and 657 5,0 beside hele landet 7,7 (Σ/Σ), with source and caveat.
            var hl = wb.Worksheet("Hele landet");
            var celler = hl.CellsUsed().ToList();
            IXLRow Raekke(string navn) => celler.First(c => c.GetString() == navn).WorksheetRow();
            Assert.Equal(10.0, Raekke("Haderslev Kommune").Cell(3).GetDouble(), 9);
            Assert.Equal(5.0, Raekke("Herning Kommune").Cell(3).GetDouble(), 9);
            Assert.Equal(153.0 * 1000 / 19800, Raekke("Hele landet").Cell(3).GetDouble(), 9);
            Assert.Equal(2017, celler.First(c => c.GetString() == "Område").WorksheetRow().Cell(3).GetValue<int>());
            Assert.Contains(celler, c => c.GetString().Contains("Kilde: Anbringelsesstatistikken") && c.GetString().Contains("funktionsnedsættelse"));
        }
        finally
        {
            File.Delete(Path.Combine(e.Eksporter, $"999-{EksportMappe.Dato}.json"));
            Directory.Delete(ud, true);
        }
    }

    [Fact]
    public void En_eksport_der_viser_et_antal_under_5_springes_over_med_en_advarsel()
    {
        var ud = Directory.CreateTempSubdirectory("rap-sammenlign-").FullName;
        var fil = Path.Combine(e.Eksporter, $"746-{EksportMappe.Dato}.json");
        File.WriteAllBytes(fil, Rapportering.Rendering.Json.JsonEksportRenderer.Render(new FigurEksport(746, EksportMappe.Dato, 2025,
            [new Observation("anbragte_pr_1000", null, EksportMappe.Dato, 0.4m, 2, 5000), new Observation("anbragte_pr_1000", null, "2025-05-31", 1.2m, 6, 5000)], [])));
        try
        {
            var (kode, _, fejl) = GenerateCliTests.Koer("sammenlign", "--eksporter", e.Eksporter, "--kommune", "510",
                "--skaeringsdato", EksportMappe.Dato, "--out", ud);
            Assert.True(kode == 0, fejl);
            Assert.Contains($"advarsel: 746-{EksportMappe.Dato}.json: kommune 746 viser 1 antal under 5, som skulle være undertrykt; eksporten er sprunget over", fejl);
            using var wb = new XLWorkbook(Path.Combine(ud, $"510-{EksportMappe.Dato}-sammenligning.xlsx"));
            var koder = wb.Worksheet("Anbragte").Column(1).CellsUsed().Where(c => c.DataType == XLDataType.Number).Select(c => c.GetValue<int>()).ToList();
            Assert.Contains(510, koder);
            Assert.DoesNotContain(746, koder);
        }
        finally
        {
            File.Delete(fil);
            Directory.Delete(ud, true);
        }
    }

    [Fact]
    public void Uden_kommunens_egen_eksport_er_det_en_linje_og_intet_skrives()
    {
        var ud = Directory.CreateTempSubdirectory("rap-sammenlign-").FullName;
        try
        {
            var (kode, _, fejl) = GenerateCliTests.Koer("sammenlign", "--eksporter", e.Eksporter, "--kommune", "167",
                "--skaeringsdato", EksportMappe.Dato, "--out", ud);
            Assert.Equal(2, kode);
            Assert.Equal($"rapportering sammenlign: {e.Eksporter} har ingen eksport for kommune 167 pr. {EksportMappe.Dato} (167-{EksportMappe.Dato}.json)", fejl.Trim());
            Assert.Empty(Directory.EnumerateFileSystemEntries(ud));
        }
        finally
        {
            Directory.Delete(ud, true);
        }
    }
}
