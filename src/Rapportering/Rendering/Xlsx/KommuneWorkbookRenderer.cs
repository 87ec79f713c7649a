using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Report;
using Rapportering.Templates;

namespace Rapportering.Rendering.Xlsx;

/// <summary>
/// The kommune workbook (`--format xlsx`), drawn from the report document: a front sheet, one
/// sheet per table of the report (every period, not the printed short form) as an Excel table
/// with a frozen header, the report's charts as native charts, and the definitions. Every cell is
/// as the report step decided it: a value is a number in the unit shown (format from its
/// decimals), a period a date, a year or a school year, a mark its text with its meaning as a
/// note. It computes nothing and chooses no word of its own (rapport/tekster.json, "regneark").
/// Written by the streaming writer (<see cref="StroemPakke"/>): through ClosedXML it took ~0,35 s
/// per kommune, a third of the national batch's CPU.
/// </summary>
public sealed class KommuneWorkbookRenderer
{
    /// <summary>Rows above a table: title, note, blank. The table header is the row after.</summary>
    internal const int TabelOverskriftRaekke = 4;

    internal static readonly Stil Hoved = new(Fed: true, Farve: "FFFFFF", Fyld: "1F4E79");
    internal static readonly Stil Fed = new(Fed: true);
    internal static readonly Stil Kursiv = new(Kursiv: true);

    internal static Stil Overskrift(double stoerrelse = 14) => new(Fed: true, Stoerrelse: stoerrelse, Farve: "1F4E79");

    public void Render(WorkbookInput input, Stream ud)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(ud);
        var t = input.Tekster;

        var navne = ArkNavne(input.Dokument, t);
        var pakke = new StroemPakke();
        var forside = pakke.NytArk(navne[0]);
        var indhold = new List<(string Ark, string Beskrivelse)>();

        var nr = 0;
        foreach (var tabel in Tabeller(input.Dokument))
        {
            var navn = navne[++nr];
            TabelArk(pakke.NytArk(navn), tabel, nr, t);
            indhold.Add((navn, tabel.Titel));
        }

        var diagramArk = pakke.NytArk(navne[^2]);
        DiagramArk.Byg(diagramArk, input.Dokument, t);
        indhold.Add((diagramArk.Navn, diagramArk.Diagrammer.Count == 0 ? t.Hent("regneark.ingen_diagrammer") : t.Hent("regneark.diagrammer_beskrivelse")));
        var definitioner = pakke.NytArk(navne[^1]);
        DefinitionerArk(definitioner, input.Dokument.Afsnit.SelectMany(a => a.Blokke).OfType<Definition>().ToList(), t);
        indhold.Add((definitioner.Navn, t.Hent("regneark.definitioner_beskrivelse")));

        ForsideArk(forside, input, indhold);
        pakke.Gem(ud, new Kerneegenskaber(input.Dokument.Metadata.Titel, input.KommuneNavn, input.Dannet));
    }

    /// <summary>
    /// The workbook's sheets in order: the front sheet, one per table of the report, the charts, the
    /// definitions (the delivery check expects exactly these).
    /// </summary>
    public static IReadOnlyList<string> ArkNavne(RapportDokument dokument, RapportTekster t)
    {
        ArgumentNullException.ThrowIfNull(dokument);
        ArgumentNullException.ThrowIfNull(t);
        var navne = new List<string> { t.Hent("regneark.forside") };
        navne.AddRange(Tabeller(dokument).Select((_, i) => t.Hent("regneark.tabelark", ("nr", (i + 1).ToString(Formatering.Dansk)))));
        navne.Add(t.Hent("regneark.diagrammer"));
        navne.Add(t.Hent("regneark.definitioner"));
        return navne;
    }

    private static IEnumerable<Tabel> Tabeller(RapportDokument dokument) => dokument.Afsnit.SelectMany(a => a.Blokke).OfType<Tabel>();

    private static void ForsideArk(StroemArk ark, WorkbookInput input, List<(string Ark, string Beskrivelse)> indhold)
    {
        var t = input.Tekster;
        ark.Skriv(1, 1, input.Dokument.Forside.Titel, Overskrift(16));
        var venstre = new Stil(Vandret: "left");
        var felter = new (string Navn, Action<int> Skriv)[]
        {
            (t.Hent("regneark.kommune"), r => ark.Skriv(r, 2, $"{input.KommuneNavn} ({input.KommuneKode})", venstre)),
            (t.Hent("regneark.skaeringsdato"), r => ark.Skriv(r, 2, input.Skaeringsdato.Dato.ToDateTime(TimeOnly.MinValue).ToOADate(), venstre with { Format = XlsxFormat.LangDato })),
            (t.Hent("regneark.data_pr"), r => ark.Skriv(r, 2, input.DataPr.ToDateTime(TimeOnly.MinValue).ToOADate(), venstre with { Format = XlsxFormat.LangDato })),
            (t.Hent("regneark.dannet"), r => ark.Skriv(r, 2, input.Dannet.DateTime.ToOADate(), venstre with { Format = XlsxFormat.Tidsstempel })),
            (t.Hent("regneark.prisaar"), r => ark.Skriv(r, 2, input.Prisaar, venstre with { Format = XlsxFormat.Aar })),
        };
        var r = 3;
        foreach (var (navn, skriv) in felter)
        {
            ark.Skriv(r, 1, navn, Fed);
            skriv(r++);
        }

        r++;
        ark.Skriv(r++, 1, t.Hent("regneark.indhold"), Overskrift(12));
        var link = new Stil(Farve: "0563C1", Understreg: true);
        foreach (var (navn, beskrivelse) in indhold)
        {
            ark.Link(r, 1, navn, navn, link);
            ark.Tekst(r++, 2, beskrivelse);
        }

        r++;
        ark.Skriv(r++, 1, t.Hent("regneark.laes"), Overskrift(12));
        foreach (var linje in (string[])
        [
            t.Hent("regneark.vejledning"),
            .. Formatering.Fodnoter([Hul.UndertryktAntal, Hul.UndertryktVaerdi, Hul.Mangler], t),
            t.Hent("fodnoter.foreloebig"),
        ])
            ark.Tekst(r++, 1, linje);

        ark.Bredde(1, 24);
        ark.Bredde(2, 90);
    }

    /// <summary>One report table: title, the table with every row, its footnote under it.</summary>
    private static void TabelArk(StroemArk ark, Tabel tabel, int nr, RapportTekster t)
    {
        ark.Skriv(1, 1, tabel.Titel, Overskrift());
        var h = TabelOverskriftRaekke;
        var bredder = new Kolonnebredder();
        var overskrifter = Entydige(tabel.Kolonner.Select(k => k.Overskrift).ToList());
        for (var k = 0; k < overskrifter.Count; k++)
        {
            ark.Skriv(h, 1 + k, overskrifter[k], Hoved);
            bredder.Overskrift(1 + k, overskrifter[k]);
        }
        for (var i = 0; i < tabel.Raekker.Count; i++)
            for (var k = 0; k < tabel.Raekker[i].Count && k < overskrifter.Count; k++)
                SkrivCelle(ark, h + 1 + i, 1 + k, tabel.Raekker[i][k], t, bredder);

        var sidste = h + Math.Max(1, tabel.Raekker.Count);
        ark.Tabel = ($"Tabel_{nr}", h, sidste, overskrifter);
        ark.Frys = (h, 0);
        ark.Udskriftsraekke = h;
        if (tabel.Fodnote is { } fodnote) ark.Skriv(sidste + 2, 1, fodnote, Kursiv);
        bredder.Saet(ark);
    }

    /// <summary>Writes one cell as the report step typed it.</summary>
    private static void SkrivCelle(StroemArk ark, int r, int k, Celle c, RapportTekster t, Kolonnebredder bredder)
    {
        var fed = c.Fed ? Fed : Stil.Standard;
        if (c.Periode is { } periode)
        {
            PeriodeCelle.Skriv(new StilCeller(ark, fed), r, k, periode, bredder);
            if (c.Tilstand == Celletilstand.ForventetRegnskab) ark.Note(r, k, t.Hent("fodnoter.foreloebig"));
        }
        else if (c.Tal is { } tal && c.Tilstand is Celletilstand.Vaerdi or Celletilstand.ForventetRegnskab)
        {
            ark.Skriv(r, k, (double)tal, fed with { Format = XlsxFormat.Talformat(c.Decimaler) });
            bredder.Tal(k, tal);
        }
        else
        {
            ark.Skriv(r, k, c.Tekst, c.Tilstand is Celletilstand.Undertrykt or Celletilstand.Mangler ? fed with { Vandret = "right" } : fed);
            bredder.Tekst(k, c.Tekst);
            if (c.Forklaring is { } forklaring) ark.Note(r, k, forklaring);
        }
    }

    /// <summary>An Excel table needs distinct header names; a repeated one gets " (2)".</summary>
    private static List<string> Entydige(List<string> navne)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return navne.Select(n =>
        {
            var navn = n.Length == 0 ? " " : n;
            for (var i = 2; !set.Add(navn); i++) navn = $"{n} ({i})";
            return navn;
        }).ToList();
    }

    private const int DefinitionKolonne = 4, OpdelingKolonne = 7;

    private static void DefinitionerArk(StroemArk ark, IReadOnlyList<Definition> definitioner, RapportTekster t)
    {
        ark.Skriv(1, 1, t.Hent("regneark.definitioner"), Overskrift());
        ark.Skriv(2, 1, t.Hent("regneark.definitioner_tekst"), Kursiv);
        string[] kolonner = [.. new[] { "id", "navn", "omraade", "definition", "enhed", "retning", "opdelinger" }.Select(k => t.Hent($"regneark.kolonner.{k}"))];
        var raekker = definitioner.Select(d => (string[])[d.Id, d.Navn, d.Omraade, d.Tekst, d.Enhed, d.OensketRetning, d.Opdelinger]).ToList();

        // Widths first: a row's height (from its wrapped texts) is written with the row.
        var bredder = new Kolonnebredder();
        for (var i = 0; i < kolonner.Length; i++) bredder.Overskrift(i + 1, kolonner[i]);
        foreach (var felter in raekker)
            for (var i = 0; i < felter.Length; i++) bredder.Tekst(i + 1, felter[i]);
        bredder.Saet(ark, max: 45);
        ark.Bredde(DefinitionKolonne, 90);
        var ombryd = new Stil(Ombryd: true);
        ark.KolonneStil(DefinitionKolonne, ombryd);
        ark.KolonneStil(OpdelingKolonne, ombryd);
        double Bredde(int k) => k == DefinitionKolonne ? 90 : bredder.Bredde(k, max: 45);

        var h = TabelOverskriftRaekke;
        static bool Ombrudt(int k) => k is DefinitionKolonne or OpdelingKolonne;
        for (var i = 0; i < kolonner.Length; i++) ark.Skriv(h, i + 1, kolonner[i], Ombrudt(i + 1) ? Hoved with { Ombryd = true } : Hoved);
        var top = new Stil(Lodret: "top");
        var r = h + 1;
        foreach (var felter in raekker)
        {
            // Row heights from the wrapped text: neither ClosedXML on Linux nor LibreOffice grows them.
            ark.Hoejde(r, 15 * Math.Max(Linjer(felter[DefinitionKolonne - 1], Bredde(DefinitionKolonne)), Linjer(felter[OpdelingKolonne - 1], Bredde(OpdelingKolonne))));
            for (var i = 0; i < felter.Length; i++) ark.Skriv(r, i + 1, felter[i], Ombrudt(i + 1) ? top with { Ombryd = true } : top);
            r++;
        }
        ark.Tabel = ("Tabel_Definitioner", h, Math.Max(r - 1, h + 1), kolonner);
        ark.Frys = (h, 0);
        ark.Udskriftsraekke = h;
    }

    /// <summary>Lines a text needs in a column of the given width (about one character per width unit).</summary>
    private static int Linjer(string tekst, double bredde) =>
        Math.Max(1, (int)Math.Ceiling(tekst.Length / Math.Max(1, bredde - 4)));
}
