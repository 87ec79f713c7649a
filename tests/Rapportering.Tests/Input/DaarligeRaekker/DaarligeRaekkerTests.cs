using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Pipeline;
using Rapportering.Tests.Infrastructure;

namespace Rapportering.Tests.Input.DaarligeRaekker;

/// <summary>
/// Each kind of malformed row of the <see cref="Korpus"/> alone in a copy of the loose demo
/// database: the report still arrives in all four formats, the right finding (view, rule,
/// column) with the right count appears beside the base's own, no CPR-shaped value reaches the
/// HTML or JSON, and every figure equals the one computed from the same database with those
/// rows removed by hand.
/// </summary>
public abstract class DaarligeRaekkerTests
{
    protected static readonly Skaeringsdato Dato = Skaeringsdato.Parse("2025-09-30");

    public static TheoryData<Slags> Alle()
    {
        var data = new TheoryData<Slags>();
        foreach (var s in Korpus.Alle) data.Add(s);
        return data;
    }

    protected abstract string Provider { get; }
    protected abstract Task<string> BasisAsync();
    protected abstract Task<string> KopiMedAsync(string sql);
    protected virtual bool Understoetter(Slags s) => true;

    private static readonly Dictionary<string, Task<RapportResultat>> Basisresultater = [];

    private Task<RapportResultat> BasisResultatAsync()
    {
        lock (Basisresultater)
        {
            if (!Basisresultater.TryGetValue(Provider, out var t))
                Basisresultater[Provider] = t = Task.Run(async () => await Byg(await BasisAsync(), new HashSet<Format> { Format.Json }));
            return t;
        }
    }

    private Task<RapportResultat> Byg(string cs, IReadOnlySet<Format> formater) =>
        new RapportPipeline().ByggAsync(new RapportBestilling(new DataKilde(Provider, cs), 510, Dato, formater));

    [Fact]
    public void Korpuset_har_mindst_30_slags_fordelt_paa_alle_otte_views()
    {
        Assert.True(Korpus.Alle.Length >= 30);
        Assert.Equal(8, Korpus.Alle.SelectMany(s => s.Fund.Select(f => f.View)).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Alle))]
    public async Task En_slags_daarlige_raekker_giver_rapport_fund_og_samme_tal_som_haandrenset(Slags slags)
    {
        if (!Understoetter(slags)) return;
        var basis = await BasisResultatAsync();
        var beskidt = await Byg(await KopiMedAsync(slags.Sql), Formater.Alle);

        // All four formats, each what it claims to be.
        Assert.Equal(Formater.Alle, beskidt.Filer.Keys.ToHashSet());
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(beskidt.Filer[Format.Pdf], 0, 5));
        Assert.Equal("PK", Encoding.ASCII.GetString(beskidt.Filer[Format.Xlsx], 0, 2));
        var html = Encoding.UTF8.GetString(beskidt.Filer[Format.Html]);
        var json = Encoding.UTF8.GetString(beskidt.Filer[Format.Json]);
        foreach (var cpr in new[] { "010203-1234", "0102031234" })
        {
            Assert.DoesNotContain(cpr, html);
            Assert.DoesNotContain(cpr, json);
        }

        // The figures: as if the rows had never been there.
        var ren = slags.Ren is null ? basis : await Byg(await KopiMedAsync(slags.Ren), new HashSet<Format> { Format.Json });
        Assert.Equal(ren.Eksport.Observationer, beskidt.Eksport.Observationer);

        // The findings the kind adds to those of the database cleaned by hand, by view, rule and column.
        Assert.Equal(slags.Fund.Order().ToList(), Forskel(beskidt.Eksport.Datakvalitet, ren.Eksport.Datakvalitet));
        foreach (var f in slags.Fund) Assert.Contains(f.View, html);
    }

    private static List<(string View, string Regel, string? Kolonne, int Antal)> Forskel(IEnumerable<DatakvalitetFund> med, IEnumerable<DatakvalitetFund> uden)
    {
        static Dictionary<(string, string, string?), int> Sum(IEnumerable<DatakvalitetFund> f) =>
            f.GroupBy(x => (x.View ?? "", x.Regel, x.Kolonne)).ToDictionary(g => g.Key, g => g.Sum(x => x.Antal));
        var a = Sum(med);
        var b = Sum(uden);
        return a.Select(kv => (kv.Key.Item1, kv.Key.Item2, kv.Key.Item3, kv.Value - b.GetValueOrDefault(kv.Key)))
            .Where(x => x.Item4 != 0).Order().ToList();
    }
}

public sealed class SqliteBasis : IDisposable
{
    public string Mappe { get; } = Directory.CreateTempSubdirectory("rap-dq-").FullName;
    public string Db => Path.Combine(Mappe, "loes.db");

    public SqliteBasis() => LoesDatabase.OpretSqlite(Db);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Mappe, recursive: true);
    }
}

public sealed class SqliteDaarligeRaekkerTests(SqliteBasis basis) : DaarligeRaekkerTests, IClassFixture<SqliteBasis>
{
    protected override string Provider => "sqlite";
    protected override Task<string> BasisAsync() => Task.FromResult($"Data Source={basis.Db};Pooling=False");

    protected override Task<string> KopiMedAsync(string sql)
    {
        var kopi = Path.Combine(basis.Mappe, $"{Guid.NewGuid():N}.db");
        File.Copy(basis.Db, kopi);
        var cs = $"Data Source={kopi};Pooling=False";
        using var db = new SqliteConnection(cs);
        db.Open();
        LoesDatabase.Koer(db, sql);
        return Task.FromResult(cs);
    }
}

[Collection(PostgresServer.Samling)]
public sealed class PostgresDaarligeRaekkerTests(PostgresServer server) : DaarligeRaekkerTests
{
    private static Task<string>? _basis;
    private static readonly object Laas = new();
    private static int _kopier;

    protected override string Provider => "postgres";
    protected override bool Understoetter(Slags s) => !s.KunSqlite;

    protected override Task<string> BasisAsync()
    {
        lock (Laas) return _basis ??= Task.Run(async () => UdenPool(await LoesDatabase.OpretPostgresAsync(server)));
    }

    protected override async Task<string> KopiMedAsync(string sql)
    {
        var basis = new NpgsqlConnectionStringBuilder(await BasisAsync());
        var navn = $"{basis.Database}_k{Interlocked.Increment(ref _kopier)}";
        await using (var db = new NpgsqlConnection(UdenPool(server.ConnectionString("postgres"))))
        {
            await db.OpenAsync();
            LoesDatabase.Koer(db, $"CREATE DATABASE {navn} TEMPLATE {basis.Database}");
        }
        var cs = UdenPool(server.ConnectionString(navn));
        await using (var db = new NpgsqlConnection(cs))
        {
            await db.OpenAsync();
            LoesDatabase.Koer(db, sql);
        }
        return cs;
    }

    private static string UdenPool(string cs) => new NpgsqlConnectionStringBuilder(cs) { Pooling = false }.ConnectionString;

    [Fact]
    public async Task Et_numeric_der_ikke_kan_vaere_en_decimal_er_et_ugyldigt_tal_ikke_en_stoppet_laesning()
    {
        // A typed warehouse column can hold what .NET's decimal cannot (1e40): the provider's own
        // conversion throws; the row is a finding like any other bad cell.
        var beskidt = await KopiMedAsync("DROP VIEW rap_pl_indeks; CREATE VIEW rap_pl_indeks AS SELECT aar, " +
            "CASE WHEN aar = '2013' THEN 1e40::numeric ELSE indeks::numeric END AS indeks FROM pl_indeks;");
        var input = await new Rapportering.Input.ViewReader(Rapportering.Input.Provider.Postgres, beskidt).LaesKommuneAsync(510);
        Assert.Contains(input.Indlaesning.Brud, b => b is { View: "rap_pl_indeks", Regel: "ugyldigt_tal", Kolonne: "indeks", Antal: 1 });
        Assert.DoesNotContain(input.PlIndeks, p => p.Aar == 2013);
        Assert.Contains(input.PlIndeks, p => p.Aar == 2014);
    }
}
