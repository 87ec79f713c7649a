using System.Globalization;
using System.Text;
using Rapportering.Figures;
using Rapportering.Templates;

namespace Rapportering.Rendering.Xlsx;

/// <summary>
/// One sheet of a <see cref="StroemPakke"/>: typed cells (numbers with their format, date
/// serials, shared-string text) kept as small structs, then written as worksheet XML in one
/// pass. Beside the cells: column widths, frozen panes, an autofilter or a table, links to
/// other sheets, the header row repeated in print, A4 landscape one page wide.
/// </summary>
internal sealed class StroemArk(string navn, StroemPakke pakke) : ICeller
{
    private readonly record struct Celle(int Kolonne, int Stil, bool Tekst, double Tal);

    private readonly Dictionary<int, List<Celle>> _raekker = [];
    private readonly Dictionary<int, double> _bredder = [];
    private readonly List<(int Raekke, int Kolonne, string Ark)> _links = [];

    public string Navn { get; } = navn;
    public int SidsteRaekke { get; private set; }
    public int SidsteKolonne { get; private set; }
    public (int Raekker, int Kolonner)? Frys { get; set; }
    /// <summary>A plain autofilter over rows fra..til, columns 1..kolonner.</summary>
    public (int Fra, int Til, int Kolonner)? Filter { get; set; }
    /// <summary>A table (with its own filter and row stripes) over rows fra..til; the header row's texts name its columns.</summary>
    public (string Navn, int Fra, int Til, IReadOnlyList<string> Kolonner)? Tabel { get; set; }
    /// <summary>The row repeated at the top of every printed page.</summary>
    public int? Udskriftsraekke { get; set; }

    public void Skriv(int raekke, int kolonne, string tekst, Stil stil) => Tilfoej(raekke, new(kolonne, pakke.Stile.Nr(stil), true, pakke.Streng(tekst)));
    public void Skriv(int raekke, int kolonne, double tal, Stil stil) => Tilfoej(raekke, new(kolonne, pakke.Stile.Nr(stil), false, tal));
    /// <summary>A cell with a look and no value (a highlighted row's empty cells).</summary>
    public void Tom(int raekke, int kolonne, Stil stil) => Tilfoej(raekke, new(kolonne, pakke.Stile.Nr(stil), false, double.NaN));
    public void Link(int raekke, int kolonne, string ark, string tekst, Stil stil)
    {
        Skriv(raekke, kolonne, tekst, stil);
        _links.Add((raekke, kolonne, ark));
    }

    /// <summary>A column's width in characters; written with the cell padding ClosedXML adds (and subtracts on reading), so both read back alike.</summary>
    public void Bredde(int kolonne, double bredde) => _bredder[kolonne] = bredde + 0.710625;

    public void Tekst(int raekke, int kolonne, string tekst) => Skriv(raekke, kolonne, tekst, Stil.Standard);
    public void Tal(int raekke, int kolonne, decimal vaerdi, string format) => Skriv(raekke, kolonne, (double)vaerdi, new Stil(format));
    public void Dato(int raekke, int kolonne, DateTime dato, string format) => Skriv(raekke, kolonne, dato.ToOADate(), new Stil(format));
    public void Maerke(int raekke, int kolonne, Hul hul) => Skriv(raekke, kolonne, Formatering.Maerke(hul), Stil.Hoejre);

    private void Tilfoej(int raekke, Celle c)
    {
        if (!_raekker.TryGetValue(raekke, out var l)) _raekker[raekke] = l = new(16);
        l.Add(c);
        SidsteRaekke = Math.Max(SidsteRaekke, raekke);
        SidsteKolonne = Math.Max(SidsteKolonne, c.Kolonne);
    }

    public bool HarRelationer => Tabel is not null;

    public void SkrivXml(Stream ud, string? tabelRelation)
    {
        using var w = new StreamWriter(ud, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
        w.Write("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
        w.Write($"<dimension ref=\"A1{(SidsteRaekke > 0 ? ":" + Adresse(SidsteRaekke, Math.Max(1, SidsteKolonne)) : "")}\"/>");
        w.Write("<sheetViews><sheetView");
        if (Navn == pakke.ForsteArk) w.Write(" tabSelected=\"1\"");
        w.Write(" workbookViewId=\"0\">");
        if (Frys is var (fr, fk))
        {
            var rude = fk > 0 ? (fr > 0 ? "bottomRight" : "topRight") : "bottomLeft";
            w.Write("<pane");
            if (fk > 0) w.Write($" xSplit=\"{fk}\"");
            if (fr > 0) w.Write($" ySplit=\"{fr}\"");
            w.Write($" topLeftCell=\"{Adresse(fr + 1, fk + 1)}\" activePane=\"{rude}\" state=\"frozen\"/><selection pane=\"{rude}\"/>");
        }
        w.Write("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
        if (_bredder.Count > 0)
        {
            w.Write("<cols>");
            foreach (var (k, b) in _bredder.OrderBy(kv => kv.Key))
                w.Write(string.Create(CultureInfo.InvariantCulture, $"<col min=\"{k}\" max=\"{k}\" width=\"{b}\" customWidth=\"1\"/>"));
            w.Write("</cols>");
        }
        w.Write("<sheetData>");
        var buf = new char[32];
        foreach (var r in _raekker.Keys.Order())
        {
            var celler = _raekker[r];
            if (!ErSorteret(celler)) celler.Sort((a, b) => a.Kolonne.CompareTo(b.Kolonne));
            w.Write("<row r=\"");
            Heltal(w, r, buf);
            w.Write("\">");
            foreach (var c in celler)
            {
                w.Write("<c r=\"");
                Kolonne(w, c.Kolonne);
                Heltal(w, r, buf);
                w.Write('"');
                if (c.Stil != 0)
                {
                    w.Write(" s=\"");
                    Heltal(w, c.Stil, buf);
                    w.Write('"');
                }
                if (double.IsNaN(c.Tal)) { w.Write("/>"); continue; }
                w.Write(c.Tekst ? " t=\"s\"><v>" : "><v>");
                if (c.Tekst) Heltal(w, (int)c.Tal, buf);
                else if (c.Tal.TryFormat(buf, out var n, "R", CultureInfo.InvariantCulture)) w.Write(buf, 0, n);
                w.Write("</v></c>");
            }
            w.Write("</row>");
        }
        w.Write("</sheetData>");
        if (Filter is var (ff, ft, fkol)) w.Write($"<autoFilter ref=\"A{ff}:{Adresse(ft, fkol)}\"/>");
        if (_links.Count > 0)
        {
            w.Write("<hyperlinks>");
            foreach (var (r, k, ark) in _links)
                w.Write($"<hyperlink ref=\"{Adresse(r, k)}\" location=\"{Escape(Henvisning(ark))}!A1\" display=\"{Escape(ark)}\"/>");
            w.Write("</hyperlinks>");
        }
        w.Write("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
        w.Write("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>");
        if (tabelRelation is not null) w.Write($"<tableParts count=\"1\"><tablePart r:id=\"{tabelRelation}\"/></tableParts>");
        w.Write("</worksheet>");
    }

    /// <summary>The table part (xl/tables/tableN.xml) of <see cref="Tabel"/>.</summary>
    public byte[] TabelXml(int id)
    {
        var (navn, fra, til, kolonner) = Tabel!.Value;
        var omraade = $"A{fra}:{Adresse(til, kolonner.Count)}";
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        sb.Append(CultureInfo.InvariantCulture, $"<table xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" id=\"{id}\" name=\"{navn}\" displayName=\"{navn}\" ref=\"{omraade}\" totalsRowShown=\"0\">");
        sb.Append(CultureInfo.InvariantCulture, $"<autoFilter ref=\"{omraade}\"/><tableColumns count=\"{kolonner.Count}\">");
        for (var i = 0; i < kolonner.Count; i++)
            sb.Append(CultureInfo.InvariantCulture, $"<tableColumn id=\"{i + 1}\" name=\"").Append(Escape(kolonner[i])).Append("\"/>");
        sb.Append("</tableColumns><tableStyleInfo name=\"TableStyleMedium2\" showFirstColumn=\"0\" showLastColumn=\"0\" showRowStripes=\"1\" showColumnStripes=\"0\"/></table>");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>A sheet name as a formula reference: 'Hele landet'.</summary>
    public static string Henvisning(string ark) => "'" + ark.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string Adresse(int raekke, int kolonne)
    {
        var navn = "";
        for (var k = kolonne; k > 0; k = (k - 1) / 26) navn = (char)('A' + (k - 1) % 26) + navn;
        return navn + raekke.ToString(CultureInfo.InvariantCulture);
    }

    private static bool ErSorteret(List<Celle> l)
    {
        for (var i = 1; i < l.Count; i++) if (l[i - 1].Kolonne >= l[i].Kolonne) return false;
        return true;
    }

    private static void Kolonne(StreamWriter w, int k)
    {
        if (k > 26) Kolonne(w, (k - 1) / 26);
        w.Write((char)('A' + (k - 1) % 26));
    }

    private static void Heltal(StreamWriter w, int v, char[] buf)
    {
        v.TryFormat(buf, out var n, default, CultureInfo.InvariantCulture);
        w.Write(buf, 0, n);
    }

    /// <summary>Text for XML: the five entities, and control characters XML cannot hold dropped.</summary>
    public static string Escape(string t)
    {
        var sb = (StringBuilder?)null;
        for (var i = 0; i < t.Length; i++)
        {
            var ch = t[i];
            string? erstat = ch switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&apos;", _ when ch < ' ' && ch != '\t' && ch != '\n' && ch != '\r' => "", _ => null };
            if (erstat is null) { sb?.Append(ch); continue; }
            sb ??= new StringBuilder(t, 0, i, t.Length + 16);
            sb.Append(erstat);
        }
        return sb?.ToString() ?? t;
    }
}
