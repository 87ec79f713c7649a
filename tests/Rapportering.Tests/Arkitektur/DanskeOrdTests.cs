using System.Text;
using System.Text.RegularExpressions;

namespace Rapportering.Tests.Arkitektur;

/// <summary>
/// Every word a reader sees comes from templates/rapport/tekster.json, so the catalog, the report
/// step and the renderers hold no Danish wording of their own. The rule reads the source's string
/// literals (comments skipped): a literal with æ/ø/å, or with a Danish phrase (words around
/// "og", "af", "pr.", "ikke", "til", "mangler", …), is a breach. A literal inside a <c>throw</c> is an error
/// for the operator or a programmer, not a word of the report, and is not counted. What it cannot
/// see: a single Danish word without æ/ø/å ("Forside"); those are kept out by review and by the
/// tests that read the words from a kommune's own texts (KatalogTeksterTests, OrdFraSkabelonenTests).
/// </summary>
public sealed class DanskeOrdTests
{
    private static readonly Regex Dansk = new(@"[æøåÆØÅ]|[A-Za-z]{2,}[,:;]? (og|af|pr\.|ikke|til|med|der|eller|som|fra|den|det|en|et|er|i|mangler|ingen|uden|efter|samt|hvor) [A-Za-z0-9]");

    /// <summary>The report step, the catalog and the renderers (the PDF, HTML, workbooks and the JSON export).</summary>
    private static IEnumerable<string> Filer() =>
        Directory.EnumerateFiles(Path.Combine(ArkitekturTests.Src, "Rapportering.Model", "Report"), "*.cs", SearchOption.AllDirectories)
            .Append(Path.Combine(ArkitekturTests.Src, "Rapportering.Model", "Figures", "Katalog.cs"))
            .Concat(Directory.EnumerateFiles(Path.Combine(ArkitekturTests.Src, "Rapportering", "Rendering"), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));

    [Fact]
    public void Katalog_rapporttrin_og_renderere_har_ingen_danske_ord_i_koden()
    {
        var filer = Filer().ToList();
        Assert.True(filer.Count > 40, $"fandt kun {filer.Count} filer"); // the folders are there and were read
        var brud = filer.SelectMany(f => DanskeLiteraler(File.ReadAllText(f)).Select(l => $"{Path.GetRelativePath(ArkitekturTests.Src, f)}:{l.Linje}: \"{l.Tekst}\"")).ToList();
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
            """;
        Assert.Equal([(4, "Anbragte pr. 1.000 0-17-årige"), (5, "{navn} og {(x ? \"en\" : \"to\")} i alt"), (6, "Døgnophold for familien"), (10, "Hele landet og kommunen")],
            DanskeLiteraler(kode).Select(l => (l.Linje, l.Tekst)).ToArray());
    }

    /// <summary>The string literals of C# source (regular, verbatim, interpolated, raw) that read as Danish and are not in a throw.</summary>
    internal static IEnumerable<(int Linje, string Tekst)> DanskeLiteraler(string kilde) =>
        Literaler(kilde).Where(l => !l.IThrow && Dansk.IsMatch(l.Ord)).Select(l => (l.Linje, l.Tekst));

    /// <summary>Each literal as written (Tekst) and with its interpolation holes read as a word (Ord: "{navn} og" → "xx og").</summary>
    private static List<(int Linje, string Tekst, string Ord, bool IThrow)> Literaler(string s)
    {
        var ud = new List<(int, string, string, bool)>();
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
            var iThrow = s.AsSpan(saetning, i - saetning).IndexOf("throw ", StringComparison.Ordinal) >= 0;
            var sb = new StringBuilder();
            var ord = new StringBuilder();
            if (s.AsSpan(i).StartsWith("\"\"\""))
            {
                var slut = s.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal);
                sb.Append(s, i + 3, slut - i - 3);
                ord.Append(s, i + 3, slut - i - 3);
                i = slut + 2;
            }
            else
            {
                for (i++; i < s.Length; i++)
                {
                    if (!ordret && s[i] == '\\') { sb.Append(s[i]).Append(s[i + 1]); ord.Append(s[i]).Append(s[++i]); continue; }
                    if (s[i] == '"' && ordret && i + 1 < s.Length && s[i + 1] == '"') { sb.Append('"'); ord.Append('"'); i++; continue; }
                    if (s[i] == '"') break;
                    if (interpoleret && s[i] == '{' && s[i + 1] != '{') { i = Hul(s, i, sb); ord.Append("xx"); continue; }
                    sb.Append(s[i]);
                    ord.Append(s[i]);
                }
            }
            linje += sb.ToString().Count(ch => ch == '\n');
            ud.Add((start, sb.ToString(), ord.ToString(), iThrow));
        }
        return ud;
    }

    /// <summary>An interpolation hole from its '{' to the matching '}', copied as written (strings inside it too); returns the '}'.</summary>
    private static int Hul(string s, int i, StringBuilder sb)
    {
        var dybde = 0;
        for (; i < s.Length; i++)
        {
            sb.Append(s[i]);
            if (s[i] == '{') dybde++;
            else if (s[i] == '}' && --dybde == 0) return i;
            else if (s[i] == '"')
            {
                for (i++; i < s.Length && s[i] != '"'; i++) { if (s[i] == '\\') sb.Append(s[i++]); sb.Append(s[i]); }
                sb.Append('"');
            }
        }
        return i;
    }
}
