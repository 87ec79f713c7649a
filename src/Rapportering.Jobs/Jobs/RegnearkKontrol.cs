using System.IO.Compression;
using System.Xml;

namespace Rapportering.Jobs.Jobs;

/// <summary>
/// The workbook part of the verify step, without loading the workbook: what a spreadsheet program
/// needs to open it — a whole zip whose every part reads back, a content type for every part, the
/// package's relationship to the workbook, the workbook's sheets each pointing at a worksheet part,
/// every XML part well-formed — and the sheets the report should have, by name and in order.
/// Returns the problems in Danish (never an exception's text); empty = fit to deliver.
/// </summary>
internal static class RegnearkKontrol
{
    private const string TypeNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string DokumentRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private const string RNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string ArkNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string ArbejdsbogType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const string ArkType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private const string Aabnes = "regnearket kan ikke åbnes: ";

    private static readonly XmlReaderSettings Laeser = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };

    public static IReadOnlyList<string> Fejl(byte[] xlsx, IReadOnlyList<string>? ventedeArk)
    {
        Dictionary<string, byte[]> dele;
        try
        {
            dele = Dele(xlsx);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException)
        {
            return [Aabnes + "det er ikke en hel zip-fil"];
        }

        var fejl = new List<string>();
        foreach (var (navn, indhold) in dele)
            if ((navn.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || navn.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)) && !ErXml(indhold))
                fejl.Add(Aabnes + $"delen {navn} er ikke gyldig XML");
        if (fejl.Count > 0) return fejl;

        if (!dele.TryGetValue("[Content_Types].xml", out var typerXml)) return [Aabnes + "[Content_Types].xml mangler"];
        var typer = Indholdstyper(Dokument(typerXml));
        foreach (var navn in dele.Keys.Where(n => n != "[Content_Types].xml" && typer(n) is null))
            fejl.Add(Aabnes + $"delen {navn} har ingen indholdstype");

        if (!dele.TryGetValue("_rels/.rels", out var pakkeRels)) return [.. fejl, Aabnes + "_rels/.rels mangler"];
        var bog = Relationer(Dokument(pakkeRels), "").FirstOrDefault(r => r.Type == DokumentRel).Maal;
        if (bog is null || !dele.TryGetValue(bog, out var bogXml)) return [.. fejl, Aabnes + "projektmappen (xl/workbook.xml) mangler"];
        if (typer(bog) != ArbejdsbogType) fejl.Add(Aabnes + $"{bog} har ikke en projektmappes indholdstype");

        var ark = Dokument(bogXml).GetElementsByTagName("sheet", ArkNs).Cast<XmlElement>().ToList();
        if (ark.Count == 0) return [.. fejl, "regnearket har ingen ark"];
        var bogRels = RelsTil(bog) is { } sti && dele.TryGetValue(sti, out var r) ? Relationer(Dokument(r), Mappe(bog)).ToDictionary(x => x.Id, x => x.Maal) : [];
        foreach (var a in ark)
        {
            var navn = a.GetAttribute("name");
            if (!bogRels.TryGetValue(a.GetAttribute("id", RNs), out var maal) || !dele.ContainsKey(maal))
                fejl.Add(Aabnes + $"arket \"{navn}\" peger på en del, der mangler");
            else if (typer(maal) != ArkType)
                fejl.Add(Aabnes + $"arket \"{navn}\" peger på {maal}, som ikke er et regneark");
        }

        var navne = ark.Select(a => a.GetAttribute("name")).ToList();
        foreach (var dobbelt in navne.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            fejl.Add(Aabnes + $"to ark hedder \"{dobbelt.Key}\"");
        if (ventedeArk is not null) fejl.AddRange(ArkNavne(navne, ventedeArk));
        return fejl;
    }

    /// <summary>Every entry read to its end: a cut or damaged entry fails its length or checksum here.</summary>
    private static Dictionary<string, byte[]> Dele(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx, writable: false), ZipArchiveMode.Read);
        var dele = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
        {
            using var s = e.Open();
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            dele[e.FullName] = ms.ToArray();
        }
        return dele;
    }

    private static bool ErXml(byte[] indhold)
    {
        try
        {
            using var r = XmlReader.Create(new MemoryStream(indhold, writable: false), Laeser);
            while (r.Read()) { }
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static XmlDocument Dokument(byte[] indhold)
    {
        var d = new XmlDocument { XmlResolver = null };
        using var r = XmlReader.Create(new MemoryStream(indhold, writable: false), Laeser);
        d.Load(r);
        return d;
    }

    /// <summary>A part's content type: its Override, else its extension's Default; null when neither.</summary>
    private static Func<string, string?> Indholdstyper(XmlDocument d)
    {
        var standard = d.GetElementsByTagName("Default", TypeNs).Cast<XmlElement>()
            .GroupBy(e => e.GetAttribute("Extension"), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().GetAttribute("ContentType"), StringComparer.OrdinalIgnoreCase);
        var saerlig = d.GetElementsByTagName("Override", TypeNs).Cast<XmlElement>()
            .GroupBy(e => e.GetAttribute("PartName").TrimStart('/'), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().GetAttribute("ContentType"), StringComparer.OrdinalIgnoreCase);
        return del => saerlig.TryGetValue(del, out var t) ? t : standard.GetValueOrDefault(Path.GetExtension(del).TrimStart('.'));
    }

    private static IEnumerable<(string Id, string Type, string Maal)> Relationer(XmlDocument d, string mappe) =>
        d.GetElementsByTagName("Relationship", RelNs).Cast<XmlElement>()
            .Where(e => e.GetAttribute("TargetMode") != "External")
            .Select(e => (e.GetAttribute("Id"), e.GetAttribute("Type"), Opslaa(mappe, e.GetAttribute("Target"))));

    /// <summary>A relationship's target as a zip entry name: "/xl/workbook.xml" from the root, "worksheets/sheet1.xml" from the source's folder.</summary>
    private static string Opslaa(string mappe, string maal)
    {
        var dele = new List<string>();
        foreach (var d in (maal.StartsWith('/') ? maal : mappe + maal).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (d == "..") { if (dele.Count > 0) dele.RemoveAt(dele.Count - 1); }
            else if (d != ".") dele.Add(d);
        }
        return string.Join('/', dele);
    }

    private static string Mappe(string del) => del.Contains('/') ? del[..(del.LastIndexOf('/') + 1)] : "";

    private static string RelsTil(string del) => $"{Mappe(del)}_rels/{Path.GetFileName(del)}.rels";

    private static IEnumerable<string> ArkNavne(IReadOnlyList<string> har, IReadOnlyList<string> venter)
    {
        var mangler = venter.Except(har, StringComparer.Ordinal).ToList();
        var uventede = har.Except(venter, StringComparer.Ordinal).ToList();
        foreach (var n in mangler) yield return $"regnearket mangler arket \"{n}\"";
        foreach (var n in uventede) yield return $"regnearket har et ark, der ikke var ventet: \"{n}\"";
        if (mangler.Count == 0 && uventede.Count == 0 && !har.SequenceEqual(venter, StringComparer.Ordinal))
            yield return "regnearkets ark står i en anden rækkefølge end rapportens";
    }
}
