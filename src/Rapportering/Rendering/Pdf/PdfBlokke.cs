using Rapportering.Rendering.Pdf.Charts;
using Rapportering.Rendering.Pdf.Layout;
using Rapportering.Report;

namespace Rapportering.Rendering.Pdf;

/// <summary>Turns the document's sections and blocks into layout elements, each in its structure
/// element: H1 per section, H2 per sub-heading, P, L/LI, Table with Caption, Figure with alternative text.</summary>
internal sealed class PdfBlokke(PdfTema tema, Rammetekster ramme)
{
    /// <summary>5,3 cm: with the compact tables a sub-section's chart and table leave room for the next
    /// heading, so the committee report stays within 18 pages (7 cm charts and 8,5 pt tables gave 20).</summary>
    public const float DiagramHoejde = 150;
    private const float Afstand = 9;
    private const float DefinitionAfstand = 6;
    /// <summary>Tables up to this many rows are moved whole to the next page rather than split.</summary>
    private const int KortTabel = 22;

    public Element Afsnit(Afsnit afsnit)
    {
        var hoved = new Anchor(afsnit.Id, new Column(
        [
            new Tagged("H1", new Paragraph(afsnit.FuldOverskrift, tema.Overskrift1)),
            Drawing.Rule(tema.Primaer, 1.5f, spaceAbove: 5),
        ], 0), afsnit.FuldOverskrift, level: 1);
        var blokke = Blokke(afsnit.Blokke);
        Element indhold = blokke.Count == 0 ? hoved : new KeepWithNext(hoved, blokke[0], 14);
        return new Column([new PageBreak(), indhold, .. blokke.Skip(1)], Afstand);
    }

    /// <summary>
    /// Blocks in order. An Underoverskrift is glued to the block after it and, when they fit on
    /// one page, to everything up to and including the first chart or table after it (a heading
    /// and its intro should not end a page while their chart starts the next).
    /// </summary>
    public List<Element> Blokke(IReadOnlyList<Blok> blokke)
    {
        var ud = new List<Element>();
        for (var i = 0; i < blokke.Count; i++)
        {
            if (blokke[i] is Report.Underoverskrift u && i + 1 < blokke.Count && !ErSkel(blokke[i + 1]))
            {
                var slut = i + 1;
                while (blokke[slut] is not (Report.Diagram or Report.Tabel) && slut + 1 < blokke.Count && !ErSkel(blokke[slut + 1])) slut++;
                var hoved = new KeepWithNext(Underoverskrift(u), Blok(blokke[i + 1]), 4);
                if (blokke[slut] is not (Report.Diagram or Report.Tabel))
                {
                    ud.Add(hoved); // no chart follows: heading + next block only, which may split
                    i++;
                    continue;
                }
                ud.Add(new KeepTogetherIfFits(slut == i + 1
                    ? hoved
                    : new Column([hoved, .. blokke.Skip(i + 2).Take(slut - i - 1).Select(Blok)], Afstand)));
                i = slut;
            }
            else if (blokke[i] is Report.Definition)
            {
                // The appendix's definitions: one list, closer together than other blocks.
                var slut = i;
                while (slut + 1 < blokke.Count && blokke[slut + 1] is Report.Definition) slut++;
                ud.Add(new Column(blokke.Skip(i).Take(slut - i + 1).Select(Blok), DefinitionAfstand));
                i = slut;
            }
            else
            {
                ud.Add(Blok(blokke[i]));
            }
        }
        return ud;

        static bool ErSkel(Blok b) => b is Sideskift or Report.Underoverskrift;
    }

    public Element Blok(Blok blok) => blok switch
    {
        Report.Underoverskrift u => Underoverskrift(u),
        Tekst t => P(t.Indhold, tema.Broedtekst),
        Punktliste p => Punktliste(p),
        Report.Tabel t => Tabel(t),
        Report.Diagram d => Diagram(d),
        Report.Definition d => Definition(d),
        Sideskift => new PageBreak(),
        _ => throw new NotSupportedException($"PDF-rendereren kender ikke blokken {blok.GetType().Name}"),
    };

    private Element Underoverskrift(Report.Underoverskrift u)
    {
        var overskrift = new Padding(new Tagged("H2", new Paragraph(u.Tekst, tema.Overskrift2)), top: 6);
        return u.Id is null ? overskrift : new Anchor(u.Id, overskrift, u.Tekst, level: 2);
    }

    private Element Punktliste(Punktliste p) => new Tagged("L", new Column(p.Punkter.Select(punkt => (Element)new Tagged("LI", new Row(
    [
        new RowItem(new Tagged("Lbl", new Paragraph("•", tema.Broedtekst with { Color = tema.Primaer, Bold = true })), Fixed: 12),
        new RowItem(new Tagged("LBody", new Paragraph(punkt, tema.Broedtekst))),
    ]))), 4));

    private static Tagged P(string tekst, TextStyle stil) => new("P", new Paragraph(tekst, stil));

    /// <summary>The printed table: the committee's short form when the document gives one.</summary>
    private Element Tabel(Report.Tabel t)
    {
        var kolonner = t.Kolonner.Select(k => new TableColumn(k.Gruppe is null ? k.Overskrift : k.Del, k.Hoejrestillet ? TextAlign.Right : TextAlign.Left, k.Gruppe)).ToList();
        var kilde = t.Udvalg is { } u ? t.Raekker.Skip(t.Raekker.Count - u.Raekker) : t.Raekker;
        var raekker = kilde.Select(r => (IReadOnlyList<TableCell>)r.Select(c => new TableCell(c.Tekst, c.Fed)).ToList()).ToList();
        var tabel = new Table(kolonner, raekker, tema.Tabel);
        var titel = new Tagged("Caption", new Paragraph(t.Titel, tema.Figurtitel));
        var dele = new List<Element> { new Tagged("Table", new KeepWithNext(titel, tabel, 5)) };
        var fodnote = t.Udvalg is { } v ? v.Fodnote : t.Fodnote;
        if (!string.IsNullOrWhiteSpace(fodnote)) dele.Add(P(fodnote, tema.Fodnote));
        if (t.Udvalg is { } h) dele.Add(P(h.Henvisning, tema.Fodnote));
        var helhed = new Column(dele, 4);
        return raekker.Count <= KortTabel ? new KeepTogether(helhed) : helhed;
    }

    private Element Diagram(Report.Diagram d)
    {
        var dele = new List<Element>
        {
            P(d.Titel, tema.Figurtitel),
            new Figure(string.IsNullOrWhiteSpace(d.Alternativtekst) ? d.Titel : d.Alternativtekst, new Column(
            [
                new ChartElement(d, DiagramHoejde),
                new ChartLegend(d, tema.Fodnote with { Color = PdfTema.Tekstfarve, Size = 8 }),
            ], 4)),
        };
        // The document's footnote explains "*" (preliminary years); when it does not, the renderer does.
        if (!string.IsNullOrWhiteSpace(d.Fodnote)) dele.Add(P(d.Fodnote, tema.Fodnote));
        if (ChartRenderer.HarForeloebige(d) && d.Fodnote?.Contains('*') != true) dele.Add(P(ramme.ForeloebigDiagram, tema.Fodnote));
        return new KeepTogether(new Column(dele, 4));
    }

    /// <summary>Name with id and unit on the same line where they fit (see <see cref="BesideIfFits"/>), then the definition.</summary>
    private Element Definition(Report.Definition d) => new KeepTogether(new Column(
    [
        new Tagged("P", new BesideIfFits(new Paragraph(d.Navn, tema.Figurtitel), new Paragraph($"{d.Id} · {d.Enhed}", tema.Fodnote with { Size = 7.5f }, TextAlign.Right))),
        P(d.Tekst, tema.Broedtekst with { Size = 9, LineHeight = 1.35f }),
    ], 1));
}
