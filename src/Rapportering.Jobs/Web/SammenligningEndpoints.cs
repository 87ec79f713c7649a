using System.Globalization;
using System.Text;
using Rapportering.Archive;
using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Pipeline;
using Rapportering.Rendering.Html;
using Rapportering.Rendering.Json;
using Rapportering.Rendering.Xlsx;
using Rapportering.Report;
using Rapportering.Sammenligninger;
using Rapportering.Templates;

namespace Rapportering.Jobs.Web;

/// <summary>
/// /sammenligning?kommune=&amp;noegletal=&amp;opdeling=&amp;dato=&amp;visning=dato|serie: a plain GET form (works
/// without script), the chart as inline SVG, the numbers in a table, and the same as a workbook.
/// </summary>
internal static class SammenligningEndpoints
{
    /// <summary>What the page shows. AfvistOpdeling: the asked-for opdeling (left from the previously chosen figure) that this figure lacks, as words for the user.</summary>
    private sealed record Valg(int Kommune, Figur Figur, Opdeling? Opdeling, Skaeringsdato Dato, bool Serie, IReadOnlyList<int> Kommuner, IReadOnlyList<Skaeringsdato> Datoer,
        Func<RapportTekster, string>? AfvistOpdeling = null);

    public static void Map(WebApplication app)
    {
        app.MapGet("/sammenligning", async (HttpContext ctx, SammenligningKilde kilde, KommuneNavne navne, RapportTekster t) =>
        {
            var valg = LaesValg(ctx, kilde);
            if (valg is null) return Side.Html(ctx, t.Hent("sammenligning.side_kort_titel"), $"<p>{Side.E(t.Hent("sammenligning.ingen_rapporter"))}</p>");
            var model = await kilde.ModelAsync(valg.Kommune, valg.Dato, ctx.RequestAborted);
            var tekster = model.Tekster;
            var s = Sammenligning.Byg(valg.Figur, valg.Opdeling, valg.Dato.Dato, valg.Serie, model);
            var sb = new StringBuilder();
            Formular(sb, valg, navne, tekster);
            sb.Append($"<section aria-labelledby=\"resultat\">\n<h2 id=\"resultat\">{Side.E(s.Titel)}</h2>\n");
            if (valg.AfvistOpdeling is { } afvist)
                sb.Append($"<p class=\"besked\" role=\"status\">{Side.E(tekster.Hent("sammenligning.afvist_opdeling", ("afvist", afvist(tekster)), ("opdeling", tekster.Katalog.Opdeling(valg.Opdeling))))}</p>\n");
            sb.Append($"<p>{Side.E(tekster.Hent("sammenligning.indledning", ("kommune", navne.Navn(valg.Kommune)), ("enhed", tekster.Katalog.Enhed(s.Figur)), ("dato", Formatering.Dato(valg.Dato.Dato))))}</p>\n");
            if (s.Raekker.Count <= 2) sb.Append($"<p>{Side.E(tekster.Hent("sammenligning.ingen_referencekommuner"))}</p>\n");
            // The template's own markup (<strong>): the texts are the program's, not the user's.
            if (s.Perioder.Count == 0) sb.Append($"<p>{tekster.Hent("sammenligning.mangler_data")}</p>\n");
            else
            {
                sb.Append("<figure aria-labelledby=\"diagram-tekst\">\n<figcaption id=\"diagram-tekst\">").Append(Side.E(s.Titel)).Append("</figcaption>\n")
                  .Append(SvgDiagram.Render(s.Diagram(), "diagram")).Append("\n</figure>\n");
                var kolonner = new List<TabelKolonne> { new(tekster.Hent("sammenligning.kolonne_kommune"), false), new(tekster.Hent("sammenligning.kolonne_rolle"), false) };
                kolonner.AddRange(s.Perioder.Select(p => new TabelKolonne(Sammenligning.PeriodeTekst(p))));
                var raekker = s.Raekker.Select(r => (IReadOnlyList<Celle>)[new Celle(r.Navn, r.Kode == valg.Kommune), new Celle(r.Rolle),
                    .. r.Vaerdier.Select(v => Sammenligning.Hul(v) is { } h ? Diagramtal.MaerkeCelle(h, tekster) : new Celle(s.Tal(v)))]).ToList();
                sb.Append(HtmlRenderer.TabelHtml(new Tabel($"{s.Titel} ({tekster.Katalog.Enhed(s.Figur)})", kolonner, raekker,
                    string.Join(" ", [.. s.Fodnoter(tekster), s.GennemsnitForklaring]))));
            }
            OffentligeTal(sb, model, valg.Figur);
            sb.Append($"<p><a class=\"hent\" href=\"/sammenligning/projektmappe{Side.E(QueryString.Create([KeyValuePair.Create<string, string?>("kommune", valg.Kommune.ToString(CultureInfo.InvariantCulture)), KeyValuePair.Create<string, string?>("noegletal", valg.Figur.Id.Kode), KeyValuePair.Create<string, string?>("opdeling", valg.Opdeling?.Kode ?? ""), KeyValuePair.Create<string, string?>("dato", valg.Dato.Iso), KeyValuePair.Create<string, string?>("visning", valg.Serie ? "serie" : "dato")]).ToString())}\">{Side.E(tekster.Hent("sammenligning.hent_projektmappe"))}</a></p>\n</section>\n");
            return Side.Html(ctx, tekster.Hent("sammenligning.side_titel"), sb.ToString());
        }).RequireAuthorization(Roller.SammenligningPolitik);

        app.MapGet("/sammenligning/projektmappe", async (HttpContext ctx, SammenligningKilde kilde) =>
        {
            // The comparison workbook: every figure for the kommune, its reference kommuner and every
            // other export present (own and received) on that cut date (konsulent/operatoer see all kommuner).
            if (LaesValg(ctx, kilde) is not { } valg) return Results.NotFound();
            var model = await kilde.ModelAsync(valg.Kommune, valg.Dato, ctx.RequestAborted);
            if (model.Kommuner.All(k => k.Eksport.Kommune != valg.Kommune)) return Results.NotFound();
            using var ms = new MemoryStream();
            new SammenligningWorkbookRenderer().Render(model, ms);
            return Results.File(ms.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                $"sammenligning-{valg.Kommune}-{valg.Dato.Iso}.xlsx");
        }).RequireAuthorization(Roller.SammenligningPolitik);
    }

    /// <summary>The public figures for the figure shown (anbragte, anbringelsesformer), or one line when none are loaded.</summary>
    private static void OffentligeTal(StringBuilder sb, SammenligningsModel model, Figur figur)
    {
        var t = model.Tekster;
        var id = figur.Id == Katalog.Udgifter.Id ? Offentlige.AfledteTal.NettoudgiftPr017 : figur.Id.Kode;
        if (!OffentligSammenligning.Figurer.Contains(id)) return;
        sb.Append("<section aria-labelledby=\"offentlige\">\n<h2 id=\"offentlige\">").Append(Side.E(t.Hent("offentlige.overskrift"))).Append("</h2>\n");
        var vis = model.Offentlige.Where(o => o.Figur == id).ToList();
        if (vis.Count == 0) sb.Append("<p>").Append(Side.E(t.Hent("offentlige.ingen"))).Append("</p>\n");
        foreach (var o in vis)
        {
            var kolonner = new List<TabelKolonne> { new(t.Hent("offentlige.omraade"), false) };
            kolonner.AddRange(o.Aar.Select(a => new TabelKolonne(a.ToString(CultureInfo.InvariantCulture))));
            var raekker = o.Raekker.Select(r => (IReadOnlyList<Celle>)[new Celle(r.Navn, r.Rolle == Rolle.Kommune), .. r.Celler.Select(c => new Celle(o.Tekst(c, t)))]).ToList();
            sb.Append(HtmlRenderer.TabelHtml(new Tabel(o.Titel(t), kolonner, raekker, o.Note)));
        }
        sb.Append("</section>\n");
    }

    /// <summary>The query, with anything missing or unknown replaced by a sensible default (never an error page).</summary>
    private static Valg? LaesValg(HttpContext ctx, SammenligningKilde kilde)
    {
        var q = ctx.Request.Query;
        var kommuner = kilde.Kommuner().Where(ctx.User.MaaSe).ToList();
        if (kommuner.Count == 0) return null;
        var kommune = int.TryParse(q["kommune"], NumberStyles.None, CultureInfo.InvariantCulture, out var k) && kommuner.Contains(k) ? k : kommuner[0];
        var figur = Katalog.Alle.FirstOrDefault(f => f.Id.Kode == q["noegletal"].ToString()) ?? Katalog.Alle[0];
        var opdelingTekst = q["opdeling"].ToString();
        // "" stands for the total (opdeling null). After a change of figure the form still sends the old
        // figure's opdeling: one this figure lacks falls back to its first, and the result shows at once.
        var gyldig = figur.Opdelinger.Any(o => (o?.Kode ?? "") == opdelingTekst);
        var opdeling = gyldig ? figur.Opdelinger.First(o => (o?.Kode ?? "") == opdelingTekst) : figur.Opdelinger[0];
        // Named back to the user only if it is a catalogue opdeling: the query text itself is never echoed.
        Func<RapportTekster, string>? afvist = null;
        if (!gyldig && q.ContainsKey("opdeling"))
        {
            var kendt = Katalog.Alle.SelectMany(f => f.Opdelinger).Where(o => (o?.Kode ?? "") == opdelingTekst).ToList();
            afvist = kendt.Count > 0
                ? t => t.Hent("sammenligning.afvist_kendt", ("opdeling", t.Katalog.Opdeling(kendt[0])))
                : t => t.Hent("sammenligning.afvist_ukendt");
        }
        var datoer = kilde.Datoer(kommune).Reverse().ToList();
        if (datoer.Count == 0) return null;
        var dato = Skaeringsdato.TryParse(q["dato"], out var d, out _) && datoer.Contains(d) ? d : datoer[0];
        return new Valg(kommune, figur, opdeling, dato, q["visning"] == "serie", kommuner, datoer, afvist);
    }

    private static void Formular(StringBuilder sb, Valg v, KommuneNavne navne, RapportTekster t)
    {
        static string Valgt(bool b) => b ? " selected" : "";
        string T(string noegle) => Side.E(t.Hent("sammenligning." + noegle));
        sb.Append($"<form method=\"get\" action=\"/sammenligning\" class=\"felter\" aria-label=\"{T("formular")}\">\n")
          .Append($"<div><label for=\"kommune\">{T("felt_kommune")}</label><select id=\"kommune\" name=\"kommune\">");
        foreach (var k in v.Kommuner) sb.Append($"<option value=\"{k}\"{Valgt(k == v.Kommune)}>{Side.E(navne.Navn(k))}</option>");
        sb.Append($"</select></div>\n<div><label for=\"noegletal\">{T("felt_noegletal")}</label><select id=\"noegletal\" name=\"noegletal\">");
        foreach (var f in Katalog.Alle) sb.Append($"<option value=\"{f.Id}\"{Valgt(f == v.Figur)}>{Side.E(t.Katalog.Navn(f))}</option>");
        sb.Append($"</select></div>\n<div><label for=\"opdeling\">{T("felt_opdeling")}</label><select id=\"opdeling\" name=\"opdeling\" aria-describedby=\"opdeling-hjaelp\">");
        foreach (var o in v.Figur.Opdelinger) sb.Append($"<option value=\"{o?.Kode ?? ""}\"{Valgt(o == v.Opdeling)}>{Side.E(t.Katalog.Opdeling(o))}</option>");
        sb.Append($"</select></div>\n<div><label for=\"dato\">{T("felt_dato")}</label><select id=\"dato\" name=\"dato\">");
        foreach (var d in v.Datoer) sb.Append($"<option value=\"{d.Iso}\"{Valgt(d == v.Dato)}>{Side.E(Formatering.Dato(d.Dato))}</option>");
        sb.Append($"</select></div>\n<fieldset><legend>{T("felt_vis")}</legend>")
          .Append($"<input type=\"radio\" id=\"visning-dato\" name=\"visning\" value=\"dato\"{(v.Serie ? "" : " checked")}><label for=\"visning-dato\">{T("vis_seneste")}</label> ")
          .Append($"<input type=\"radio\" id=\"visning-serie\" name=\"visning\" value=\"serie\"{(v.Serie ? " checked" : "")}><label for=\"visning-serie\">{T("vis_serie")}</label></fieldset>\n")
          .Append($"<div><button type=\"submit\" class=\"primaer\">{T("knap")}</button></div>\n</form>\n")
          .Append($"<p class=\"fodnote\" id=\"opdeling-hjaelp\">{T("opdeling_hjaelp")}</p>\n");
    }
}
