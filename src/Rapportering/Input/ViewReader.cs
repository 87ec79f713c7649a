using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;

namespace Rapportering.Input;

/// <summary>
/// Reads the view contract (rap_* views) into input records. Provider differences live in
/// <see cref="DatabaseProvider"/>; everything a user can get wrong surfaces as a one-line
/// <see cref="DataKildeFejl"/>.
/// </summary>
public sealed class ViewReader
{
    private readonly DatabaseProvider _provider;
    private readonly string _connectionString;
    private volatile bool _viewsTjekket;

    public ViewReader(Provider provider, string connectionString)
    {
        _provider = DatabaseProvider.For(provider);
        _connectionString = connectionString;
        DapperOpsaetning.Sikr();
    }

    public async Task<IReadOnlyList<Kommune>> LaesKommunerAsync(CancellationToken ct = default)
    {
        await using var db = await AabnAsync(ct).ConfigureAwait(false);
        return await KommunerAsync(db, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The latest registration date in the data (a measure's start or an examination's
    /// decision): the "data as of" date when nothing else says it. Null when there are none.
    /// </summary>
    public async Task<DateOnly?> SenesteRegistreringAsync(CancellationToken ct = default)
    {
        await using var db = await AabnAsync(ct).ConfigureAwait(false);
        DateOnly? seneste = null;
        foreach (var sql in new[] { "SELECT MAX(startdato) FROM rap_indsats", "SELECT MAX(afgoerelsesdato) FROM rap_undersoegelse" })
        {
            await using var cmd = db.CreateCommand();
            cmd.CommandText = sql;
            var v = await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false);
            if (v is null or DBNull) continue;
            var d = new DatoHandler().Parse(v);
            if (seneste is null || d > seneste) seneste = d;
        }
        return seneste;
    }

    /// <summary>One kommune's input. Persons are those its measures and examinations refer to.</summary>
    public async Task<KommuneInput> LaesKommuneAsync(int kommuneKode, CancellationToken ct = default)
    {
        await using var db = await AabnAsync(ct).ConfigureAwait(false);
        var kommuner = await KommunerAsync(db, ct).ConfigureAwait(false);
        var kommune = kommuner.FirstOrDefault(k => k.KommuneKode == kommuneKode)
            ?? throw new DataKildeFejl($"kommune {kommuneKode} findes ikke i rap_kommune");
        var p = new { kode = kommuneKode };
        var filter = ViewSql.EnKommune;

        var befolkning = await LaesAsync<BefolkningRaekke>(db, "rap_befolkning", string.Format(ViewSql.Befolkning, filter), p, ct);
        var personer = await LaesAsync<PersonRaekke>(db, "rap_person", ViewSql.PersonerForKommune, p, ct);
        var indsatser = await LaesAsync<IndsatsRaekke>(db, "rap_indsats", string.Format(ViewSql.Indsatser, filter), p, ct);
        var undersoegelser = await LaesAsync<UndersoegelseRaekke>(db, "rap_undersoegelse", string.Format(ViewSql.Undersoegelser, filter), p, ct);
        var regnskab = await LaesAsync<RegnskabRaekke>(db, "rap_regnskab", string.Format(ViewSql.Regnskab(_provider), filter), p, ct);
        var pl = await LaesAsync<PlIndeksRaekke>(db, "rap_pl_indeks", ViewSql.PlIndeks(_provider), null, ct);
        var trivsel = await LaesAsync<SkoletrivselRaekke>(db, "rap_skoletrivsel", string.Format(ViewSql.Skoletrivsel(_provider), filter), p, ct);

        return new KommuneInput(
            kommune,
            befolkning.Select(r => r.TilRecord()).ToList(),
            UnikkePersoner(personer.Select(r => r.TilRecord())),
            indsatser.Select(r => r.TilRecord()).ToList(),
            undersoegelser.Select(r => r.TilRecord()).ToList(),
            regnskab.Select(r => r.TilRecord()).ToList(),
            pl.Select(r => r.TilRecord()).ToList(),
            trivsel.Select(r => r.TilRecord()).ToList(),
            kommuner.Select(k => k.KommuneKode).ToHashSet());
    }

    /// <summary>
    /// Every kommune's input, in kommune order. Each view is read once for all kommuner with one
    /// query ordered by kommune_kode, on its own connection, and the rows are handed out one
    /// kommune at a time: few round trips, and only rap_person (a dictionary) and the current
    /// kommune are held in memory. Rows map by ordinal (<see cref="RaekkeLaeser"/>), not Dapper.
    /// </summary>
    public async IAsyncEnumerable<KommuneInput> LaesAlleAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        IReadOnlyList<Kommune> kommuner;
        IReadOnlyList<PlIndeks> pl;
        Dictionary<string, Person> personOpslag;
        await using (var db = await AabnAsync(ct).ConfigureAwait(false))
        {
            kommuner = await KommunerAsync(db, ct).ConfigureAwait(false);
            pl = (await LaesAsync<PlIndeksRaekke>(db, "rap_pl_indeks", ViewSql.PlIndeks(_provider), null, ct).ConfigureAwait(false))
                .Select(r => r.TilRecord()).ToList();
            personOpslag = await PersonerAsync(db, ct).ConfigureAwait(false);
        }
        var kendte = kommuner.Select(k => k.KommuneKode).ToHashSet();

        await using var befolkning = await StroemAsync("rap_befolkning", string.Format(ViewSql.Befolkning, ""),
            r => new Befolkning(RaekkeLaeser.Heltal(r, 0), RaekkeLaeser.Dato(r, 1), RaekkeLaeser.Heltal(r, 2), RaekkeLaeser.Heltal(r, 3)),
            b => b.KommuneKode, ct).ConfigureAwait(false);
        var tekster = new Tekstpulje();
        await using var indsatser = await StroemAsync("rap_indsats", string.Format(ViewSql.Indsatser, ""),
            r => new Indsats(RaekkeLaeser.Tekst(r, 0), RaekkeLaeser.Tekst(r, 1), RaekkeLaeser.Heltal(r, 2), tekster.Hent(RaekkeLaeser.Tekst(r, 3))!,
                tekster.Hent(RaekkeLaeser.TekstEllerNull(r, 4)), tekster.Hent(RaekkeLaeser.TekstEllerNull(r, 5)),
                RaekkeLaeser.Dato(r, 6), RaekkeLaeser.DatoEllerNull(r, 7)),
            i => i.KommuneKode, ct).ConfigureAwait(false);
        await using var undersoegelser = await StroemAsync("rap_undersoegelse", string.Format(ViewSql.Undersoegelser, ""),
            r => new Undersoegelse(RaekkeLaeser.Tekst(r, 0), RaekkeLaeser.Heltal(r, 1), RaekkeLaeser.Dato(r, 2)),
            u => u.KommuneKode, ct).ConfigureAwait(false);
        await using var regnskab = await StroemAsync("rap_regnskab", string.Format(ViewSql.Regnskab(_provider), ""),
            r => new RegnskabsPost(RaekkeLaeser.Heltal(r, 0), RaekkeLaeser.Heltal(r, 1), tekster.Hent(RaekkeLaeser.Tekst(r, 2))!,
                tekster.Hent(RaekkeLaeser.Tekst(r, 3))!, tekster.Hent(RaekkeLaeser.TekstEllerNull(r, 4)), RaekkeLaeser.Heltal(r, 5), RaekkeLaeser.Decimaltal(r, 6)),
            p => p.KommuneKode, ct).ConfigureAwait(false);
        await using var trivsel = await StroemAsync("rap_skoletrivsel", string.Format(ViewSql.Skoletrivsel(_provider), ""),
            r => new Skoletrivsel(RaekkeLaeser.Heltal(r, 0), tekster.Hent(RaekkeLaeser.Tekst(r, 1))!, tekster.Hent(RaekkeLaeser.Tekst(r, 2))!,
                tekster.Hent(RaekkeLaeser.Tekst(r, 3))!, RaekkeLaeser.DecimaltalEllerNull(r, 4), RaekkeLaeser.HeltalEllerNull(r, 5)),
            t => t.KommuneKode, ct).ConfigureAwait(false);

        foreach (var kommune in kommuner)
        {
            ct.ThrowIfCancellationRequested();
            var kode = kommune.KommuneKode;
            var ind = await indsatser.TagKommuneAsync(kode, ct).ConfigureAwait(false);
            var und = await undersoegelser.TagKommuneAsync(kode, ct).ConfigureAwait(false);
            var personIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var i in ind) personIds.Add(i.PersonId);
            foreach (var u in und) personIds.Add(u.PersonId);
            var personer = new List<Person>(personIds.Count);
            foreach (var id in personIds)
                if (personOpslag.TryGetValue(id, out var person)) personer.Add(person);
            personer.Sort((a, b) => string.CompareOrdinal(a.PersonId, b.PersonId));
            yield return new KommuneInput(
                kommune,
                await befolkning.TagKommuneAsync(kode, ct).ConfigureAwait(false),
                personer,
                ind,
                und,
                await regnskab.TagKommuneAsync(kode, ct).ConfigureAwait(false),
                pl,
                await trivsel.TagKommuneAsync(kode, ct).ConfigureAwait(false),
                kendte);
        }
    }

    private Task<KommuneStroem<T>> StroemAsync<T>(string view, string sql, Func<DbDataReader, T> map, Func<T, int> kode, CancellationToken ct) =>
        KommuneStroem<T>.AabnAsync(view, AabnAsync, sql, map, kode, ct);

    /// <summary>rap_person as a lookup; a person listed twice is kept once (the first row in id order).</summary>
    private static async Task<Dictionary<string, Person>> PersonerAsync(DbConnection db, CancellationToken ct)
    {
        var opslag = new Dictionary<string, Person>(StringComparer.Ordinal);
        try
        {
            await using var cmd = db.CreateCommand();
            cmd.CommandText = ViewSql.AllePersoner;
            await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await r.ReadAsync(ct).ConfigureAwait(false))
            {
                var id = RaekkeLaeser.Tekst(r, 0);
                if (!opslag.ContainsKey(id)) opslag[id] = new Person(id, RaekkeLaeser.DatoEllerNull(r, 1));
            }
        }
        catch (Exception e) when (e is DbException or InvalidCastException or FormatException)
        {
            throw new DataKildeFejl($"fejl ved læsning af rap_person: {e.Message}", e);
        }
        return opslag;
    }

    // A person listed twice in rap_person is kept once (the first row).
    private static List<Person> UnikkePersoner(IEnumerable<Person> personer)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        return personer.Where(p => set.Add(p.PersonId)).ToList();
    }

    private async Task<DbConnection> AabnAsync(CancellationToken ct)
    {
        var db = await _provider.AabnAsync(_connectionString, ct).ConfigureAwait(false);
        try
        {
            if (!_viewsTjekket)
            {
                await TjekViewsAsync(db, ct).ConfigureAwait(false);
                _viewsTjekket = true;
            }
            return db;
        }
        catch
        {
            await db.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Names the first missing view, so the user knows what the warehouse lacks.</summary>
    private async Task TjekViewsAsync(DbConnection db, CancellationToken ct)
    {
        IEnumerable<string> navne;
        try
        {
            navne = await db.QueryAsync<string>(new CommandDefinition(_provider.KatalogSql, cancellationToken: ct)).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            throw new DataKildeFejl($"kan ikke læse databasens katalog ({_provider.Provider.Ord()}): {e.Message}", e);
        }
        var findes = navne.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var mangler = ViewSql.Views.FirstOrDefault(v => !findes.Contains(v));
        if (mangler is not null) throw new DataKildeFejl($"databasen mangler viewet {mangler}");
    }

    private static async Task<IReadOnlyList<Kommune>> KommunerAsync(DbConnection db, CancellationToken ct) =>
        (await LaesAsync<KommuneRaekke>(db, "rap_kommune", ViewSql.Kommuner, null, ct).ConfigureAwait(false))
            .Select(r => r.TilRecord()).ToList();

    private static async Task<List<T>> LaesAsync<T>(DbConnection db, string view, string sql, object? parametre, CancellationToken ct)
    {
        try
        {
            var raekker = await db.QueryAsync<T>(new CommandDefinition(sql, parametre, cancellationToken: ct)).ConfigureAwait(false);
            return raekker.AsList();
        }
        catch (System.Data.DataException e) when (DapperKolonne.Match(e.Message) is { Success: true } m)
        {
            // Dapper's own text names the alias but may quote another column's value: use the cause.
            var aarsag = e.InnerException?.Message ?? e.Message;
            throw new DataKildeFejl($"fejl ved læsning af {view}, kolonnen {ViewSql.Kolonne(m.Groups[1].Value)}: {aarsag}", e);
        }
        catch (Exception e) when (e is DbException or System.Data.DataException or InvalidCastException or FormatException or OverflowException)
        {
            throw new DataKildeFejl($"fejl ved læsning af {view}: {e.Message}", e);
        }
    }

    private static readonly System.Text.RegularExpressions.Regex DapperKolonne = new(@"^Error parsing column \d+ \((\w+)=");
}
