using Rapportering.Rendering.Pdf.Layout;
using Rapportering.Rendering.Pdf.Writer;
using Size = Rapportering.Rendering.Pdf.Layout.Size;

namespace Rapportering.Tests.Rendering.Pdf;

public sealed class LayoutTests
{
    private static LayoutContext NyKontekst()
    {
        var ctx = new LayoutContext(FontSet.Load());
        ctx.StartPage(Canvas.None, new PageInfo(1, 1));
        return ctx;
    }

    private static PageSpec Side(Element indhold, float hoejde) =>
        new(indhold, new Size(400, hoejde), 0, 0, 0, 0);

    [Fact]
    public void Ordombrydning_lægger_ord_på_linjen_så_længe_de_passer()
    {
        // Each character 10 pt: "aa bb" is 50 pt and fits 50; "aa bb cc" (80) does not.
        var linjer = TextWrapper.Wrap("aa bb cc", 50, TiPrTegn);
        Assert.Equal(["aa bb", "cc"], linjer);
        // Spaces between words count once, whatever the text had; a line of one word that just fits stays whole.
        Assert.Equal(["aa bb", "ccccc"], TextWrapper.Wrap("  aa   bb ccccc ", 50, TiPrTegn));
    }

    [Fact]
    public void Ord_bredere_end_linjen_deles_mellem_tegn_og_linjeskift_bevares()
    {
        // 30 pt lines hold 3 characters: "abcdefgh" → abc / def / gh; '\n' forces a new line.
        Assert.Equal(["abc", "def", "gh"], TextWrapper.Wrap("abcdefgh", 30, TiPrTegn));
        Assert.Equal(["a", "b"], TextWrapper.Wrap("a\nb", 100, TiPrTegn));
        // "\r\n" is one line break; an empty line stays; after a cut word the next word joins its tail: "g h".
        Assert.Equal(["a", "", "b"], TextWrapper.Wrap("a\r\n\nb", 100, TiPrTegn));
        Assert.Equal(["x", "abc", "def", "g h"], TextWrapper.Wrap("x abcdefg h", 30, TiPrTegn));
    }

    /// <summary>Every character 10 pt wide (10 units, 1 unit per em at size 1).</summary>
    private static readonly TextMeasure TiPrTegn = new(Enumerable.Repeat((ushort)10, 0x10000).ToArray(), 1, 1);

    [Fact]
    public void Afsnit_ombrydes_efter_den_virkelige_tekstbredde()
    {
        var ctx = NyKontekst();
        var stil = new TextStyle(10);
        var tekst = string.Join(" ", Enumerable.Repeat("børnefaglig undersøgelse", 10));
        var afsnit = new Paragraph(tekst, stil);
        var linjer = afsnit.Lines(ctx, 200);
        Assert.True(linjer.Count > 1);
        Assert.All(linjer, l => Assert.True(ctx.Fonts.MeasureWidth(l, stil) <= 200));
        // Height = lines × pitch (10 pt × 1,35 = 13,5 pt per line).
        var plan = afsnit.Measure(ctx, new Size(200, 1000));
        Assert.Equal(SpacePlanType.FullRender, plan.Type);
        Assert.Equal(linjer.Count * 13.5f, plan.Height, 2);
    }

    [Fact]
    public void Kolonne_flyder_over_sider_med_markør()
    {
        var ctx = NyKontekst();
        // Five 100 pt boxes, 250 pt per page: 2 + 2 + 1 boxes.
        var kolonne = new Column(Enumerable.Range(0, 5).Select(_ => (Element)Drawing.Spacer(100)));
        var side = new Size(400, 250);
        var p1 = kolonne.Measure(ctx, side);
        Assert.Equal((SpacePlanType.PartialRender, 200f), (p1.Type, p1.Height));
        kolonne.Draw(ctx, new Rect(0, 0, 400, 200));
        var p2 = kolonne.Measure(ctx, side);
        Assert.Equal((SpacePlanType.PartialRender, 200f), (p2.Type, p2.Height));
        kolonne.Draw(ctx, new Rect(0, 0, 400, 200));
        var p3 = kolonne.Measure(ctx, side);
        Assert.Equal((SpacePlanType.FullRender, 100f), (p3.Type, p3.Height));
    }

    [Fact]
    public void Overskrift_holdes_sammen_med_det_der_følger()
    {
        var ctx = NyKontekst();
        var overskrift = new Paragraph("Overskrift", new TextStyle(10)); // one line: 13,5 pt
        var blok = new KeepWithNext(overskrift, Drawing.Spacer(100), 5);
        // 13,5 + 5 + 100 = 118,5 pt: does not fit in 100, fits in 120.
        Assert.True(blok.Measure(ctx, new Size(400, 100)).IsWrap);
        var plan = blok.Measure(ctx, new Size(400, 120));
        Assert.Equal(SpacePlanType.FullRender, plan.Type);
        Assert.Equal(118.5f, plan.Height, 2);
    }

    [Fact]
    public void Sideskift_giver_ny_side_men_aldrig_en_tom_side()
    {
        var fonts = FontSet.Load();
        // Text, break, text → 2 pages. A break first on a page does nothing → still 1 page.
        var stil = new TextStyle(10);
        var to = DocumentGenerator.Run([Side(new Column([new Paragraph("a", stil), new PageBreak(), new Paragraph("b", stil)]), 300)], fonts, null);
        Assert.Equal(2, to.TotalNumbered);
        var en = DocumentGenerator.Run([Side(new Column([new PageBreak(), new Paragraph("a", stil)]), 300)], fonts, null);
        Assert.Equal(1, en.TotalNumbered);
    }

    [Fact]
    public void Tabel_brydes_mellem_rækker_og_gentager_overskriften()
    {
        var ctx = NyKontekst();
        var stil = new TableStyle(new TextStyle(10, LineHeight: 1), new TextStyle(10, Bold: true, LineHeight: 1), PdfColor.Rgb(0, 0, 0x80), PdfColor.Rgb(0xD3, 0xD3, 0xD3), PdfColor.Rgb(0, 0, 0x80), PadX: 5, PadY: 5);
        // Header and each row: 10 pt line + 2 × 5 pt padding = 20 pt. 100 pt page → header + 4 rows.
        var raekker = Enumerable.Range(1, 6).Select(i => (IReadOnlyList<TableCell>)[new TableCell($"Række {i}"), new TableCell("1.234,5")]).ToList();
        var tabel = new Table([new TableColumn("Navn", TextAlign.Left), new TableColumn("Antal")], raekker, stil);
        var side = new Size(300, 100);
        var p1 = tabel.Measure(ctx, side);
        Assert.Equal((SpacePlanType.PartialRender, 100f), (p1.Type, p1.Height));
        tabel.Draw(ctx, new Rect(0, 0, 300, 100));
        Assert.Equal(4, tabel.NextRow);
        // Page 2: the header again (20) + the last 2 rows (40) = 60.
        var p2 = tabel.Measure(ctx, side);
        Assert.Equal((SpacePlanType.FullRender, 60f), (p2.Type, p2.Height));
        // Less than header + one row → wrap to the next page, never a lonely header.
        Assert.True(tabel.Measure(ctx, new Size(300, 35)).IsWrap);
    }

    [Fact]
    public void Kolonnebredder_giver_overskud_til_første_kolonne_og_krymper_mod_længste_ord()
    {
        // Natural 100 + 50 + 50 = 200 in 300: first column gets the extra 100.
        Assert.Equal([200f, 50f, 50f], Table.Distribute([100, 50, 50], [40, 50, 50], 300));
        // Natural 200 in 170: only column 0 can shrink (slack 60) → 70, 50, 50.
        Assert.Equal([70f, 50f, 50f], Table.Distribute([100, 50, 50], [40, 50, 50], 170));
    }

    [Fact]
    public void Element_der_ikke_kan_være_på_en_tom_side_giver_en_forklarende_fejl()
    {
        var fejl = Assert.Throws<InvalidOperationException>(() =>
            DocumentGenerator.Run([Side(Drawing.Spacer(500), 300)], FontSet.Load(), null, null));
        Assert.Contains("does not fit on an empty page", fejl.Message);
    }

    [Fact]
    public void Underoverskrift_tekst_og_diagram_flyttes_samlet_naar_de_kan_vaere_paa_een_side()
    {
        var fonts = FontSet.Load();
        var stil = new TextStyle(10); // one line = 13,5 pt
        // Page 300 pt. 150 pt before; heading 13,5 + 4 + text 30 = 47,5 (→ 206,5 with 9 pt gap)
        // fits on page 1, but the chart (100) does not (206,5 + 9 + 100 > 300).
        // Together 47,5 + 9 + 100 = 156,5 fits on an empty page: all three go to page 2.
        var gruppe = new KeepTogetherIfFits(new Column(
        [
            new KeepWithNext(new Anchor("overskrift", new Paragraph("Overskrift", stil)), Drawing.Spacer(30), 4),
            new Anchor("diagram", new KeepTogether(Drawing.Spacer(100))),
        ], 9));
        var info = DocumentGenerator.Run([Side(new Column([Drawing.Spacer(150), gruppe], 9), 300)], fonts, null);
        Assert.Equal(2, info.AnchorPages["overskrift"]);
        Assert.Equal(2, info.AnchorPages["diagram"]);
        Assert.Equal(2, info.TotalNumbered);
    }

    [Fact]
    public void Gruppe_hoejere_end_en_side_flyder_videre_fra_hvor_den_er()
    {
        var fonts = FontSet.Load();
        var stil = new TextStyle(10);
        // Heading 13,5 + 4 + text 30 + 9 + chart 250 = 306,5 > 300: never fits one page, so the
        // heading and text stay on page 1 below the 150 pt and the chart goes to page 2, as
        // before: no empty gap and no error.
        var gruppe = new KeepTogetherIfFits(new Column(
        [
            new KeepWithNext(new Anchor("overskrift", new Paragraph("Overskrift", stil)), Drawing.Spacer(30), 4),
            new Anchor("diagram", new KeepTogether(Drawing.Spacer(250))),
        ], 9));
        var info = DocumentGenerator.Run([Side(new Column([Drawing.Spacer(150), gruppe], 9), 300)], fonts, null);
        Assert.Equal(1, info.AnchorPages["overskrift"]);
        Assert.Equal(2, info.AnchorPages["diagram"]);
    }

    [Fact]
    public void Tabeloverskrift_deles_aldrig_inde_i_et_ord_men_faar_mindre_skrift()
    {
        var ctx = NyKontekst();
        var stil = new TableStyle(new TextStyle(10, LineHeight: 1), new TextStyle(10, Bold: true, LineHeight: 1), PdfColor.Rgb(0, 0, 0x80), PdfColor.Rgb(0xD3, 0xD3, 0xD3), PdfColor.Rgb(0, 0, 0x80), PadX: 5, PadY: 5);
        var raekker = new List<IReadOnlyList<TableCell>> { new[] { new TableCell("1"), new TableCell("2") } };
        var tabel = new Table([new TableColumn("Forebyggende foranstaltning"), new TableColumn("Døgnophold")], raekker, stil);
        // 130 pt for two columns of one-digit numbers: about 65 pt each, 55 pt for text. At 10 pt
        // bold "Forebyggende" is wider than that (> 70 pt), so the header font must shrink.
        var bredder = tabel.ColumnWidths(ctx, 130);
        var stile = tabel.HeaderStyles(ctx, 130);
        Assert.True(ctx.Fonts.MeasureWidth("Forebyggende", new TextStyle(10, Bold: true)) > bredder[0] - 10);
        Assert.True(stile[0].Size < 10);
        string[][] ord = [["Forebyggende", "foranstaltning"], ["Døgnophold"]];
        for (var c = 0; c < 2; c++)
            Assert.All(ord[c], w => Assert.True(ctx.Fonts.MeasureWidth(w, stile[c]) <= bredder[c] - 10 + 0.01f, $"'{w}' skæres over"));
    }

    [Fact]
    public void Grupperet_tabeloverskrift_har_gruppens_navn_over_kolonnerne()
    {
        var ctx = NyKontekst();
        var stil = new TableStyle(new TextStyle(10, LineHeight: 1), new TextStyle(10, Bold: true, LineHeight: 1), PdfColor.Rgb(0, 0, 0x80), PdfColor.Rgb(0xD3, 0xD3, 0xD3), PdfColor.Rgb(0, 0, 0x80), PadX: 5, PadY: 5);
        var raekker = new List<IReadOnlyList<TableCell>> { new[] { new TableCell("31. maj 2017"), new TableCell("12"), new TableCell("0,8") } };
        var tabel = new Table(
            [new TableColumn("Skæringsdato", TextAlign.Left), new TableColumn("antal", Group: "I alt"), new TableColumn("pr. 1.000", Group: "I alt")],
            raekker, stil);
        // Everything on one line at 400 pt: group band 10 + 2 × 5 = 20 over the sub-headers
        // (20): 40; the ungrouped "Skæringsdato" (20) sits beside both.
        Assert.Equal(40f, tabel.HeaderHeight(ctx, 400), 2);
        var enkel = new Table([new TableColumn("Skæringsdato", TextAlign.Left), new TableColumn("I alt, antal")], raekker, stil);
        Assert.Equal(20f, enkel.HeaderHeight(ctx, 400), 2);
    }

    [Fact]
    public void En_kolonne_med_loebende_tekst_ombrydes_saa_tal_og_overskrifter_beholder_deres_bredde()
    {
        var ctx = NyKontekst();
        var stil = new TableStyle(new TextStyle(10, LineHeight: 1), new TextStyle(10, Bold: true, LineHeight: 1), PdfColor.Rgb(0, 0, 0x80), PdfColor.Rgb(0xD3, 0xD3, 0xD3), PdfColor.Rgb(0, 0, 0x80), PadX: 5, PadY: 5);
        var lang = string.Join(' ', Enumerable.Repeat("Regnskabsposter, som ingen kontoplanregel dækker, er udeladt.", 3));
        var raekker = new List<IReadOnlyList<TableCell>> { new[] { new TableCell("Konto uden kontoplanregel"), new TableCell("1"), new TableCell(lang) } };
        var tabel = new Table([new TableColumn("Regel", TextAlign.Left), new TableColumn("Antal"), new TableColumn("Beskrivelse", TextAlign.Left)], raekker, stil);
        // 400 pt cannot hold the description on one line (> 800 pt): the description wraps, while
        // "Antal" keeps room for the whole word at full size (seen broken as "Anta|l" before).
        var bredder = tabel.ColumnWidths(ctx, 400);
        Assert.True(ctx.Fonts.MeasureWidth(lang, stil.Body) > 800);
        Assert.True(bredder[1] - 10 >= ctx.Fonts.MeasureWidth("Antal", stil.Header), $"Antal har kun {bredder[1]} pt");
        Assert.Equal(10f, tabel.HeaderStyles(ctx, 400)[1].Size);
        Assert.Equal(400f, bredder.Sum(), 1);
    }

    [Fact]
    public void Ombrydningscachen_vokser_ikke_uden_graense()
    {
        // A long-running serve wraps new texts with every report; the cache must stay bounded
        // and give the same lines after it has been emptied. The width holds one word, not two.
        var fonts = FontSet.Load();
        var stil = new TextStyle(7.3f);
        var bredde = fonts.MeasureWidth("Skæringsdato", stil) + 1;
        var foer = fonts.Wrap("Skæringsdato Skæringsdato", stil, bredde);
        Assert.Equal(["Skæringsdato", "Skæringsdato"], foer);
        for (var i = 0; i <= FontSet.MaksMaalinger + 10; i++) fonts.Wrap($"linje nummer {i} af mange", stil, bredde);
        Assert.InRange(fonts.Maalinger, 1, FontSet.MaksMaalinger + 1);
        Assert.Equal(foer, fonts.Wrap("Skæringsdato Skæringsdato", stil, bredde));
    }
}
