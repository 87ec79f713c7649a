using Rapportering.Input;

namespace Rapportering.Tests.Input;

public sealed class ProviderOrdTests
{
    [Theory]
    [InlineData("sqlite", Provider.Sqlite)]
    [InlineData("postgres", Provider.Postgres)]
    [InlineData("SqlServer", Provider.SqlServer)]
    public void CLI_ord_kendes(string ord, Provider forventet)
    {
        Assert.Equal(forventet, ProviderOrd.Parse(ord));
        Assert.Equal(ord.ToLowerInvariant(), forventet.Ord());
    }

    [Fact]
    public void Ukendt_ord_giver_dansk_fejl()
    {
        var fejl = Assert.Throws<DataKildeFejl>(() => ProviderOrd.Parse("mysql"));
        Assert.Equal("ukendt provider 'mysql': brug sqlite, postgres eller sqlserver", fejl.Message);
    }

    [Fact]
    public void SqlServer_skemaet_deles_ved_GO_saa_hvert_view_er_sin_egen_batch()
    {
        var batches = DatabaseProvider.For(Provider.SqlServer).SkemaBatches();
        // 1 batch of tables + 8 views, each CREATE VIEW first in its own batch.
        Assert.Equal(9, batches.Count);
        Assert.All(batches.Skip(1), b => Assert.StartsWith("CREATE VIEW", b.Trim()));
        Assert.Single(DatabaseProvider.For(Provider.Sqlite).SkemaBatches());
    }
}
