namespace Rapportering.Input.Kontrakt;

/// <summary>
/// One kommune's rows as read, before the key checks. <see cref="Saml"/> removes copies and
/// conflicting rows (<see cref="Noegler"/>), looks up the persons the remaining registrations
/// refer to and gathers every finding, ordered by view as the contract lists them. Both read
/// paths end here, so one kommune read alone or in the national batch gives the same input.
/// </summary>
internal sealed class KommuneRaa(Kommune kommune)
{
    public required ViewRaekker<Befolkning> Befolkning { get; init; }
    public required IndsatsRaekker Indsatser { get; init; }
    public required UndersoegelseRaekker Undersoegelser { get; init; }
    public required ViewRaekker<RegnskabsPost> Regnskab { get; init; }
    public required ViewRaekker<Skoletrivsel> Skoletrivsel { get; init; }

    /// <summary>The empty collectors of one kommune's views.</summary>
    public static KommuneRaa Ny(Kommune kommune, PersonRegister register, ITekstKilde tekster) => new(kommune)
    {
        Befolkning = NyBefolkning(),
        Indsatser = new(register),
        Undersoegelser = new(register),
        Regnskab = NyRegnskab(tekster),
        Skoletrivsel = NySkoletrivsel(tekster),
    };

    public static ViewRaekker<Befolkning> NyBefolkning() => new("rap_befolkning", ViewKontrakt.Befolkning);
    public static ViewRaekker<RegnskabsPost> NyRegnskab(ITekstKilde t) => new("rap_regnskab", (r, k) => ViewKontrakt.Regnskab(r, k, t));
    public static ViewRaekker<Skoletrivsel> NySkoletrivsel(ITekstKilde t) => new("rap_skoletrivsel", (r, k) => ViewKontrakt.Skoletrivsel(r, k, t));

    public KommuneInput Saml(PersonRegister register, IReadOnlyList<PlIndeks> pl, Raekkekontrol plKontrol,
        IReadOnlyList<Kontraktbrud> nationale, IReadOnlySet<int> kendte)
    {
        var brud = new List<Kontraktbrud>();
        foreach (var k in new[] { Befolkning.Kontrol, Indsatser.Kontrol, Undersoegelser.Kontrol, Regnskab.Kontrol, Skoletrivsel.Kontrol, plKontrol })
            brud.AddRange(k.Fund());

        // Persons first: a view holds a person as the register's number or as one of its own ids
        // (read before the register was whole), so only the kommune's numbers tell copies apart.
        // A copy's person also appears in the row it copies: removing copies after numbering changes no number.
        var (personer, personBrud, personRaekker) = register.For(Indsatser, Undersoegelser);
        var befolkning = Noegler.Rens(Befolkning.Raekker, b => (b.Dato, b.Alder), "rap_befolkning", "antal", brud);
        var indsatser = Indsatser.Tabel;
        Noegler.Kopier(indsatser.FjernKopier(), "rap_indsats", brud);
        var undersoegelser = Undersoegelser.Tabel;
        Noegler.Kopier(undersoegelser.FjernKopier(), "rap_undersoegelse", brud);
        var regnskab = Noegler.Rens(Regnskab.Raekker, p => (p.Aar, p.Regnskabstype, p.Funktion, p.Gruppering ?? "", p.Dranst), "rap_regnskab", "beloeb_1000kr", brud);
        var trivsel = Noegler.Rens(Skoletrivsel.Raekker, t => (t.Skoleaar, t.Gruppe, t.Indikator), "rap_skoletrivsel", "gennemsnit", brud);

        brud.AddRange(personBrud);
        brud.AddRange(nationale);

        var laest = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["rap_befolkning"] = Befolkning.Kontrol.Laest,
            ["rap_person"] = personRaekker,
            ["rap_indsats"] = Indsatser.Kontrol.Laest,
            ["rap_undersoegelse"] = Undersoegelser.Kontrol.Laest,
            ["rap_regnskab"] = Regnskab.Kontrol.Laest,
            ["rap_pl_indeks"] = plKontrol.Laest,
            ["rap_skoletrivsel"] = Skoletrivsel.Kontrol.Laest,
        };
        var orden = ViewSql.Views.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i, StringComparer.Ordinal);
        var sorteret = brud.Select((b, i) => (b, i)).OrderBy(x => orden[x.b.View]).ThenBy(x => x.i).Select(x => x.b).ToList();

        return new KommuneInput(kommune, befolkning, personer, indsatser, undersoegelser, regnskab, pl, trivsel, kendte)
        {
            Indlaesning = new Indlaesning(laest, sorteret),
        };
    }
}
