using System.Text;
using System.Xml.Linq;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Tokens;

namespace Rapportering.Tests.Infrastructure;

/// <summary>
/// The machine-checkable part of PDF/UA-1 that matters for our reports, read from the file's
/// objects with PdfPig and independent of whatever wrote the PDF. veraPDF, the reference
/// checker, cannot be installed here (no Maven), so this follows its PDF/UA-1 rules (ISO 14289-1
/// clause numbers in the findings) for what our documents use: the catalog's flags and XMP, every
/// painted thing marked as content or artifact, marked content reached from the structure tree
/// through the parent tree, structure elements that point to their parents, standard types,
/// headings without skipped levels, figures with alternative text, tables made of rows and cells,
/// links in the structure with a description, and fonts embedded with a Unicode map.
/// </summary>
public static class PdfUaKontrol
{
    private static readonly HashSet<string> StandardTyper = [.. ("Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private "
        + "P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot "
        + "Ruby RB RT RP Warichu WT WP Figure Formula Form").Split(' ')];

    private static readonly HashSet<string> Maler = ["Tj", "TJ", "'", "\"", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "Do", "sh", "BI"];

    /// <summary>What the check looked at: a pass over nothing is no pass.</summary>
    public sealed record Omfang(int Elementer, int MarkeretIndhold, int Links, int Skrifter);

    /// <summary>Every finding as "clause: what, where"; empty when the file passes.</summary>
    public static IReadOnlyList<string> Fund(byte[] fil) => Kontroller(fil).Fund;

    public static (IReadOnlyList<string> Fund, Omfang Omfang) Kontroller(byte[] fil)
    {
        using var pdf = PdfDocument.Open(fil);
        var k = new Kontrol(pdf);
        k.Katalog();
        var traeet = k.Struktur();
        k.Sider(traeet);
        return (k.Fundene, new Omfang(traeet.Count, k.Mcider, k.Links, k.Skrifter));
    }

    private sealed class Kontrol(PdfDocument pdf)
    {
        public List<string> Fundene { get; } = [];
        public int Mcider { get; private set; }
        public int Links { get; private set; }
        public int Skrifter { get; private set; }
        private readonly DictionaryToken _katalog = pdf.Structure.Catalog.CatalogDictionary;
        private Dictionary<int, IToken> _foraeldre = [];

        private IToken Slaa(IToken? t) => t is IndirectReferenceToken r ? pdf.Structure.GetObject(r.Data).Data : t ?? NullToken.Instance;

        private DictionaryToken? Ordbog(DictionaryToken d, string noegle) =>
            d.Data.TryGetValue(noegle, out var v) ? Slaa(v) as DictionaryToken : null;

        private static string? Navn(DictionaryToken d, string noegle) =>
            d.Data.TryGetValue(noegle, out var v) && v is NameToken n ? n.Data : null;

        private void Fund(string afsnit, string hvad) => Fundene.Add($"{afsnit}: {hvad}");

        public void Katalog()
        {
            var mark = Ordbog(_katalog, "MarkInfo");
            if (mark is null || !(mark.Data.TryGetValue("Marked", out var m) && m is BooleanToken { Data: true }))
                Fund("7.1-1", "/MarkInfo /Marked er ikke true");
            if (mark is not null && mark.Data.TryGetValue("Suspects", out var s) && s is BooleanToken { Data: true })
                Fund("7.1-2", "/MarkInfo /Suspects er true");
            if (!(Ordbog(_katalog, "ViewerPreferences") is { } vp && vp.Data.TryGetValue("DisplayDocTitle", out var d) && d is BooleanToken { Data: true }))
                Fund("7.1-10", "/ViewerPreferences /DisplayDocTitle er ikke true");
            if (!(_katalog.Data.TryGetValue("Lang", out var lang) && Slaa(lang) is StringToken { Data.Length: > 0 }))
                Fund("7.2-34", "katalogets /Lang mangler");
            if (!pdf.TryGetXmpMetadata(out var xmp))
            {
                Fund("7.1-8", "ingen XMP-metadata");
                return;
            }
            var x = XDocument.Parse(Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray()).TrimStart('\uFEFF'));
            if (x.Descendants(XName.Get("part", "http://www.aiim.org/pdfua/ns/id/")).SingleOrDefault()?.Value != "1")
                Fund("5-1", "XMP har ikke pdfuaid:part 1");
            if (string.IsNullOrWhiteSpace(x.Descendants(XName.Get("title", "http://purl.org/dc/elements/1.1/")).FirstOrDefault()?.Value))
                Fund("7.1-9", "XMP har ingen dc:title");
        }

        /// <summary>Walks the structure tree; returns the elements by their object number.</summary>
        public Dictionary<long, DictionaryToken> Struktur()
        {
            var elementer = new Dictionary<long, DictionaryToken>();
            if (!_katalog.Data.TryGetValue("StructTreeRoot", out var rodRef) || Slaa(rodRef) is not DictionaryToken rod)
            {
                Fund("7.1-1", "intet strukturtræ (/StructTreeRoot)");
                return elementer;
            }
            var rolleKort = Ordbog(rod, "RoleMap");
            if (Ordbog(rod, "ParentTree") is { } pt) _foraeldre = Tal(pt);
            else Fund("7.1-1", "strukturtræet har intet /ParentTree");
            var overskrifter = new List<int>();
            void Gaa(IToken kid, IndirectReferenceToken? forælder)
            {
                if (kid is not IndirectReferenceToken r || Slaa(r) is not DictionaryToken e || Navn(e, "S") is not { } type) return;
                elementer[r.Data.ObjectNumber] = e;
                if (forælder is not null && !(e.Data.TryGetValue("P", out var p) && p is IndirectReferenceToken pr && pr.Data.Equals(forælder.Data)))
                    Fund("7.1-1", $"{type} (objekt {r.Data.ObjectNumber}) peger ikke på sin forælder med /P");
                var standard = rolleKort is not null && Navn(rolleKort, type) is { } rolle ? rolle : type;
                if (!StandardTyper.Contains(standard)) Fund("7.1-5", $"strukturtypen {type} er ikke standard og ikke i /RoleMap");
                if (standard.Length == 2 && standard[0] == 'H' && char.IsAsciiDigit(standard[1])) overskrifter.Add(standard[1] - '0');
                if (standard == "Figure" && !(e.Data.TryGetValue("Alt", out var alt) && Slaa(alt) is StringToken { Data.Length: > 0 })
                    && !e.Data.ContainsKey("ActualText"))
                    Fund("7.3-1", $"en Figure (objekt {r.Data.ObjectNumber}) har ingen alternativ tekst");
                var boern = Boern(e).ToList();
                var under = boern.OfType<IndirectReferenceToken>().Select(b => Slaa(b) as DictionaryToken).OfType<DictionaryToken>()
                    .Select(b => Navn(b, "S")).OfType<string>().Where(t => t.Length > 0).ToList();
                if (standard == "TR" && under.Any(t => t is not ("TH" or "TD"))) Fund("7.5-1", "en TR har andet end TH og TD");
                if (standard is "THead" or "TBody" or "TFoot" && under.Any(t => t != "TR")) Fund("7.5-1", $"en {standard} har andet end TR");
                if (standard == "Table" && under.Any(t => t is not ("TR" or "THead" or "TBody" or "TFoot" or "Caption")))
                    Fund("7.5-1", "en Table har andet end rækker, rækkegrupper og Caption");
                if (standard == "Link" && !boern.Any(b => Slaa(b) is DictionaryToken o && Navn(o, "Type") == "OBJR"))
                    Fund("7.18.5-1", $"et Link (objekt {r.Data.ObjectNumber}) har ingen annotation (OBJR)");
                foreach (var b in boern.OfType<IndirectReferenceToken>()) Gaa(b, r);
            }
            foreach (var kid in Boern(rod)) Gaa(kid, rodRef as IndirectReferenceToken);
            if (overskrifter.Count > 0 && overskrifter[0] != 1) Fund("7.4.2-1", $"den første overskrift er H{overskrifter[0]}, ikke H1");
            for (var i = 1; i < overskrifter.Count; i++)
                if (overskrifter[i] > overskrifter[i - 1] + 1)
                    Fund("7.4.2-1", $"overskriftsniveau springes over: H{overskrifter[i - 1]} efterfulgt af H{overskrifter[i]}");
            return elementer;
        }

        /// <summary>An element's /K as a list (a single kid or an array).</summary>
        private IEnumerable<IToken> Boern(DictionaryToken e) =>
            !e.Data.TryGetValue("K", out var k) ? [] : Slaa(k) is ArrayToken a ? a.Data : [k];

        /// <summary>A number tree flattened: /Nums pairs, through /Kids.</summary>
        private Dictionary<int, IToken> Tal(DictionaryToken node)
        {
            var ud = new Dictionary<int, IToken>();
            if (node.Data.TryGetValue("Nums", out var nums) && Slaa(nums) is ArrayToken a)
                for (var i = 0; i + 1 < a.Data.Count; i += 2)
                    if (a.Data[i] is NumericToken n) ud[n.Int] = a.Data[i + 1];
            if (node.Data.TryGetValue("Kids", out var kids) && Slaa(kids) is ArrayToken ka)
                foreach (var kid in ka.Data)
                    if (Slaa(kid) is DictionaryToken kd)
                        foreach (var (nr, v) in Tal(kd)) ud[nr] = v;
            return ud;
        }

        private List<IndirectReferenceToken> SideReferencer()
        {
            var ud = new List<IndirectReferenceToken>();
            void Gaa(IToken t)
            {
                if (t is not IndirectReferenceToken r || Slaa(r) is not DictionaryToken d) return;
                if (Navn(d, "Type") == "Page") ud.Add(r);
                else if (d.Data.TryGetValue("Kids", out var kids) && Slaa(kids) is ArrayToken a)
                    foreach (var kid in a.Data) Gaa(kid);
            }
            Gaa(_katalog.Data["Pages"]);
            return ud;
        }

        public void Sider(Dictionary<long, DictionaryToken> elementer)
        {
            var sider = SideReferencer();
            for (var nr = 1; nr <= pdf.NumberOfPages; nr++)
            {
                var side = pdf.GetPage(nr);
                var sideRef = sider[nr - 1];
                var mcider = Indhold(side, nr);
                var sideDict = side.Dictionary;
                if (mcider.Count > 0)
                {
                    if (!(sideDict.Data.TryGetValue("StructParents", out var sp) && sp is NumericToken spn))
                        Fund("7.1-1", $"side {nr} har mærket indhold men ingen /StructParents");
                    else if (!_foraeldre.TryGetValue(spn.Int, out var liste) || Slaa(liste) is not ArrayToken arr)
                        Fund("7.1-1", $"side {nr}: forældretræet har ingen liste for /StructParents {spn.Int}");
                    else
                        foreach (var mcid in mcider)
                        {
                            Mcider++;
                            Mcid(nr, sideRef, mcid, arr, elementer);
                        }
                }
                Annotationer(nr, sideDict);
                Fonte(nr, sideDict);
            }
        }

        /// <summary>Every painting operator inside marked content; the page's MCIDs.</summary>
        private List<int> Indhold(UglyToad.PdfPig.Content.Page side, int nr)
        {
            var mcider = new List<int>();
            var dybde = 0;
            var umaerket = new HashSet<string>();
            foreach (var op in side.Operations)
            {
                switch (op)
                {
                    case BeginMarkedContentWithProperties bdc:
                        dybde++;
                        if (bdc.Properties is { } p && p.Data.TryGetValue("MCID", out var id) && id is NumericToken n) mcider.Add(n.Int);
                        break;
                    case BeginMarkedContent:
                        dybde++;
                        break;
                    case EndMarkedContent:
                        dybde--;
                        break;
                    default:
                        if (dybde <= 0 && Maler.Contains(op.Operator)) umaerket.Add(op.Operator);
                        break;
                }
            }
            if (umaerket.Count > 0) Fund("7.1-3", $"side {nr} tegner uden for mærket indhold ({string.Join(" ", umaerket.Order())})");
            if (mcider.Count != mcider.Distinct().Count()) Fund("7.1-1", $"side {nr} bruger samme MCID to gange");
            return mcider;
        }

        private void Mcid(int nr, IndirectReferenceToken side, int mcid, ArrayToken liste, Dictionary<long, DictionaryToken> elementer)
        {
            if (mcid >= liste.Data.Count || liste.Data[mcid] is not IndirectReferenceToken er || !elementer.TryGetValue(er.Data.ObjectNumber, out var e))
            {
                Fund("7.1-1", $"side {nr}: MCID {mcid} fører ikke til et element i strukturtræet");
                return;
            }
            var pg = e.Data.TryGetValue("Pg", out var p) ? p as IndirectReferenceToken : null;
            var fundet = Boern(e).Any(b => b is NumericToken n && n.Int == mcid && pg?.Data.Equals(side.Data) == true
                || Slaa(b) is DictionaryToken mcr && Navn(mcr, "Type") == "MCR" && mcr.Data.TryGetValue("MCID", out var m) && m is NumericToken mn
                    && mn.Int == mcid && ((mcr.Data.TryGetValue("Pg", out var mp) ? mp as IndirectReferenceToken : pg)?.Data.Equals(side.Data) == true));
            if (!fundet) Fund("7.1-1", $"side {nr}: elementet for MCID {mcid} nævner ikke det MCID på denne side");
        }

        private void Annotationer(int nr, DictionaryToken sideDict)
        {
            if (!sideDict.Data.TryGetValue("Annots", out var annots) || Slaa(annots) is not ArrayToken a || a.Data.Count == 0) return;
            if (Navn(sideDict, "Tabs") != "S") Fund("7.18.3-1", $"side {nr} har annotationer men /Tabs er ikke /S");
            foreach (var aRef in a.Data.OfType<IndirectReferenceToken>())
            {
                if (Slaa(aRef) is not DictionaryToken annot || Navn(annot, "Subtype") is "Popup" or null) continue;
                if (Navn(annot, "Subtype") == "Link") Links++;
                if (Navn(annot, "Subtype") == "Link" && !(annot.Data.TryGetValue("Contents", out var c) && Slaa(c) is StringToken { Data.Length: > 0 }))
                    Fund("7.18.5-2", $"side {nr}: et link har ingen beskrivelse (/Contents)");
                if (!(annot.Data.TryGetValue("StructParent", out var sp) && sp is NumericToken n
                      && _foraeldre.TryGetValue(n.Int, out var er) && Slaa(er) is DictionaryToken e
                      && Boern(e).Any(b => Slaa(b) is DictionaryToken o && Navn(o, "Type") == "OBJR" && o.Data.TryGetValue("Obj", out var obj)
                          && obj is IndirectReferenceToken or && or.Data.Equals(aRef.Data))))
                    Fund("7.18.1-2", $"side {nr}: en {Navn(annot, "Subtype")}-annotation er ikke i strukturtræet");
            }
        }

        private void Fonte(int nr, DictionaryToken sideDict)
        {
            if (Ordbog(sideDict, "Resources") is not { } res || Ordbog(res, "Font") is not { } fonte) return;
            foreach (var (navn, fRef) in fonte.Data)
            {
                if (Slaa(fRef) is not DictionaryToken font) continue;
                Skrifter++;
                var type = Navn(font, "Subtype");
                var beskriver = font;
                if (type == "Type0")
                {
                    if (!font.Data.ContainsKey("ToUnicode")) Fund("7.21.7-1", $"side {nr}: skriften {navn} har ingen /ToUnicode");
                    if (!(font.Data.TryGetValue("DescendantFonts", out var df) && Slaa(df) is ArrayToken { Data.Count: 1 } dfa
                          && Slaa(dfa.Data[0]) is DictionaryToken cid))
                    {
                        Fund("7.21.3.1-1", $"side {nr}: skriften {navn} har ingen CID-skrift");
                        continue;
                    }
                    if (Navn(cid, "Subtype") == "CIDFontType2" && !cid.Data.ContainsKey("CIDToGIDMap"))
                        Fund("7.21.3.2-1", $"side {nr}: skriften {navn} har ingen /CIDToGIDMap");
                    beskriver = cid;
                }
                var fd = Ordbog(beskriver, "FontDescriptor");
                if (fd is null || !(fd.Data.ContainsKey("FontFile") || fd.Data.ContainsKey("FontFile2") || fd.Data.ContainsKey("FontFile3")))
                    Fund("7.21.4.1-1", $"side {nr}: skriften {navn} er ikke indlejret");
            }
        }
    }
}
