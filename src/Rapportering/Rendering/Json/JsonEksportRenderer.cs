using Rapportering.Input.Kontrakt;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Rapportering.Figures;

namespace Rapportering.Rendering.Json;

/// <summary>
/// Writes the figures export exactly as DESIGN.md specifies ("The figures export"): tidy rows,
/// full precision, snake_case keys, nulls written. Written by hand with Utf8JsonWriter so key
/// order and number form are fixed: the same export gives the same bytes.
/// </summary>
public static class JsonEksportRenderer
{
    public static byte[] Render(FigurEksport eksport)
    {
        using var ms = new MemoryStream();
        Render(eksport, ms);
        return ms.ToArray();
    }

    public static void Render(FigurEksport eksport, Stream ud)
    {
        using var w = new Utf8JsonWriter(ud, new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        w.WriteStartObject();
        w.WriteNumber("kommune", eksport.Kommune);
        w.WriteString("skaeringsdato", eksport.Skaeringsdato.Iso);
        w.WriteNumber("prisaar", eksport.Prisaar);
        w.WriteStartArray("observationer");
        foreach (var o in eksport.Observationer)
        {
            w.WriteStartObject();
            w.WriteString("noegletal", o.Noegletal.Kode);
            SkrivTekst(w, "opdeling", o.Opdeling?.Kode);
            w.WriteString("periode", o.Periode.ToString());
            SkrivTal(w, "vaerdi", o.Vaerdi);
            SkrivTal(w, "taeller", o.Taeller);
            SkrivTal(w, "naevner", o.Naevner);
            w.WriteBoolean("undertrykt", o.Undertrykt);
            w.WriteBoolean("foreloebig", o.Foreloebig);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("datakvalitet");
        foreach (var f in eksport.Datakvalitet)
        {
            w.WriteStartObject();
            w.WriteString("regel", f.Regel);
            w.WriteNumber("antal", f.Antal);
            w.WriteString("beskrivelse", f.Beskrivelse);
            // Added after the first contract: where the rows were and what was done with them.
            SkrivTekst(w, "view", f.View);
            SkrivTekst(w, "kolonne", f.Kolonne);
            w.WriteString("behandling", f.Behandling.Ord());
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        ud.Write("\n"u8);
    }

    private static void SkrivTekst(Utf8JsonWriter w, string navn, string? v)
    {
        if (v is null) w.WriteNull(navn); else w.WriteString(navn, v);
    }

    private static void SkrivTal(Utf8JsonWriter w, string navn, decimal? v)
    {
        if (v is null) w.WriteNull(navn);
        // Normalise: 3.000 → 3, so counts read as integers and equal values give equal text.
        else w.WriteNumber(navn, v.Value / 1.0000000000000000000000000000m);
    }

    /// <summary>Reads an export back (tests, web front, comparison workbook).</summary>
    public static FigurEksport Laes(Stream ind)
    {
        using var doc = JsonDocument.Parse(ind);
        var r = doc.RootElement;
        // One pass over each row's properties (a comparison reads 98 exports of ~1.000 rows); the figure
        // ids, opdelinger and periods repeat, so each text is parsed once per export.
        var ider = new Dictionary<string, Domain.FigurId>();
        var opdelinger = new Dictionary<string, Domain.Opdeling?>();
        var perioder = new Dictionary<string, Domain.Periode>();
        var obs = new List<Observation>(r.GetProperty("observationer").GetArrayLength());
        foreach (var o in r.GetProperty("observationer").EnumerateArray())
        {
            string? id = null, opdeling = null, periode = null;
            decimal? vaerdi = null, taeller = null, naevner = null;
            bool? undertrykt = null, foreloebig = null;
            var felter = 0; // a bit per field: a row without one of the eight is no export row
            foreach (var p in o.EnumerateObject())
            {
                switch (p.Name)
                {
                    case "noegletal": id = p.Value.GetString(); felter |= 1; break;
                    case "opdeling": opdeling = p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.GetString(); felter |= 2; break;
                    case "periode": periode = p.Value.GetString(); felter |= 4; break;
                    case "vaerdi": vaerdi = Tal(p.Value); felter |= 8; break;
                    case "taeller": taeller = Tal(p.Value); felter |= 16; break;
                    case "naevner": naevner = Tal(p.Value); felter |= 32; break;
                    case "undertrykt": undertrykt = p.Value.GetBoolean(); felter |= 64; break;
                    case "foreloebig": foreloebig = p.Value.GetBoolean(); felter |= 128; break;
                }
            }
            if (felter != 0xFF || id is null || periode is null || undertrykt is null || foreloebig is null)
                throw new KeyNotFoundException("En observation mangler et felt");
            obs.Add(new Observation(
                Slaa(ider, id, t => new Domain.FigurId(t)),
                opdeling is null ? null : Slaa(opdelinger, opdeling, Domain.Opdeling.Fra),
                Slaa(perioder, periode, Domain.Periode.Parse),
                vaerdi, taeller, naevner, undertrykt.Value, foreloebig.Value));
        }
        var fund = r.GetProperty("datakvalitet").EnumerateArray().Select(f => new DatakvalitetFund(
            f.GetProperty("regel").GetString()!, f.GetProperty("antal").GetInt32(), f.GetProperty("beskrivelse").GetString()!)).ToList();
        return new FigurEksport(r.GetProperty("kommune").GetInt32(), r.GetProperty("skaeringsdato").GetString()!,
            r.GetProperty("prisaar").GetInt32(), obs, fund);
    }

    private static T Slaa<T>(Dictionary<string, T> kendte, string tekst, Func<string, T> parse)
    {
        if (!kendte.TryGetValue(tekst, out var v)) kendte[tekst] = v = parse(tekst);
        return v;
    }

    private static decimal? Tal(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDecimal();

    public static string RenderTekst(FigurEksport eksport) => Encoding.UTF8.GetString(Render(eksport));
}
