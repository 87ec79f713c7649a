using System.Buffers;
using System.Text;
using System.Text.Json;
using Rapportering.Figures;

namespace Rapportering.Rendering.Json;

/// <summary>
/// Reads a figures export back with one forward pass of <see cref="Utf8JsonReader"/> over its bytes:
/// no document tree, and a figure id, opdeling or period that repeats (~1.000 rows, a few dozen
/// distinct texts) is looked up from its bytes, not made into a string again (a comparison reads 98
/// exports). It fails as the document reader did, so callers' refusals stay the same: malformed
/// JSON is a <see cref="JsonException"/>, a missing key a <see cref="KeyNotFoundException"/>, a
/// value of the wrong kind an <see cref="InvalidOperationException"/>, a number out of range a
/// <see cref="FormatException"/>. A UTF-8 byte order mark is skipped; unknown keys are skipped; of
/// a repeated key the last counts.
/// </summary>
internal static class JsonEksportLaeser
{
    public static FigurEksport Laes(Stream ind)
    {
        var (leje, laengde) = LaesBytes(ind);
        try
        {
            var json = leje.AsSpan(0, laengde);
            if (json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) json = json[3..];
            return Laes(json);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(leje);
        }
    }

    private static FigurEksport Laes(ReadOnlySpan<byte> json)
    {
        var r = new Utf8JsonReader(json);
        Forvent(ref r, JsonTokenType.StartObject);
        int? kommune = null, prisaar = null;
        string? skaeringsdato = null;
        List<Observation>? obs = null;
        List<DatakvalitetFund>? fund = null;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("kommune"u8)) { r.Read(); kommune = r.GetInt32(); }
            else if (r.ValueTextEquals("skaeringsdato"u8)) { r.Read(); skaeringsdato = r.GetString(); }
            else if (r.ValueTextEquals("prisaar"u8)) { r.Read(); prisaar = r.GetInt32(); }
            else if (r.ValueTextEquals("observationer"u8)) obs = Observationer(ref r);
            else if (r.ValueTextEquals("datakvalitet"u8)) fund = Fund(ref r);
            else r.Skip();
        }
        // Anything after the root object is malformed JSON, and the reader says so.
        while (r.Read()) { }
        return new FigurEksport(
            kommune ?? throw Mangler("kommune"),
            skaeringsdato ?? throw Mangler("skaeringsdato"),
            prisaar ?? throw Mangler("prisaar"),
            obs ?? throw Mangler("observationer"),
            fund ?? throw Mangler("datakvalitet"));
    }

    private static List<Observation> Observationer(ref Utf8JsonReader r)
    {
        Forvent(ref r, JsonTokenType.StartArray);
        var ider = new Opslag<Domain.FigurId>(t => new Domain.FigurId(t));
        var opdelinger = new Opslag<Domain.Opdeling?>(Domain.Opdeling.Fra);
        var perioder = new Opslag<Domain.Periode>(Domain.Periode.Parse);
        var obs = new List<Observation>(1024);
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            if (r.TokenType != JsonTokenType.StartObject) throw new InvalidOperationException("En observation er ikke et objekt");
            Domain.FigurId? id = null;
            Domain.Opdeling? opdeling = null;
            Domain.Periode? periode = null;
            decimal? vaerdi = null, taeller = null, naevner = null;
            bool? undertrykt = null, foreloebig = null;
            var felter = 0; // a bit per field: a row without one of the eight is no export row
            while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
            {
                // A null id or period is a missing one, as before; a null opdeling is the total.
                if (r.ValueTextEquals("noegletal"u8)) { r.Read(); id = r.TokenType == JsonTokenType.Null ? null : ider.Hent(ref r); felter |= 1; }
                else if (r.ValueTextEquals("opdeling"u8)) { r.Read(); opdeling = r.TokenType == JsonTokenType.Null ? null : opdelinger.Hent(ref r); felter |= 2; }
                else if (r.ValueTextEquals("periode"u8)) { r.Read(); periode = r.TokenType == JsonTokenType.Null ? null : perioder.Hent(ref r); felter |= 4; }
                else if (r.ValueTextEquals("vaerdi"u8)) { r.Read(); vaerdi = Tal(ref r); felter |= 8; }
                else if (r.ValueTextEquals("taeller"u8)) { r.Read(); taeller = Tal(ref r); felter |= 16; }
                else if (r.ValueTextEquals("naevner"u8)) { r.Read(); naevner = Tal(ref r); felter |= 32; }
                else if (r.ValueTextEquals("undertrykt"u8)) { r.Read(); undertrykt = r.GetBoolean(); felter |= 64; }
                else if (r.ValueTextEquals("foreloebig"u8)) { r.Read(); foreloebig = r.GetBoolean(); felter |= 128; }
                else r.Skip();
            }
            if (felter != 0xFF || id is null || periode is null || undertrykt is null || foreloebig is null)
                throw new KeyNotFoundException("En observation mangler et felt");
            obs.Add(new Observation(id.Value, opdeling, periode.Value, vaerdi, taeller, naevner, undertrykt.Value, foreloebig.Value));
        }
        return obs;
    }

    private static List<DatakvalitetFund> Fund(ref Utf8JsonReader r)
    {
        Forvent(ref r, JsonTokenType.StartArray);
        var fund = new List<DatakvalitetFund>();
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            if (r.TokenType != JsonTokenType.StartObject) throw new InvalidOperationException("Et datakvalitetsfund er ikke et objekt");
            string? regel = null, beskrivelse = null;
            int? antal = null;
            bool harRegel = false, harBeskrivelse = false;
            while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
            {
                if (r.ValueTextEquals("regel"u8)) { r.Read(); regel = r.GetString(); harRegel = true; }
                else if (r.ValueTextEquals("antal"u8)) { r.Read(); antal = r.GetInt32(); }
                else if (r.ValueTextEquals("beskrivelse"u8)) { r.Read(); beskrivelse = r.GetString(); harBeskrivelse = true; }
                else r.Skip();
            }
            if (!harRegel) throw Mangler("regel");
            if (!harBeskrivelse) throw Mangler("beskrivelse");
            fund.Add(new DatakvalitetFund(regel!, antal ?? throw Mangler("antal"), beskrivelse!));
        }
        return fund;
    }

    private static decimal? Tal(ref Utf8JsonReader r) => r.TokenType == JsonTokenType.Null ? null : r.GetDecimal();

    private static void Forvent(ref Utf8JsonReader r, JsonTokenType type)
    {
        if (r.TokenType == JsonTokenType.None || r.TokenType == JsonTokenType.PropertyName) r.Read();
        if (r.TokenType != type) throw new InvalidOperationException($"Forventede {type}, fandt {r.TokenType}");
    }

    private static KeyNotFoundException Mangler(string noegle) => new($"Eksporten mangler '{noegle}'");

    /// <summary>The texts of one export already parsed, found again from the value's bytes.</summary>
    private sealed class Opslag<T>(Func<string, T> parse)
    {
        private readonly Dictionary<string, T> _kendte = new(StringComparer.Ordinal);

        public T Hent(ref Utf8JsonReader r)
        {
            if (r.TokenType != JsonTokenType.String) return parse(r.GetString()!); // GetString refuses a number as the document reader did
            if (!r.ValueIsEscaped && !r.HasValueSequence && r.ValueSpan.Length <= 128)
            {
                Span<char> tegn = stackalloc char[128];
                var n = Encoding.UTF8.GetChars(r.ValueSpan, tegn);
                if (_kendte.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tegn[..n], out var kendt)) return kendt;
            }
            var tekst = r.GetString()!;
            if (!_kendte.TryGetValue(tekst, out var v)) _kendte[tekst] = v = parse(tekst);
            return v;
        }
    }

    private static (byte[] Leje, int Laengde) LaesBytes(Stream ind)
    {
        var leje = ArrayPool<byte>.Shared.Rent(ind.CanSeek ? (int)Math.Max(16, ind.Length - ind.Position) : 256 * 1024);
        var n = 0;
        while (true)
        {
            if (n == leje.Length)
            {
                var stoerre = ArrayPool<byte>.Shared.Rent(leje.Length * 2);
                leje.AsSpan(0, n).CopyTo(stoerre);
                ArrayPool<byte>.Shared.Return(leje);
                leje = stoerre;
            }
            var laest = ind.Read(leje, n, leje.Length - n);
            if (laest == 0) return (leje, n);
            n += laest;
        }
    }
}
