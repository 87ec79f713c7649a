using Rapportering.Domain;

namespace Rapportering.Tests.Domain;

public class SkaeringsdatoTests
{
    [Theory]
    [InlineData("2017-01-31", "2016-09-30")] // across the year boundary
    [InlineData("2017-05-31", "2017-01-31")]
    [InlineData("2017-09-30", "2017-05-31")]
    public void Forrige_skaeringsdato(string dato, string forventet) =>
        Assert.Equal(forventet, Skaeringsdato.Parse(dato).Forrige().Iso);

    [Theory]
    [InlineData("2017-09-29")]
    [InlineData("2017-02-28")]
    [InlineData("2017-13-01")]
    [InlineData("30-09-2017")]
    public void Andre_datoer_er_ikke_skaeringsdatoer(string dato) =>
        Assert.False(Skaeringsdato.TryParse(dato, out _, out _));

    [Fact]
    public void Serie_fra_foerste_dato_med_data()
    {
        var serie = Skaeringsdato.Parse("2017-09-30").SerieFra(new DateOnly(2016, 9, 1));
        Assert.Equal(["2016-09-30", "2017-01-31", "2017-05-31", "2017-09-30"], serie.Select(s => s.Iso));
    }
}
