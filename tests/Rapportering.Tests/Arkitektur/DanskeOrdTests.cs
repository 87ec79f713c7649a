using System.Text;
using System.Text.RegularExpressions;

namespace Rapportering.Tests.Arkitektur;

/// <summary>
/// Every word a reader sees comes from templates/rapport/tekster.json, so the catalog, the report
/// step, the renderers and the web front hold no Danish wording of their own. The rule reads the
/// source's string literals (comments skipped; a string inside an interpolation hole is read too):
/// a literal with æ/ø/å, or with a Danish phrase (words around "og", "af", "pr.", "ikke", "til",
/// "mangler", …), is a breach. In the web front also a word between HTML tags ("&gt;Arkiv&lt;",
/// "{titel} – Rapportering&lt;/title&gt;") or in an aria-label, alt, title or placeholder attribute.
/// A literal inside a <c>throw</c> is an error for the operator or a programmer, and one in a
/// <c>Log…(</c> call is a line of the operator's log; neither is counted, nor the few log reasons
/// named in <see cref="KunTilLoggen"/>. What it cannot see: a single Danish word without æ/ø/å
/// outside HTML ("konsulent", "Rapportering – jobs", a plain-text reply of one word), a word put
/// together from parts, and a string nested two holes deep; those are kept out by review and by the
/// tests that read the words from a kommune's own texts (KatalogTeksterTests, OrdFraSkabelonenTests,
/// WebTeksterTests).
/// </summary>
public sealed class DanskeOrdTests
{
    private static readonly Regex Dansk = new(@"[æøåÆØÅ]|[A-Za-z]{2,}[,:;]? (og|af|pr\.|ikke|til|med|der|eller|som|fra|den|det|en|et|er|i|mangler|ingen|uden|efter|samt|hvor) [A-Za-z0-9]");

    /// <summary>A word as HTML text (after a tag, or after a hole and before a tag) or in an attribute a person reads; holes are \u0001 here.</summary>
    private static readonly Regex HtmlOrd = new(@">[^<>\u0001]*[A-Za-zÆØÅæøå]{2,}|\u0001[^<>\u0001""]*[A-Za-zÆØÅæøå]{2,}[^<>\u0001]*<|(aria-label|alt|title|placeholder)=\\?""[^""\\\u0001]*[A-Za-zÆØÅæøå]{2,}");

    /// <summary>
    /// Reasons made apart from their log call: SessionKontrol returns why a session is refused, and only
    /// its log line ("Session afvist: {Grund}") says it; the user is sent to sign in again. Named one by one.
    /// </summary>
    private static readonly HashSet<string> KunTilLoggen =
        ["sessionen er afsluttet eller udløbet", "brugeren er ændret eller fjernet i konfigurationen", "tildelingen af grupper er ændret"];

    /// <summary>A hole of a string inside a hole (one level; a string nested deeper is not read apart).</summary>
    private static readonly Regex IndreHul = new(@"\{[^{}]*\}");

    private static readonly Regex LogKald = new(@"\.Log(Trace|Debug|Information|Warning|Error|Critical)\(");

    private static IEnumerable<string> CsFiler(params string[] mappe) =>
        Directory.EnumerateFiles(Path.Combine([ArkitekturTests.Src, .. mappe]), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));

    /// <summary>The report step, the catalog and the renderers (the PDF, HTML, workbooks and the JSON export).</summary>
    private static IEnumerable<string> Filer() =>
        CsFiler("Rapportering.Model", "Report")
            .Append(Path.Combine(ArkitekturTests.Src, "Rapportering.Model", "Figures", "Katalog.cs"))
            .Concat(CsFiler("Rapportering", "Rendering"));

    [Fact]
    public void Katalog_rapporttrin_og_renderere_har_ingen_danske_ord_i_koden() => IngenBrud(Filer().ToList(), 40, html: false);

    /// <summary>The web front (src/Rapportering.Jobs/Web): page frame, archive, sign-in, error pages, comparison, the exchange's replies.</summary>
    [Fact]
    public void Webfronten_har_ingen_danske_ord_i_koden() => IngenBrud(CsFiler("Rapportering.Jobs", "Web").ToList(), 20, html: true);

    private static void IngenBrud(List<string> filer, int mindst, bool html)
    {
        Assert.True(filer.Count > mindst, $"fandt kun {filer.Count} filer"); // the folders are there and were read
        var brud = filer.SelectMany(f => DanskeLiteraler(File.ReadAllText(f), html).Where(l => !KunTilLoggen.Contains(l.Tekst)).Select(l => $"{Path.GetRelativePath(ArkitekturTests.Src, f)}:{l.Linje}: \"{l.Tekst}\"")).ToList();
        Assert.True(brud.Count == 0, "Danske ord i C# (flyt dem til templates/rapport/tekster.json):\n" + string.Join("\n", brud));
    }

    [Fact]
    public void Reglen_ser_literaler_men_ikke_kommentarer_og_fejl()
    {
        const string kode = """
            // "Forventet regnskab" i en kommentar
            /// <summary>"Enhed: pr. 1.000."</summary>
            /* "Ingen bevægelse" */
            var a = "Anbragte pr. 1.000 0-17-årige";
            var b = $"{navn} og {(x ? "en" : "to")} i alt";
            var c = @"Døgnophold for familien";
            var d = "http://schemas.openxmlformats.org/x" + '"' + "right";
            if (x) throw new ArgumentException($"'{id}' er ikke et nøgletal i kataloget");
            var e = x ?? throw new InvalidOperationException("Arket optager ikke");
            var f = "Hele landet og kommunen";
            log.LogWarning("Udveksling afvist fra {Fra}: {Grund}", fra,
                noegle is null ? "ingen nøgle" : "ukendt nøgle");
            var g = $"{(x ? "Ingen rapporter til dig" : "")}";
            var h = $"{(x ? $"{n} i {m}" : "")}";
            """;
        Assert.Equal([(4, "Anbragte pr. 1.000 0-17-årige"), (5, "{navn} og {(x ? \"en\" : \"to\")} i alt"), (6, "Døgnophold for familien"), (10, "Hele landet og kommunen"),
                (13, "Ingen rapporter til dig"), (14, "{n} i {m}")],
            DanskeLiteraler(kode, html: false).Select(l => (l.Linje, l.Tekst)).ToArray());
    }

    [Fact]
    public void Reglen_ser_ord_i_html_men_ikke_markup_adresser_og_klasser()
    {
        const string kode = """
            sb.Append("<nav aria-label=\"Hovedmenu\"><ul>\n<li><a href=\"/\">Arkiv</a></li>\n");
            sb.Append($"<title>{E(titel)} – Rapportering</title>\n<style>{Css}</style>\n");
            sb.Append($"<h2><a href=\"/arkiv/{kode}\">{E(navn)}</a> <span class=\"fodnote\">(kommunekode {kode})</span></h2>\n");
            sb.Append($"<section id=\"k{kode}\" aria-label=\"{E(navn)}\">\n<div class=\"tabelramme\"><table>\n");
            sb.Append($"<option value=\"{k}\"{Valgt(k == v)}>{E(navn)}</option>").Append("</select></div>\n");
            sb.Append($"<input type=\"hidden\" name=\"{E(af.FormFieldName)}\" value=\"{E(af.RequestToken ?? "")}\">");
            sb.Append($"<a href=\"/arkiv/{kode}/{u.Dato.Iso}/{(f == Format.Html ? "rapport" : u.FilNavn(f))}\">{tekst}{om}</a>");
            sb.Append($"<span>{Ord(t.Knap, ("knap", $"<strong>{E(t.LogUd)}</strong>"))}</span>");
            sb.Append($"<span>{(x ? $"<strong>{E(n)}</strong>" : "<em>Ingen</em>")}</span>");
            """;
        Assert.Equal([1, 2, 3, 9], DanskeLiteraler(kode, html: true).Select(l => l.Linje).ToArray());
        Assert.Empty(DanskeLiteraler(kode, html: false)); // single words without æ/ø/å: only the HTML rule sees them
    }

    /// <summary>The string literals of C# source (regular, verbatim, interpolated, raw) that read as Danish (or, with <paramref name="html"/>, as words of a page) and are not in a throw or a log call.</summary>
    internal static IEnumerable<(int Linje, string Tekst)> DanskeLiteraler(string kilde, bool html) =>
        Literaler(kilde).Where(l => !l.Undtaget && (Dansk.IsMatch(l.Ord) || (html && HtmlOrd.IsMatch(l.Html)))).Select(l => (l.Linje, l.Tekst));

    /// <summary>
    /// Each literal as written (Tekst), with its interpolation holes read as a word (Ord: "{navn} og" → "xx og") and as a mark
    /// that is no word (Html: "\u0001"); a plain string inside a hole is a literal of its own. Undtaget: in a throw or a log call.
    /// </summary>
    private static List<(int Linje, string Tekst, string Ord, string Html, bool Undtaget)> Literaler(string s)
    {
        var ud = new List<(int, string, string, string, bool)>();
        var linje = 1;
        var saetning = 0; // where the current statement began (after ; { or })
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\n') { linje++; continue; }
            if (c == '/' && i + 1 < s.Length && s[i + 1] == '/') { while (i + 1 < s.Length && s[i + 1] != '\n') i++; continue; }
            if (c == '/' && i + 1 < s.Length && s[i + 1] == '*')
            {
                var slut = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                slut = slut < 0 ? s.Length - 1 : slut + 1;
                linje += s.AsSpan(i, slut - i).Count('\n');
                i = slut;
                continue;
            }
            if (c == '\'') { i = s.IndexOf('\'', i + (s[i + 1] == '\\' ? 3 : 2)); continue; } // a char literal, '"' or '\''
            if (c is ';' or '{' or '}') { saetning = i; continue; }
            if (c != '"') continue;

            var start = linje;
            var praefiks = i > 0 && (s[i - 1] is '@' or '$') ? s[Math.Max(0, i - 2)..i] : "";
            var ordret = praefiks.Contains('@');
            var interpoleret = praefiks.Contains('$');
            var foer = s.AsSpan(saetning, i - saetning);
            var undtaget = foer.IndexOf("throw ", StringComparison.Ordinal) >= 0 || LogKald.IsMatch(foer);
            var sb = new StringBuilder();
            var ord = new StringBuilder();
            var html = new StringBuilder();
            var indre = new List<(string Tekst, bool Interpoleret)>();
            if (s.AsSpan(i).StartsWith("\"\"\""))
            {
                var slut = s.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal);
                sb.Append(s, i + 3, slut - i - 3);
                ord.Append(s, i + 3, slut - i - 3);
                html.Append(s, i + 3, slut - i - 3);
                i = slut + 2;
            }
            else
            {
                for (i++; i < s.Length; i++)
                {
                    if (!ordret && s[i] == '\\') { sb.Append(s[i]).Append(s[i + 1]); ord.Append(s[i]).Append(s[i + 1]); html.Append(s[i]).Append(s[++i]); continue; }
                    if (s[i] == '"' && ordret && i + 1 < s.Length && s[i + 1] == '"') { sb.Append('"'); ord.Append('"'); html.Append('"'); i++; continue; }
                    if (s[i] == '"') break;
                    if (interpoleret && s[i] == '{' && s[i + 1] != '{') { i = Hul(s, i, sb, indre); ord.Append("xx"); html.Append('\u0001'); continue; }
                    sb.Append(s[i]);
                    ord.Append(s[i]);
                    html.Append(s[i]);
                }
            }
            linje += sb.ToString().Count(ch => ch == '\n');
            ud.Add((start, sb.ToString(), ord.ToString(), html.ToString(), undtaget));
            ud.AddRange(indre.Select(t => (start, t.Tekst, t.Interpoleret ? IndreHul.Replace(t.Tekst, "xx") : t.Tekst, t.Interpoleret ? IndreHul.Replace(t.Tekst, "\u0001") : t.Tekst, undtaget)));
        }
        return ud;
    }

    /// <summary>An interpolation hole from its '{' to the matching '}', copied as written (strings inside it too, and each of those to <paramref name="indre"/>, without strings of its own); returns the '}'.</summary>
    private static int Hul(string s, int i, StringBuilder sb, List<(string Tekst, bool Interpoleret)> indre)
    {
        var dybde = 0;
        for (; i < s.Length; i++)
        {
            sb.Append(s[i]);
            if (s[i] == '{') dybde++;
            else if (s[i] == '}' && --dybde == 0) return i;
            else if (s[i] == '"')
            {
                var start = i;
                var streng = new StringBuilder();
                for (i++; i < s.Length && s[i] != '"'; i++) { if (s[i] == '\\') { sb.Append(s[i]); streng.Append(s[i++]); } sb.Append(s[i]); streng.Append(s[i]); }
                sb.Append('"');
                indre.Add((streng.ToString(), s[start - 1] == '$'));
            }
        }
        return i;
    }
}
