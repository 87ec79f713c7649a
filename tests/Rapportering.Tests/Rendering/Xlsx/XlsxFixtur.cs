using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Rendering.Xlsx;
using Rapportering.Report;
using Rapportering.Templates;

namespace Rapportering.Tests.Rendering.Xlsx;

/// <summary>A hand-made export: cut dates, years with a foreløbig year, school years, suppressed rows, a finding.</summary>
internal static class XlsxFixtur
{
    public static readonly string[] Skaeringsdatoer = ["2016-05-31", "2016-09-30", "2017-01-31", "2017-05-31", "2017-09-30"];

    public static FigurEksport Eksport(int kommune = 510, decimal forskydning = 0m)
    {
        var o = new List<Observation>();
        for (var i = 0; i < Skaeringsdatoer.Length; i++)
        {
            var d = Skaeringsdatoer[i];
            var naevner = 11355m + 10 * i + 100 * forskydning;
            // forebyggende: taeller 200+10i of naevner, value = taeller/naevner*1000
            var t = 200m + 10 * i + forskydning;
            o.Add(new(Katalog.ForebyggendePr1000.Id.Kode, null, d, t / naevner * 1000m, t, naevner));
            var th = 120m + i;
            o.Add(new(Katalog.HjemmebaseredePr1000.Id.Kode, null, d, th / naevner * 1000m, th, naevner));
            // doegnophold_familie: suppressed on the second cut date
            if (i == 1) o.Add(new(Katalog.HjemmebaseredePr1000.Id.Kode, "doegnophold_familie", d, null, null, naevner, Undertrykt: true));
            else o.Add(new(Katalog.HjemmebaseredePr1000.Id.Kode, "doegnophold_familie", d, 6m / naevner * 1000m, 6m, naevner));
            var ta = 90m - i;
            o.Add(new(Katalog.AnbragtePr1000.Id.Kode, null, d, ta / naevner * 1000m, ta, naevner));
            o.Add(new(Katalog.Anbringelsesformer.Id.Kode, "institution", d, 25.5m, 23m - i, ta));
        }
        foreach (var (aar, beloeb, foreloebig) in new[] { (2014, 150234.567m, false), (2015, 148000.1m, false), (2016, 151999.99m, false), (2017, 155000m, true) })
        {
            o.Add(new(Katalog.Udgifter.Id.Kode, "service", aar.ToString(), beloeb, null, null, Foreloebig: foreloebig));
            o.Add(new(Katalog.Udgifter.Id.Kode, "administration", aar.ToString(), beloeb / 10m, null, null, Foreloebig: foreloebig));
            o.Add(new(Katalog.Udgifter.Id.Kode, "i_alt", aar.ToString(), beloeb * 1.1m, null, null, Foreloebig: foreloebig));
        }
        foreach (var sk in new[] { "2015/16", "2016/17" })
        {
            o.Add(new(Katalog.FagligTrivsel.Id.Kode, "udsatte", sk, 3.61m, 412m, null));
            o.Add(new(Katalog.FagligTrivsel.Id.Kode, "oevrige", sk, 3.92m, 3877m, null));
            o.Add(new(Katalog.FagligTrivsel.Id.Kode, "forskel", sk, -0.31m, null, null));
        }
        o.Add(new(Katalog.Fravaer.Id.Kode, "udsatte", "2016/17", null, null, null, Undertrykt: true));
        return new FigurEksport(kommune, "2017-09-30", 2017, o,
            [new DatakvalitetFund("slutdato_foer_startdato", 2, "Indsatser, hvor slutdatoen ligger før startdatoen."),
             new DatakvalitetFund("ukendt_indsatstype", 1, "Indsatser med en indsatstype, der ikke findes i ordforrådet.")]);
    }

    public static readonly DateTimeOffset Dannet = new(2017, 10, 15, 8, 30, 0, TimeSpan.FromHours(2));

    /// <summary>The fixture export through the report step, as the pipeline gives it to the workbook.</summary>
    public static WorkbookInput Input()
    {
        var tekster = RapportTekster.Indbyggede();
        var skabelon = new KommuneSkabelon(510, "Testrup Kommune", new Branding("#1F4E79", "#F2C14E", null, "Børne- og Ungeudvalget", null),
            Basisperioder.Standard, [], [], []);
        var dokument = RapportKomponist.Komponer(new RapportInput(Eksport(), 510, "Testrup Kommune", skabelon, null,
            new DateOnly(2017, 10, 10), Skaeringsdato.Parse("2017-09-30"), tekster, Dannet));
        return new WorkbookInput(dokument, 510, "Testrup Kommune", Skaeringsdato.Parse("2017-09-30"), new DateOnly(2017, 10, 10), 2017, Dannet, tekster);
    }

    /// <summary>RAPPORTERING_XLSX_UD=DIR saves a fixture workbook to look at; a saved copy must be the same bytes.</summary>
    public static void GemTilVisuelKontrol(byte[] fil, string navn)
    {
        if (Environment.GetEnvironmentVariable("RAPPORTERING_XLSX_UD") is not { } mappe) return;
        var sti = Path.Combine(mappe, navn);
        File.WriteAllBytes(sti, fil);
        Assert.Equal(fil, File.ReadAllBytes(sti));
    }

    public static byte[] RenderKommune(WorkbookInput? input = null)
    {
        using var ms = new MemoryStream();
        new KommuneWorkbookRenderer().Render(input ?? Input(), ms);
        return ms.ToArray();
    }
}
