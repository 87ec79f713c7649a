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

    /// <summary>Reads an export back (tests, web front, comparison workbook, the exchange's intake): <see cref="JsonEksportLaeser"/>.</summary>
    public static FigurEksport Laes(Stream ind) => JsonEksportLaeser.Laes(ind);

    public static string RenderTekst(FigurEksport eksport) => Encoding.UTF8.GetString(Render(eksport));
}
