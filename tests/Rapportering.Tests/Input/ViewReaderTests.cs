using System.Data.Common;
using Rapportering.Demo;
using Rapportering.Input;
using Rapportering.Tests.Infrastructure;
using static Rapportering.Tests.Input.ViewReaderFixture;

namespace Rapportering.Tests.Input;

/// <summary>
/// The same reader tests against every provider that runs here (SQLite file, real PostgreSQL).
/// Each test gets a fresh database with the schema from sql/&lt;provider&gt;/schema.sql and the
/// hand-made fixture, inserted in scrambled order so the readers' ordering is tested too.
/// </summary>
public abstract class ViewReaderTests : IAsyncLifetime
{
    protected abstract Provider Provider { get; }

    /// <summary>Connection string of a new, empty database.</summary>
    protected abstract Task<string> NyDatabaseAsync();

    /// <summary>A connection string that points at nothing (no server / no file).</summary>
    protected abstract string UtilgaengeligDatabase { get; }

    protected string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        ConnectionString = await NyDatabaseAsync();
        await using var db = await AabnAsync();
        await DatabaseProvider.For(Provider).OpretSkemaAsync(db);
        await DemoDatabase.SkrivAsync(db, DatabaseProvider.For(Provider), Data());
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    private Task<DbConnection> AabnAsync() => DatabaseProvider.For(Provider).AabnAsync(ConnectionString, default, opretFil: true);

    private ViewReader Reader() => new(Provider, ConnectionString);

    [Fact]
    public async Task Kommuner_laeses_i_kodeorden()
    {
        var kommuner = await Reader().LaesKommunerAsync();
        Assert.Equal([Haderslev, Herning], kommuner);
    }

    [Fact]
    public async Task Kommunens_registreringer_laeses_praecist_med_datoer_og_null()
    {
        var input = await Reader().LaesKommuneAsync(510);

        Assert.Equal(Haderslev, input.Kommune);
        // Ordered by kommune, date, age; Herning's row is filtered away.
        Assert.Equal(Befolkning510, input.Befolkning);
        // Ordered by indsats_id: leap day start and null slutdato survive the trip.
        Assert.Equal(Indsatser510, input.Indsatser);
        Assert.Null(input.Indsatser[0].Slutdato);
        // A clean fixture: every row read, none left out.
        Assert.Empty(input.Indlaesning.Brud);
        Assert.Equal(3, input.Indlaesning.RaekkerLaest["rap_befolkning"]);
        Assert.Equal([Undersoegelse510], input.Undersoegelser);
        // Persons referenced by 510's measures (A, B) and examinations (C) – not D (Herning).
        Assert.Equal([PersonA, PersonB, PersonC], input.Personer);
        Assert.Null(input.Personer[1].Foedselsdato);
    }

    [Fact]
    public async Task Beloeb_og_indeks_bevarer_decimaler()
    {
        var input = await Reader().LaesKommuneAsync(510);

        // Ordered by year, funktion, gruppering, dranst; -12.30 and 9876543.21 exactly.
        Assert.Equal(Regnskab510, input.Regnskab);
        Assert.Equal(-12.30m, input.Regnskab[1].Beloeb1000Kr);
        Assert.Equal(9876543.21m, input.Regnskab[2].Beloeb1000Kr);
        // PL index is national: the same rows whichever kommune is read.
        Assert.Equal(Pl, input.PlIndeks);
        Assert.Equal(Trivsel510, input.Skoletrivsel);
        Assert.Null(input.Skoletrivsel[0].Gennemsnit);
        Assert.Null(input.Skoletrivsel[0].Antal);
    }

    [Fact]
    public async Task Kendte_kommuner_er_alle_i_rap_kommune()
    {
        var input = await Reader().LaesKommuneAsync(657);

        Assert.Equal(new HashSet<int> { 510, 657 }, input.KendteKommuner);
        Assert.Equal([Indsats657], input.Indsatser);
        Assert.Equal([PersonD], input.Personer);
        Assert.Equal([Regnskab657], input.Regnskab);
        Assert.Equal(Pl, input.PlIndeks);
    }

    [Fact]
    public async Task Alle_kommuner_paa_en_gang_giver_det_samme_som_en_ad_gangen()
    {
        var reader = Reader();
        var alle = new List<KommuneInput>();
        await foreach (var k in reader.LaesAlleAsync()) alle.Add(k);

        Assert.Equal([510, 657], alle.Select(k => k.Kommune.KommuneKode));
        foreach (var samlet in alle)
        {
            var enkelt = await reader.LaesKommuneAsync(samlet.Kommune.KommuneKode);
            Assert.Equal(enkelt.Befolkning, samlet.Befolkning);
            Assert.Equal(enkelt.Personer, samlet.Personer);
            Assert.Equal(enkelt.Indsatser, samlet.Indsatser);
            Assert.Equal(enkelt.Undersoegelser, samlet.Undersoegelser);
            Assert.Equal(enkelt.Regnskab, samlet.Regnskab);
            Assert.Equal(enkelt.PlIndeks, samlet.PlIndeks);
            Assert.Equal(enkelt.Skoletrivsel, samlet.Skoletrivsel);
            Assert.Equal(enkelt.KendteKommuner, samlet.KendteKommuner);
        }
    }

    [Fact]
    public async Task Ukendt_kommune_giver_en_linjes_fejl()
    {
        var fejl = await Assert.ThrowsAsync<DataKildeFejl>(() => Reader().LaesKommuneAsync(999));
        Assert.Equal("kommune 999 findes ikke i rap_kommune", fejl.Message);
    }

    [Fact]
    public async Task Manglende_view_navngives()
    {
        await using (var db = await AabnAsync())
        await using (var cmd = db.CreateCommand())
        {
            cmd.CommandText = "DROP VIEW rap_indsats";
            await cmd.ExecuteNonQueryAsync();
        }

        var fejl = await Assert.ThrowsAsync<DataKildeFejl>(() => Reader().LaesKommuneAsync(510));
        Assert.Equal("databasen mangler viewet rap_indsats", fejl.Message);
    }

    [Fact]
    public async Task Utilgaengelig_database_giver_en_linjes_fejl()
    {
        var fejl = await Assert.ThrowsAsync<DataKildeFejl>(() => new ViewReader(Provider, UtilgaengeligDatabase).LaesKommunerAsync());
        Assert.DoesNotContain('\n', fejl.Message);
        Assert.NotEmpty(fejl.Message);
    }

    [Fact]
    public async Task Ugyldig_forbindelsesstreng_giver_en_linjes_fejl()
    {
        var fejl = await Assert.ThrowsAsync<DataKildeFejl>(() => new ViewReader(Provider, "Ukendt Noegle=1").LaesKommunerAsync());
        Assert.Equal($"ugyldig forbindelsesstreng til {Provider.Ord()}: et felt er ukendt eller har en ugyldig værdi", fejl.Message);
    }

    [Fact]
    public async Task Views_har_kontraktens_kolonnenavne()
    {
        var kontrakt = new Dictionary<string, string[]>
        {
            ["rap_kommune"] = ["kommune_kode", "navn"],
            ["rap_befolkning"] = ["kommune_kode", "dato", "alder", "antal"],
            ["rap_person"] = ["person_id", "foedselsdato"],
            ["rap_indsats"] = ["indsats_id", "person_id", "kommune_kode", "indsatstype", "lovgrundlag", "bevilget_af", "startdato", "slutdato"],
            ["rap_undersoegelse"] = ["person_id", "kommune_kode", "afgoerelsesdato"],
            ["rap_regnskab"] = ["kommune_kode", "aar", "regnskabstype", "funktion", "gruppering", "dranst", "beloeb_1000kr"],
            ["rap_pl_indeks"] = ["aar", "indeks"],
            ["rap_skoletrivsel"] = ["kommune_kode", "skoleaar", "gruppe", "indikator", "gennemsnit", "antal"],
        };
        await using var db = await AabnAsync();
        foreach (var (view, kolonner) in kontrakt)
        {
            await using var cmd = db.CreateCommand();
            cmd.CommandText = $"SELECT * FROM {view}";
            await using var r = await cmd.ExecuteReaderAsync();
            Assert.Equal(kolonner, Enumerable.Range(0, r.FieldCount).Select(r.GetName));
        }
    }
}

public sealed class SqliteViewReaderTests : ViewReaderTests
{
    private readonly string _mappe = Path.Combine(Path.GetTempPath(), "rap-sqlite-" + Guid.NewGuid().ToString("N")[..12]);

    protected override Provider Provider => Provider.Sqlite;

    protected override Task<string> NyDatabaseAsync()
    {
        Directory.CreateDirectory(_mappe);
        return Task.FromResult($"Data Source={Path.Combine(_mappe, "fixture.db")}");
    }

    protected override string UtilgaengeligDatabase => $"Data Source={Path.Combine(_mappe, "findes-ikke.db")}";

    public override Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_mappe, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Manglende_fil_opretter_ikke_en_tom_database()
    {
        var sti = Path.Combine(_mappe, "findes-ikke.db");
        var fejl = await Assert.ThrowsAsync<DataKildeFejl>(() => new ViewReader(Provider.Sqlite, $"Data Source={sti}").LaesKommunerAsync());
        Assert.Equal($"SQLite-databasen findes ikke: {sti}", fejl.Message);
        Assert.False(File.Exists(sti));
    }
}

[Collection(PostgresServer.Samling)]
public sealed class PostgresViewReaderTests(PostgresServer server) : ViewReaderTests
{
    protected override Provider Provider => Provider.Postgres;

    protected override Task<string> NyDatabaseAsync() => server.OpretDatabaseAsync();

    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    protected override string UtilgaengeligDatabase => "Host=127.0.0.1;Port=1;Username=postgres;Database=x;Timeout=5";

    [Fact]
    public async Task Ukendt_database_paa_serveren_giver_en_linjes_fejl()
    {
        var fejl = await Assert.ThrowsAsync<DataKildeFejl>(() =>
            new ViewReader(Provider.Postgres, server.ConnectionString("findes_ikke")).LaesKommunerAsync());
        Assert.StartsWith("kan ikke forbinde til databasen (postgres):", fejl.Message);
    }
}
