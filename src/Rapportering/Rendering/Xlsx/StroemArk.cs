using System.Globalization;
using System.Text;
using Rapportering.Figures;
using Rapportering.Templates;

namespace Rapportering.Rendering.Xlsx;

/// <summary>
/// One sheet of a <see cref="StroemPakke"/>: typed cells (numbers with their format, date
/// serials, shared-string text) written as &lt;sheetData&gt; XML the moment they are given, row
/// after row and left to right (no cell objects: 1,3 mio. cells for the comparison's tidy
/// table); at save the sheet's head (used range, frozen panes, column widths measured meanwhile)
/// goes before them and the filter or table, links, print set-up, notes and charts after them.
/// </summary>
internal sealed class StroemArk : ICeller
{
    private readonly StroemPakke pakke;
    private readonly MemoryStream _data = new();
    private readonly StreamWriter _w;
    private readonly char[] _buf = new char[32];
    private int _raekke;
    private int _kolonne;

    public StroemArk(string navn, StroemPakke pakke)
    {
        Navn = navn;
        this.pakke = pakke;
        _w = new StreamWriter(_data, new UTF8Encoding(false), StroemPakke.Buffer);
    }

    private readonly Dictionary<int, double> _bredder = [];
    private readonly Dictionary<int, int> _kolonneStil = [];
    private readonly Dictionary<int, double> _hoejder = [];
    private readonly List<(int Raekke, int Kolonne, string Ark)> _links = [];
    private readonly List<(int Raekke, int Kolonne, string Tekst)> _noter = [];
    private readonly List<Linjediagram> _diagrammer = [];

    public string Navn { get; }
    public int SidsteRaekke { get; private set; }
    public int SidsteKolonne { get; private set; }
    public (int Raekker, int Kolonner)? Frys { get; set; }
    /// <summary>A plain autofilter over rows fra..til, columns 1..kolonner.</summary>
    public (int Fra, int Til, int Kolonner)? Filter { get; set; }
    /// <summary>A table (with its own filter and row stripes) over rows fra..til; the header row's texts name its columns.</summary>
    public (string Navn, int Fra, int Til, IReadOnlyList<string> Kolonner)? Tabel { get; set; }
    /// <summary>The row repeated at the top of every printed page.</summary>
    public int? Udskriftsraekke { get; set; }
    /// <summary>The notes (comments) on cells, in the order given.</summary>
    public IReadOnlyList<(int Raekke, int Kolonne, string Tekst)> Noter => _noter;
    /// <summary>The native charts anchored on this sheet, in the order given.</summary>
    public IReadOnlyList<Linjediagram> Diagrammer => _diagrammer;

    public void Skriv(int raekke, int kolonne, string tekst, Stil stil)
    {
        if (_optaget is { } o) o.Add(new(raekke, kolonne, stil, tekst, 0));
        else Celle(raekke, kolonne, pakke.Stile.Nr(stil), true, pakke.Streng(tekst));
    }

    public void Skriv(int raekke, int kolonne, double tal, Stil stil)
    {
        if (_optaget is { } o) o.Add(new(raekke, kolonne, stil, null, tal));
        else Celle(raekke, kolonne, pakke.Stile.Nr(stil), false, tal);
    }

    /// <summary>A cell with a look and no value (a highlighted row's empty cells).</summary>
    public void Tom(int raekke, int kolonne, Stil stil) => Skriv(raekke, kolonne, double.NaN, stil);

    private readonly record struct Optaget(int Raekke, int Kolonne, Stil Stil, string? Tekst, double Tal);
    private List<Optaget>? _optaget;

    /// <summary>
    /// From now on the cells are kept (text or number, and look) instead of written: a sheet built on
    /// another thread while the package's strings and styles belong to one that writes. <see cref="Afspil"/>
    /// writes them later on the owning thread; the same cells in the same order give the same bytes.
    /// </summary>
    public void Optag() => _optaget = [];

    /// <summary>Writes the kept cells, in the order they were given.</summary>
    public void Afspil()
    {
        var optaget = _optaget ?? throw new InvalidOperationException($"Arket {Navn} optager ikke");
        _optaget = null;
        foreach (var c in optaget)
            if (c.Tekst is { } tekst) Skriv(c.Raekke, c.Kolonne, tekst, c.Stil);
            else Skriv(c.Raekke, c.Kolonne, c.Tal, c.Stil);
    }
    public void Link(int raekke, int kolonne, string ark, string tekst, Stil stil)
    {
        Skriv(raekke, kolonne, tekst, stil);
        _links.Add((raekke, kolonne, ark));
    }

    /// <summary>A column's width in characters; written with the cell padding ClosedXML adds (and subtracts on reading), so both read back alike.</summary>
    public void Bredde(int kolonne, double bredde) => _bredder[kolonne] = bredde + 0.710625;

    /// <summary>The look of a column's empty cells (Definitioner's wrapped columns); written on its width.</summary>
    public void KolonneStil(int kolonne, Stil stil) => _kolonneStil[kolonne] = pakke.Stile.Nr(stil);

    /// <summary>A row's height in points; given before the row's first cell (the row is written with it).</summary>
    public void Hoejde(int raekke, double punkter)
    {
        if (raekke <= _raekke) throw new InvalidOperationException($"Arket {Navn}: højden for række {raekke} kommer efter rækken");
        _hoejder[raekke] = punkter;
    }

    /// <summary>A note (comment) on a cell, written as the comments part and its VML shape.</summary>
    public void Note(int raekke, int kolonne, string tekst) => _noter.Add((raekke, kolonne, tekst));

    /// <summary>A native chart over cells of this sheet.</summary>
    public void Diagram(Linjediagram diagram) => _diagrammer.Add(diagram);

    public void Tekst(int raekke, int kolonne, string tekst)
    {
        if (_optaget is { } o) o.Add(new(raekke, kolonne, Stil.Standard, tekst, 0));
        else Celle(raekke, kolonne, 0, true, pakke.Streng(tekst));
    }

    public void Tal(int raekke, int kolonne, decimal vaerdi, string format) => Tal(raekke, kolonne, (double)vaerdi, format);
    public void Dato(int raekke, int kolonne, DateTime dato, string format) => Tal(raekke, kolonne, dato.ToOADate(), format);

    private void Tal(int raekke, int kolonne, double tal, string format)
    {
        if (_optaget is { } o) o.Add(new(raekke, kolonne, new Stil(format), null, tal));
        else Celle(raekke, kolonne, FormatNr(format), false, tal);
    }
    public void Maerke(int raekke, int kolonne, Hul hul) => Skriv(raekke, kolonne, Formatering.Maerke(hul), Stil.Hoejre);

    // The tidy rows use a handful of format strings, the same instances row after row: looked up by reference before hashing a Stil.
    private readonly List<(string Format, int Nr)> _formatNr = [];

    private int FormatNr(string format)
    {
        foreach (var (f, nr) in _formatNr)
            if (ReferenceEquals(f, format)) return nr;
        var n = pakke.Stile.Nr(new Stil(format));
        _formatNr.Add((format, n));
        return n;
    }

    /// <summary>One &lt;c&gt;: a shared string's number, a number, or (NaN) only a style. Compiled optimised at once
    /// (as the tidy table's other per-row methods): the workbook is built once per process, so tiered compilation would run it unoptimised.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void Celle(int raekke, int kolonne, int stil, bool tekst, double tal)
    {
        if (raekke < _raekke || (raekke == _raekke && kolonne <= _kolonne))
            throw new InvalidOperationException($"Arket {Navn}: celle {Adresse(raekke, kolonne)} kommer efter {Adresse(_raekke, _kolonne)}; cellerne skrives række for række, fra venstre");
        var w = _w;
        var forrige = raekke == _raekke ? _kolonne : 0;
        if (raekke != _raekke)
        {
            if (_raekke > 0) w.Write("</row>");
            w.Write("<row r=\"");
            Heltal(raekke);
            if (_hoejder.Count > 0 && _hoejder.TryGetValue(raekke, out var ht))
                w.Write(string.Create(CultureInfo.InvariantCulture, $"\" ht=\"{ht}\" customHeight=\"1\">"));
            else w.Write("\">");
            _raekke = raekke;
        }
        _kolonne = kolonne;
        SidsteRaekke = raekke;
        SidsteKolonne = Math.Max(SidsteKolonne, kolonne);
        // The cell composed in one span and handed to the writer once (1,3 mio. cells: the writer's per-call cost counts).
        Span<char> c = stackalloc char[128];
        var n = 0;
        Ind(c, ref n, "<c");
        // A cell right after the previous one needs no reference (ECMA-376 §18.3.1.4: it takes the next column); after a gap it has one.
        if (kolonne != forrige + 1)
        {
            Ind(c, ref n, " r=\"");
            Span<char> navn = stackalloc char[4];
            var i = navn.Length;
            for (var k = kolonne; k > 0; k = (k - 1) / 26) navn[--i] = (char)('A' + (k - 1) % 26);
            Ind(c, ref n, navn[i..]);
            Ind(c, ref n, raekke);
            c[n++] = '"';
        }
        if (stil != 0)
        {
            Ind(c, ref n, " s=\"");
            Ind(c, ref n, stil);
            c[n++] = '"';
        }
        if (double.IsNaN(tal)) Ind(c, ref n, "/>");
        else
        {
            Ind(c, ref n, tekst ? " t=\"s\"><v>" : "><v>");
            if (tekst) Ind(c, ref n, (int)tal);
            else
            {
                tal.TryFormat(c[n..], out var l, "R", CultureInfo.InvariantCulture);
                n += l;
            }
            Ind(c, ref n, "</v></c>");
        }
        w.Write(c[..n]);
    }

    private static void Ind(Span<char> c, ref int n, ReadOnlySpan<char> t)
    {
        t.CopyTo(c[n..]);
        n += t.Length;
    }

    private static void Ind(Span<char> c, ref int n, int v)
    {
        v.TryFormat(c[n..], out var l, default, CultureInfo.InvariantCulture);
        n += l;
    }

    /// <summary>The relationship ids of the sheet's parts (null: it has none).</summary>
    internal readonly record struct Relationer(string? Tabel = null, string? Tegning = null, string? Vml = null);

    public void SkrivXml(Stream ud, Relationer rel)
    {
        using var w = new StreamWriter(ud, new UTF8Encoding(false), StroemPakke.Buffer, leaveOpen: true);
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
                w.Write(_kolonneStil.TryGetValue(k, out var st)
                    ? string.Create(CultureInfo.InvariantCulture, $"<col min=\"{k}\" max=\"{k}\" width=\"{b}\" style=\"{st}\" customWidth=\"1\"/>")
                    : string.Create(CultureInfo.InvariantCulture, $"<col min=\"{k}\" max=\"{k}\" width=\"{b}\" customWidth=\"1\"/>"));
            w.Write("</cols>");
        }
        w.Write("<sheetData>");
        if (_raekke > 0) _w.Write("</row>");
        _w.Flush();
        w.Flush();
        _data.Position = 0;
        _data.CopyTo(ud);
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
        // The schema's order: drawing, legacyDrawing (the notes' shapes), tableParts.
        if (rel.Tegning is not null) w.Write($"<drawing r:id=\"{rel.Tegning}\"/>");
        if (rel.Vml is not null) w.Write($"<legacyDrawing r:id=\"{rel.Vml}\"/>");
        if (rel.Tabel is not null) w.Write($"<tableParts count=\"1\"><tablePart r:id=\"{rel.Tabel}\"/></tableParts>");
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

    /// <summary>xl/commentsN.xml: one author, each note as one run in the small grey-box font Excel uses.</summary>
    public byte[] NoteXml()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        sb.Append("<comments xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><authors><author>Rapportering</author></authors><commentList>");
        foreach (var (r, k, tekst) in _noter)
            sb.Append(CultureInfo.InvariantCulture, $"<comment ref=\"{Adresse(r, k)}\" authorId=\"0\"><text><r><rPr><sz val=\"9\"/><color rgb=\"FF000000\"/><rFont val=\"Tahoma\"/><family val=\"2\"/></rPr><t xml:space=\"preserve\">")
              .Append(Escape(tekst)).Append("</t></r></text></comment>");
        return Encoding.UTF8.GetBytes(sb.Append("</commentList></comments>").ToString());
    }

    /// <summary>The notes' VML shapes (Excel shows a note only through one): hidden yellow boxes beside their cells.</summary>
    /// <param name="nr">The VML part's number: its shapes get ids of their own (nr × 1024 + i).</param>
    public byte[] VmlXml(int nr)
    {
        var sb = new StringBuilder("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">");
        sb.Append("<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"").Append(nr).Append("\"/></o:shapelayout>");
        sb.Append("<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
        for (var i = 0; i < _noter.Count; i++)
        {
            var (r, k, _) = _noter[i];
            sb.Append(CultureInfo.InvariantCulture, $"<v:shape id=\"_x0000_s{nr * 1024 + 1 + i}\" type=\"#_x0000_t202\" style=\"position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:144pt;height:59.25pt;z-index:{i + 1};visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">");
            sb.Append("<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/><v:textbox/>");
            sb.Append(CultureInfo.InvariantCulture, $"<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>{k}, 15, {Math.Max(0, r - 2)}, 8, {k + 2}, 15, {r + 2}, 7</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>{r - 1}</x:Row><x:Column>{k - 1}</x:Column></x:ClientData></v:shape>");
        }
        return Encoding.UTF8.GetBytes(sb.Append("</xml>").ToString());
    }

    /// <summary>A sheet name as a formula reference: 'Hele landet'.</summary>
    public static string Henvisning(string ark) => "'" + ark.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string Adresse(int raekke, int kolonne)
    {
        var navn = "";
        for (var k = kolonne; k > 0; k = (k - 1) / 26) navn = (char)('A' + (k - 1) % 26) + navn;
        return navn + raekke.ToString(CultureInfo.InvariantCulture);
    }

    private void Heltal(int v)
    {
        v.TryFormat(_buf, out var n, default, CultureInfo.InvariantCulture);
        _w.Write(_buf, 0, n);
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
