namespace Rapportering.Input;

// Dapper targets: settable properties of the contract's logical types. Dapper converts the
// provider's wire types (SQLite hands back long/double/text) into these, then we build the
// immutable input records. Constructor mapping is avoided because it demands exact wire types.

internal sealed class KommuneRaekke
{
    public int KommuneKode { get; set; }
    public string Navn { get; set; } = "";
    public Kommune TilRecord() => new(KommuneKode, Navn);
}

internal sealed class BefolkningRaekke
{
    public int KommuneKode { get; set; }
    public DateOnly Dato { get; set; }
    public int Alder { get; set; }
    public int Antal { get; set; }
    public Befolkning TilRecord() => new(KommuneKode, Dato, Alder, Antal);
}

internal sealed class PersonRaekke
{
    public string PersonId { get; set; } = "";
    public DateOnly? Foedselsdato { get; set; }
    public Person TilRecord() => new(PersonId, Foedselsdato);
}

internal sealed class IndsatsRaekke
{
    public string IndsatsId { get; set; } = "";
    public string PersonId { get; set; } = "";
    public int KommuneKode { get; set; }
    public string Indsatstype { get; set; } = "";
    public string? Lovgrundlag { get; set; }
    public string? BevilgetAf { get; set; }
    public DateOnly Startdato { get; set; }
    public DateOnly? Slutdato { get; set; }
    public Indsats TilRecord() => new(IndsatsId, PersonId, KommuneKode, Indsatstype, Lovgrundlag, BevilgetAf, Startdato, Slutdato);
}

internal sealed class UndersoegelseRaekke
{
    public string PersonId { get; set; } = "";
    public int KommuneKode { get; set; }
    public DateOnly Afgoerelsesdato { get; set; }
    public Undersoegelse TilRecord() => new(PersonId, KommuneKode, Afgoerelsesdato);
}

internal sealed class RegnskabRaekke
{
    public int KommuneKode { get; set; }
    public int Aar { get; set; }
    public string Regnskabstype { get; set; } = "";
    public string Funktion { get; set; } = "";
    public string? Gruppering { get; set; }
    public int Dranst { get; set; }
    public decimal Beloeb1000Kr { get; set; }
    public RegnskabsPost TilRecord() => new(KommuneKode, Aar, Regnskabstype, Funktion, Gruppering, Dranst, Beloeb1000Kr);
}

internal sealed class PlIndeksRaekke
{
    public int Aar { get; set; }
    public decimal Indeks { get; set; }
    public PlIndeks TilRecord() => new(Aar, Indeks);
}

internal sealed class SkoletrivselRaekke
{
    public int KommuneKode { get; set; }
    public string Skoleaar { get; set; } = "";
    public string Gruppe { get; set; } = "";
    public string Indikator { get; set; } = "";
    public decimal? Gennemsnit { get; set; }
    public int? Antal { get; set; }
    public Skoletrivsel TilRecord() => new(KommuneKode, Skoleaar, Gruppe, Indikator, Gennemsnit, Antal);
}
