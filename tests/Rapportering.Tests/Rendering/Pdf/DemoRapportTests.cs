using Rapportering.Tests.Infrastructure;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Rapportering.Demo;
using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Pipeline;
using Rapportering.Rendering.Json;
using Rapportering.Report.Sektioner;
using UglyToad.PdfPig;

namespace Rapportering.Tests.Rendering.Pdf;

/// <summary>
/// The real thing: a small demo database (one kommune, 0,3 of its children) through the real
/// pipeline to PDF and JSON (<see cref="DemoRapport"/>), and the PDF read back with PdfPig.
/// </summary>
[Collection(DemoRapport.Samling)]
public sealed class DemoRapportTests
{
    private static readonly IReadOnlyDictionary<Omraade, string> Afsnit = DemoUdtraek.Afsnit;

    private static readonly string[] Overskrifter = DemoUdtraek.Overskrifter;

    private readonly DemoRapport _f;

    public DemoRapportTests(DemoRapport f) => _f = f;

    private string Side(int i) => string.Join(" ", _f.Sider[i]);

    /// <summary>Physical page where a heading starts (after cover and contents), and where the next one starts.</summary>
    private (int Fra, int Til) Sider(string overskrift)
    {
        int Find(string o) => Enumerable.Range(2, _f.Sider.Count - 2).First(i => Side(i).Contains(o, StringComparison.Ordinal));
        var fra = Find(overskrift);
        var naeste = Overskrifter.SkipWhile(o => o != overskrift).Skip(1).FirstOrDefault();
        return (fra, naeste is null ? _f.Sider.Count - 1 : Find(naeste) - 1);
    }

    [Fact]
    public void Alle_afsnitsoverskrifter_og_sidetal_staar_i_pdf_en()
    {
        var alt = string.Join("\n", Enumerable.Range(0, _f.Sider.Count).Select(Side));
        foreach (var o in Overskrifter) Assert.Contains(o, alt);
        Assert.Contains("Side 1 af", alt);
        Assert.True(_f.Sider.Count <= 25, $"{_f.Sider.Count} sider");
    }

    [Fact]
    public void Hver_observation_i_json_eksporten_staar_paa_sit_afsnits_sider()
    {
        // Read back from the JSON file itself, not from the in-memory figures.
        var eksport = JsonEksportRenderer.Laes(new MemoryStream(_f.Resultat.Filer[Format.Json]));
        var ord = Afsnit.ToDictionary(a => a.Key, a =>
        {
            var (fra, til) = Sider(a.Value);
            return _f.Sider.Skip(fra).Take(til - fra + 1).SelectMany(s => s).ToHashSet(StringComparer.Ordinal);
        });
        // Committee length: the printed tables hold a figure's latest 7 cut dates, 5 years or 6
        // school years (the workbook and the HTML keep the rest; each shortened table says so).
        var vist = eksport.Observationer.GroupBy(o => o.Noegletal).ToDictionary(g => g.Key, g =>
        {
            var perioder = g.Select(o => o.Periode).Distinct().Order().ToList();
            var n = perioder[0].Art switch { Rapportering.Domain.PeriodeArt.Skaeringsdato => 7, Rapportering.Domain.PeriodeArt.Regnskabsaar => 5, _ => 6 };
            return perioder.TakeLast(n).ToHashSet();
        });
        var mangler = new List<string>();
        var antal = 0;
        foreach (var o in eksport.Observationer.Where(o => vist[o.Noegletal].Contains(o.Periode)))
        {
            var figur = Katalog.Alle.Single(f => f.Id == o.Noegletal);
            var sider = ord[figur.Omraade];
            // As the report's tables format it (one decimal; 1.000 kr. shown as mio. kr.), ".." when suppressed.
            var forventet = o.Undertrykt ? Formatering.UndertryktVaerdi : o.Vaerdi is { } v ? Visning.Vaerdi(figur, v) : null;
            if (forventet is null) continue;
            antal++;
            if (!sider.Contains(forventet)) mangler.Add($"{o.Noegletal}/{o.Opdeling}/{o.Periode}: {forventet}");
        }
        // 7 cut dates × 17 rows + 5 years × 11 + 6 school years × 9 = 228 when none is missing.
        Assert.True(antal > 200, $"kun {antal} observationer");
        var alt = string.Join(" ", Enumerable.Range(0, _f.Sider.Count).Select(Side));
        Assert.Contains("Tabellen viser de seneste 7 af", alt);
        Assert.True(mangler.Count == 0, $"{mangler.Count} mangler, fx " + string.Join("; ", mangler.Take(8)));
    }

    [Fact]
    public void Undertrykte_tal_vises_som_mindre_end_5()
    {
        Assert.Contains(_f.Resultat.Eksport.Observationer, o => o.Undertrykt);
        Assert.Contains(_f.Sider.SelectMany(s => s), w => w == "<5"); // a count
        Assert.Contains(_f.Sider.SelectMany(s => s), w => w == ".."); // a rate or share
    }

    [Fact]
    public void Ingen_person_id_eller_cpr_nummer_i_filen()
    {
        Assert.NotEmpty(_f.PersonIder);
        var pdf = _f.Resultat.Filer[Format.Pdf];
        var tekst = string.Join("\n", Enumerable.Range(0, _f.Sider.Count).Select(Side));
        var raa = Encoding.Latin1.GetString(pdf);
        foreach (var id in _f.PersonIder)
        {
            Assert.DoesNotContain(id, tekst, StringComparison.Ordinal);
            Assert.DoesNotContain(id, raa, StringComparison.Ordinal);
        }
        var cpr = new Regex(@"\b\d{6}-?\d{4}\b");
        Assert.False(cpr.IsMatch(tekst), cpr.Match(tekst).Value);
        // The cross-reference table's "0000012345 00000 n" offsets are PDF structure, not data.
        var udenXref = Regex.Replace(raa, @"(?m)^\d{10} \d{5} [fn]\s*$", "");
        Assert.False(cpr.IsMatch(udenXref), cpr.Match(udenXref).Value);
    }

    [Fact]
    public void Skrifttyper_er_indlejret()
    {
        var raa = Encoding.Latin1.GetString(_f.Resultat.Filer[Format.Pdf]);
        Assert.NotEmpty(_f.FonteIndlejret);
        // Every font object carries its font program (Skia embeds TrueType as FontFile2).
        var fonte = Regex.Matches(raa, @"/Type\s*/FontDescriptor").Count;
        Assert.True(fonte > 0);
        Assert.Equal(fonte, Regex.Matches(raa, @"/FontFile[23]?\b").Count);
    }

    [Fact]
    public void To_koersler_giver_samme_bytes()
    {
        Assert.Equal(_f.Resultat.Filer[Format.Pdf], _f.Igen.Filer[Format.Pdf]);
        Assert.Equal(_f.Resultat.Filer[Format.Json], _f.Igen.Filer[Format.Json]);
    }
}
