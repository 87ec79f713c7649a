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
    /// Every kommune's input, in kommune order. Reads each view once (one query per view for all
    /// kommuner) and splits in memory: far fewer round trips than calling
    /// <see cref="LaesKommuneAsync"/> per kommune. Holds the whole contract in memory meanwhile.
    /// </summary>
    public async IAsyncEnumerable<KommuneInput> LaesAlleAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        Alle alle;
        await using (var db = await AabnAsync(ct).ConfigureAwait(false))
        {
            alle = await LaesAlleRaekkerAsync(db, ct).ConfigureAwait(false);
        }
        var kendte = alle.Kommuner.Select(k => k.KommuneKode).ToHashSet();
        foreach (var kommune in alle.Kommuner)
        {
            ct.ThrowIfCancellationRequested();
            var kode = kommune.KommuneKode;
            var indsatser = alle.Indsatser[kode].ToList();
            var undersoegelser = alle.Undersoegelser[kode].ToList();
            var personIds = indsatser.Select(i => i.PersonId).Concat(undersoegelser.Select(u => u.PersonId)).ToHashSet(StringComparer.Ordinal);
            var personer = personIds
                .Where(alle.Personer.ContainsKey)
                .Order(StringComparer.Ordinal)
                .Select(id => alle.Personer[id])
                .ToList();
            yield return new KommuneInput(
                kommune,
                alle.Befolkning[kode].ToList(),
                personer,
                indsatser,
                undersoegelser,
                alle.Regnskab[kode].ToList(),
                alle.PlIndeks,
                alle.Skoletrivsel[kode].ToList(),
                kendte);
        }
    }

    private sealed record Alle(
        IReadOnlyList<Kommune> Kommuner,
        ILookup<int, Befolkning> Befolkning,
        IReadOnlyDictionary<string, Person> Personer,
        ILookup<int, Indsats> Indsatser,
        ILookup<int, Undersoegelse> Undersoegelser,
        ILookup<int, RegnskabsPost> Regnskab,
        IReadOnlyList<PlIndeks> PlIndeks,
        ILookup<int, Skoletrivsel> Skoletrivsel);

    private async Task<Alle> LaesAlleRaekkerAsync(DbConnection db, CancellationToken ct)
    {
        var kommuner = await KommunerAsync(db, ct).ConfigureAwait(false);
        var befolkning = await LaesAsync<BefolkningRaekke>(db, "rap_befolkning", string.Format(ViewSql.Befolkning, ""), null, ct);
        var personer = await LaesAsync<PersonRaekke>(db, "rap_person", ViewSql.AllePersoner, null, ct);
        var indsatser = await LaesAsync<IndsatsRaekke>(db, "rap_indsats", string.Format(ViewSql.Indsatser, ""), null, ct);
        var undersoegelser = await LaesAsync<UndersoegelseRaekke>(db, "rap_undersoegelse", string.Format(ViewSql.Undersoegelser, ""), null, ct);
        var regnskab = await LaesAsync<RegnskabRaekke>(db, "rap_regnskab", string.Format(ViewSql.Regnskab(_provider), ""), null, ct);
        var pl = await LaesAsync<PlIndeksRaekke>(db, "rap_pl_indeks", ViewSql.PlIndeks(_provider), null, ct);
        var trivsel = await LaesAsync<SkoletrivselRaekke>(db, "rap_skoletrivsel", string.Format(ViewSql.Skoletrivsel(_provider), ""), null, ct);

        var personOpslag = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var p in personer) personOpslag.TryAdd(p.PersonId, p.TilRecord());

        return new Alle(
            kommuner,
            befolkning.Select(r => r.TilRecord()).ToLookup(r => r.KommuneKode),
            personOpslag,
            indsatser.Select(r => r.TilRecord()).ToLookup(r => r.KommuneKode),
            undersoegelser.Select(r => r.TilRecord()).ToLookup(r => r.KommuneKode),
            regnskab.Select(r => r.TilRecord()).ToLookup(r => r.KommuneKode),
            pl.Select(r => r.TilRecord()).ToList(),
            trivsel.Select(r => r.TilRecord()).ToLookup(r => r.KommuneKode));
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
        catch (Exception e) when (e is DbException or System.Data.DataException or InvalidCastException or FormatException)
        {
            throw new DataKildeFejl($"fejl ved læsning af {view}: {e.Message}", e);
        }
    }
}
