using Rapportering.Sammenligninger;
using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Jobs.Web;
using Rapportering.Report;
using Rapportering.Report.Sektioner;
using Rapportering.Rendering.Html;
using Rapportering.Rendering.Xlsx;
using static Rapportering.Tests.Report.DokumentTekster;

namespace Rapportering.Tests.Report;

/// <summary>
/// One decimals rule, the report's (<see cref="Visning.Decimaler"/>): a trivsel mean of 3,4567 is
/// 3,5 in the report's table, in the HTML's number table under the chart, in the web comparison
/// (which used two decimals for an index) and in the workbooks' number format.
/// </summary>
public sealed class DecimalregelTests
{
    private static FigurEksport Eksport()
    {
        var e = RapportFixtur.Eksport();
        return e with
        {
            Observationer = e.Observationer.Select(o =>
                o.Noegletal == Katalog.FagligTrivsel.Id && o.Opdeling == Opdeling.Udsatte && o.Periode == Periode.For(new Skoleaar(2016))
                    ? o with { Vaerdi = 3.4567m } : o).ToList(),
        };
    }

    [Fact]
    public void Et_indeks_vises_med_rapportens_ene_decimal_overalt()
    {
        var eksport = Eksport();
        var trivsel = Afsnit(RapportFixtur.Dokument(eksport), "trivsel");

        Assert.Equal("3,5", Raekke(trivsel, "Faglig trivsel", "2016/17")[1]);

        var diagram = trivsel.Blokke.OfType<Diagram>().First(d => d.Titel.Contains("Faglig trivsel", StringComparison.Ordinal));
        Assert.Equal(Visning.Decimaler, diagram.Decimaler);
        var html = HtmlRenderer.Figur(diagram, "d1");
        Assert.Contains("<td class=\"tal\">3,5</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("3,46", html, StringComparison.Ordinal);

        var web = Sammenligning.Byg(Katalog.FagligTrivsel, Opdeling.Udsatte, RapportFixtur.Dato.Dato, serie: false,
            new SammenligningsModel([new SammenligningKommune(eksport, "Haderslev Kommune")], 510, [], DateTimeOffset.UnixEpoch) { Tekster = RapportTekster.Indbyggede() });
        Assert.Equal("3,5", web.Tal(web.Raekker[0].Vaerdier[0]));
        Assert.Equal(Visning.Decimaler, web.Diagram().Decimaler);

        Assert.Equal("#,##0.0", XlsxFormat.VaerdiFormat);
    }

    [Fact]
    public void Et_beloeb_i_webbet_har_ogsaa_een_decimal()
    {
        // 162.345,6 t.kr. (i alt 2016): the web used to round it to 162.346.
        var web = Sammenligning.Byg(Katalog.Udgifter, Opdeling.IAlt, RapportFixtur.Dato.Dato, serie: true,
            new SammenligningsModel([new SammenligningKommune(Eksport(), "Haderslev Kommune")], 510, [], DateTimeOffset.UnixEpoch) { Tekster = RapportTekster.Indbyggede() });
        var i2016 = web.Perioder.ToList().IndexOf(Periode.Regnskabsaar(2016));
        Assert.Equal("162.345,6", web.Tal(web.Raekker[0].Vaerdier[i2016]));
    }
}
