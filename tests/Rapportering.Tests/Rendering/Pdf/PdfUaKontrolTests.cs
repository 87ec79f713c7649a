using Rapportering.Pipeline;
using Rapportering.Tests.Infrastructure;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Rapportering.Tests.Rendering.Pdf;

/// <summary>
/// The demo report against the machine-checkable PDF/UA-1 rules of <see cref="PdfUaKontrol"/>,
/// and the check itself against a PDF that breaks them (an untagged page), so a pass means
/// something.
/// </summary>
[Collection(DemoRapport.Samling)]
public sealed class PdfUaKontrolTests(DemoRapport f)
{
    [Fact]
    public void Demorapporten_bestaar_PDF_UA_1_kontrollen()
    {
        var (fund, omfang) = PdfUaKontrol.Kontroller(f.Resultat.Filer[Format.Pdf]);
        Assert.Empty(fund);
        // It looked at the whole document: hundreds of elements and marked contents, the
        // contents page's links, both faces on every page (18 pages).
        Assert.True(omfang.Elementer > 300, $"{omfang.Elementer} elementer");
        Assert.True(omfang.MarkeretIndhold > 300, $"{omfang.MarkeretIndhold} mærkede indhold");
        Assert.True(omfang.Links >= 10, $"{omfang.Links} links");
        Assert.True(omfang.Skrifter >= 17, $"{omfang.Skrifter} skrifter");
    }

    [Fact]
    public void En_umaerket_PDF_med_en_standardskrift_fanges()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var side = builder.AddPage(PageSize.A4);
        side.AddText("Nøgletal for 2017", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        side.DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(50, 600), 100, 20);

        var fund = PdfUaKontrol.Fund(builder.Build());

        Assert.Contains(fund, x => x.StartsWith("7.1-1: intet strukturtræ", StringComparison.Ordinal));
        Assert.Contains(fund, x => x.StartsWith("7.1-1: /MarkInfo", StringComparison.Ordinal));
        Assert.Contains(fund, x => x.StartsWith("7.1-10:", StringComparison.Ordinal));
        Assert.Contains(fund, x => x.StartsWith("7.2-34:", StringComparison.Ordinal));
        Assert.Contains(fund, x => x.StartsWith("7.1-8:", StringComparison.Ordinal));
        Assert.Contains("7.1-3: side 1 tegner uden for mærket indhold (S Tj)", fund);
        Assert.Contains(fund, x => x.StartsWith("7.21.4.1-1: side 1: skriften", StringComparison.Ordinal));
    }
}
