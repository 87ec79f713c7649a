using System.Text.RegularExpressions;
using Rapportering.Domain;

namespace Rapportering.Input.Kontrakt;

/// <summary>
/// The view contract of DESIGN.md as checks: one function per view turns a row (the columns of
/// the view's query in <see cref="ViewSql"/>, by ordinal) into an input record, or null when a
/// cell breaks the contract — type, ISO date, range, vocabulary, NULL where a value is required.
/// The ranges are wide on purpose: they stop typing errors (an age of −1, a count of −12, a
/// 10-digit number that is a CPR number), not unusual kommuner.
/// </summary>
internal static partial class ViewKontrakt
{
    public const int MinKommuneKode = 101, MaxKommuneKode = 999;
    private const int MaxAntal = 1_000_000;
    private const int MinAar = 1990, MaxAar = 2100;
    /// <summary>1000 kr.: 50 mia. kr. is more than any kommune's children's area spends in a year.</summary>
    private const decimal MaxBeloeb = 50_000_000m;

    private static readonly HashSet<string> BevilgetAf = new(StringComparer.Ordinal) { "myndighed", "andet" };
    private static readonly HashSet<string> Regnskabstyper = new(StringComparer.Ordinal) { "regnskab", "forventet" };
    private static readonly HashSet<string> Grupper = new(StringComparer.Ordinal) { "udsatte", "oevrige" };
    private static readonly HashSet<string> Indikatorer = new(StringComparer.Ordinal) { "faglig_trivsel", "social_trivsel", "fravaer" };

    [GeneratedRegex(@"^\d\.\d{2}\.\d{2}$")]
    private static partial Regex FunktionForm();

    [GeneratedRegex(@"^[0-9A-Za-z_.\-]{1,20}$")]
    private static partial Regex GrupperingForm();

    /// <summary>rap_kommune. A name that breaks the contract (a CPR-shaped text, a BLOB) is not
    /// shown: the kommune keeps its code and is named by it, and the row is a finding.</summary>
    public static Kommune? Kommune(Raekke r, Raekkekontrol k)
    {
        k.NyRaekke();
        var kode = k.Heltal(r, 0, MinKommuneKode, MaxKommuneKode);
        if (k.Brudt) return null;
        Span<char> buffer = stackalloc char[Celle.MaksTegn];
        if (Celle.Tegn(r, 1, buffer, out var navn) is { } regel)
        {
            k.Erstattet(regel, "navn");
            return new Kommune(kode, $"Kommune {kode}");
        }
        return new Kommune(kode, new string(navn));
    }

    public static Befolkning? Befolkning(Raekke r, Raekkekontrol k)
    {
        k.NyRaekke();
        var kode = k.Heltal(r, 0, MinKommuneKode, MaxKommuneKode);
        var dato = k.Dato(r, 1);
        var alder = k.Heltal(r, 2, 0, 125);
        var antal = k.Heltal(r, 3, 0, MaxAntal);
        return k.Brudt ? null : new Befolkning(kode, dato, alder, antal);
    }

    /// <summary>rap_person: a row without a valid id belongs to no one and is skipped; the rest go to the register.</summary>
    public static void Person(Raekke r, PersonRegister register)
    {
        Span<char> buffer = stackalloc char[Celle.MaksTegn];
        Span<byte> ud = stackalloc byte[Celle.MaksTegn * 3];
        scoped ReadOnlySpan<byte> id;
        if (Celle.Enkel(r, 0, out var enkel)) id = enkel;
        else if (Celle.Tegn(r, 0, buffer, out var tegn) is null) id = ud[..System.Text.Encoding.UTF8.GetBytes(tegn, ud)];
        else return;
        if (r.Type(1) == CelleType.Null) { register.Tilfoej(id, null); return; }
        var regel = Celle.Dato(r, 1, out var foedt);
        if (regel is null) register.Tilfoej(id, foedt);
        else register.Tilfoej(id, null, regel, "foedselsdato");
    }

    /// <summary>rap_indsats into a kommune's table.</summary>
    [System.Runtime.CompilerServices.SkipLocalsInit]
    public static void Indsats(Raekke r, IndsatsRaekker ud)
    {
        var k = ud.Kontrol;
        k.NyRaekke();
        Span<char> a = stackalloc char[Celle.MaksTegn];
        Span<byte> x = stackalloc byte[Celle.MaksTegn * 3], y = stackalloc byte[Celle.MaksTegn * 3];
        var id = k.Id(r, 0, a, x);
        var person = k.Id(r, 1, a, y);
        ud.Personer.Forbered(person);
        var kode = k.Heltal(r, 2, MinKommuneKode, MaxKommuneKode);
        var type = k.Vaerdi(r, 3, ud.Type);
        var lov = k.Vaerdi(r, 4, ud.Lov, valgfri: true);
        var bevilget = k.Vaerdi(r, 5, ud.Bevilget, ordforraad: BevilgetAf);
        var start = k.Dato(r, 6);
        var slut = k.DatoEllerNull(r, 7);
        if (k.Brudt) return;
        ud.Tabel.Tilfoej(id, ud.Personer.Nummer(person), kode, ud.Type.Kode(type), ud.Lov.Kode(lov), ud.Bevilget.Kode(bevilget), start, slut);
    }

    [System.Runtime.CompilerServices.SkipLocalsInit]
    public static void Undersoegelse(Raekke r, UndersoegelseRaekker ud)
    {
        var k = ud.Kontrol;
        k.NyRaekke();
        Span<char> a = stackalloc char[Celle.MaksTegn];
        Span<byte> y = stackalloc byte[Celle.MaksTegn * 3];
        var person = k.Id(r, 0, a, y);
        ud.Personer.Forbered(person);
        var kode = k.Heltal(r, 1, MinKommuneKode, MaxKommuneKode);
        var dato = k.Dato(r, 2);
        if (!k.Brudt) ud.Tabel.Tilfoej(ud.Personer.Nummer(person), kode, dato);
    }

    public static RegnskabsPost? Regnskab(Raekke r, Raekkekontrol k, ITekstKilde t)
    {
        k.NyRaekke();
        var kode = k.Heltal(r, 0, MinKommuneKode, MaxKommuneKode);
        var aar = k.Heltal(r, 1, MinAar, MaxAar);
        var type = k.Tekst(r, 2, t, ordforraad: Regnskabstyper);
        var funktion = k.Tekst(r, 3, t, FunktionForm());
        var gruppering = k.TekstEllerNull(r, 4, t, GrupperingForm());
        var dranst = k.Heltal(r, 5, 0, 9);
        var beloeb = k.Decimaltal(r, 6, -MaxBeloeb, MaxBeloeb);
        return k.Brudt ? null : new RegnskabsPost(kode, aar, type, funktion, gruppering, dranst, beloeb);
    }

    public static PlIndeks? PlIndeks(Raekke r, Raekkekontrol k)
    {
        k.NyRaekke();
        var aar = k.Heltal(r, 0, MinAar, MaxAar);
        var indeks = k.Decimaltal(r, 1, 0.001m, 10_000m);
        return k.Brudt ? null : new PlIndeks(aar, indeks);
    }

    public static Skoletrivsel? Skoletrivsel(Raekke r, Raekkekontrol k, ITekstKilde t)
    {
        k.NyRaekke();
        var kode = k.Heltal(r, 0, MinKommuneKode, MaxKommuneKode);
        // The form and the consecutive years are the domain type's own rule (2016/17, not 2016/18).
        var skoleaar = k.Tekst(r, 1, t);
        if (!k.Brudt && !Skoleaar.TryParse(skoleaar, out _)) k.Brud(Kontraktregler.UgyldigTekst, "skoleaar");
        var gruppe = k.Tekst(r, 2, t, ordforraad: Grupper);
        var indikator = k.Tekst(r, 3, t, ordforraad: Indikatorer);
        // An index runs 1–5, absence 0–100 pct.
        var (min, max) = indikator == "fravaer" ? (0m, 100m) : (1m, 5m);
        var gennemsnit = k.DecimaltalEllerNull(r, 4, min, max);
        var antal = k.HeltalEllerNull(r, 5, 0, MaxAntal);
        return k.Brudt ? null : new Skoletrivsel(kode, skoleaar, gruppe, indikator, gennemsnit, antal);
    }
}
