using System.Globalization;
using System.Text;

namespace Rapportering.Rendering.Xlsx;

/// <summary>The look of one streamed cell: number format, font, fill, top or bottom border, alignment, wrapping. Colours as "RRGGBB".</summary>
internal readonly record struct Stil(
    string? Format = null,
    bool Fed = false,
    bool Kursiv = false,
    double Stoerrelse = 11,
    string? Farve = null,
    string? Fyld = null,
    bool TopKant = false,
    string? Vandret = null,
    bool Understreg = false,
    bool BundKant = false,
    string? Lodret = null,
    bool Ombryd = false)
{
    // Through the primary constructor: `new()` on a record struct would skip its defaults (size 0, not 11).
    public static readonly Stil Standard = new(Format: null);
    public static readonly Stil Hoejre = new(Vandret: "right");
    public static readonly Stil Centreret = new(Vandret: "center");
}

/// <summary>
/// The stylesheet of a streamed workbook: each distinct <see cref="Stil"/> gets a cellXfs index
/// the first time it is used (index 0 is the default), with its font, fill, border and number
/// format; <see cref="Xml"/> writes styles.xml. Same cells in the same order → same bytes.
/// </summary>
internal sealed class StroemStile
{
    private readonly Dictionary<Stil, int> _xf = new() { [Stil.Standard] = 0 };
    private readonly List<Stil> _stile = [Stil.Standard];
    private readonly List<(bool Fed, bool Kursiv, double Stoerrelse, string? Farve, bool Understreg)> _fonte = [(false, false, 11, null, false)];
    private readonly List<string?> _fyld = [null, null]; // none and gray125 are required first
    private readonly List<string> _formater = [];
    private bool _bundKant;

    public int Nr(Stil s)
    {
        if (_xf.TryGetValue(s, out var n)) return n;
        _stile.Add(s);
        return _xf[s] = _stile.Count - 1;
    }

    private static int Indeks<T>(List<T> liste, T v, int fra = 0)
    {
        var i = liste.IndexOf(v, fra);
        if (i >= 0) return i;
        liste.Add(v);
        return liste.Count - 1;
    }

    public byte[] Xml()
    {
        var xfs = new StringBuilder();
        foreach (var s in _stile)
        {
            var font = Indeks(_fonte, (s.Fed, s.Kursiv, s.Stoerrelse, s.Farve, s.Understreg));
            var fyld = s.Fyld is null ? 0 : Indeks(_fyld, s.Fyld, 2);
            var format = s.Format is { Length: > 0 } f ? 164 + Indeks(_formater, f) : 0;
            var kant = s.TopKant ? 1 : s.BundKant ? 2 : 0;
            _bundKant |= kant == 2;
            xfs.Append(CultureInfo.InvariantCulture, $"<xf numFmtId=\"{format}\" fontId=\"{font}\" fillId=\"{fyld}\" borderId=\"{kant}\" xfId=\"0\"");
            if (format != 0) xfs.Append(" applyNumberFormat=\"1\"");
            if (font != 0) xfs.Append(" applyFont=\"1\"");
            if (fyld != 0) xfs.Append(" applyFill=\"1\"");
            if (kant != 0) xfs.Append(" applyBorder=\"1\"");
            if (s.Vandret is null && s.Lodret is null && !s.Ombryd) { xfs.Append("/>"); continue; }
            xfs.Append(" applyAlignment=\"1\"><alignment");
            if (s.Vandret is { } v) xfs.Append(" horizontal=\"").Append(v).Append('"');
            if (s.Lodret is { } l) xfs.Append(" vertical=\"").Append(l).Append('"');
            if (s.Ombryd) xfs.Append(" wrapText=\"1\"");
            xfs.Append("/></xf>");
        }

        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        sb.Append("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        if (_formater.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<numFmts count=\"{_formater.Count}\">");
            for (var i = 0; i < _formater.Count; i++)
                sb.Append(CultureInfo.InvariantCulture, $"<numFmt numFmtId=\"{164 + i}\" formatCode=\"").Append(StroemArk.Escape(_formater[i])).Append("\"/>");
            sb.Append("</numFmts>");
        }
        sb.Append(CultureInfo.InvariantCulture, $"<fonts count=\"{_fonte.Count}\">");
        foreach (var (fed, kursiv, stoerrelse, farve, understreg) in _fonte)
        {
            sb.Append("<font>");
            if (fed) sb.Append("<b/>");
            if (kursiv) sb.Append("<i/>");
            if (understreg) sb.Append("<u/>");
            sb.Append(CultureInfo.InvariantCulture, $"<sz val=\"{stoerrelse}\"/>");
            if (farve is not null) sb.Append("<color rgb=\"FF").Append(farve).Append("\"/>");
            sb.Append("<name val=\"Calibri\"/><family val=\"2\"/></font>");
        }
        sb.Append(CultureInfo.InvariantCulture, $"</fonts><fills count=\"{_fyld.Count}\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>");
        foreach (var f in _fyld.Skip(2))
            sb.Append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF").Append(f).Append("\"/><bgColor indexed=\"64\"/></patternFill></fill>");
        // None and top are always there (the comparison workbook's bytes); bottom only when a cell has it.
        sb.Append(CultureInfo.InvariantCulture, $"</fills><borders count=\"{(_bundKant ? 3 : 2)}\"><border><left/><right/><top/><bottom/><diagonal/></border>");
        sb.Append("<border><left/><right/><top style=\"thin\"><color indexed=\"64\"/></top><bottom/><diagonal/></border>");
        if (_bundKant) sb.Append("<border><left/><right/><top/><bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/></border>");
        sb.Append("</borders>");
        sb.Append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>");
        sb.Append(CultureInfo.InvariantCulture, $"<cellXfs count=\"{_stile.Count}\">").Append(xfs).Append("</cellXfs>");
        sb.Append("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>");
        sb.Append("<dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium2\" defaultPivotStyle=\"PivotStyleLight16\"/></styleSheet>");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
