using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Figures.Datakvalitet;
using Rapportering.Figures.Noegletal;
using Rapportering.Input;

using Rapportering.Tests.Figures.Noegletal;

namespace Rapportering.Tests.Figures.Datakvalitet;

public class RegistreringsKontrolTests
{
    private static readonly Skaeringsdato Sep2017 = Skaeringsdato.Parse("2017-09-30");

    /// <summary>Five good persons with forebyggende, and one bad row (or two) per rule.</summary>
    private static KommuneInput Fixtur()
    {
        var f = new FixturBygger().Befolkning("2016-12-31", 1000).Befolkning("2017-06-30", 1000);
        var gode = f.Personer(5);
        f.Indsats(gode, Indsatstyper.Forebyggende, "2017-01-01");
        f.Indsats(gode[0], Indsatstyper.Forebyggende, "2017-01-01");                       // dublet
        f.Indsats(f.Person(), Indsatstyper.Forebyggende, "2017-01-01", kommune: 999);     // ukendt_kommune
        f.Indsats(f.Person(), "skolestoette", "2017-03-01", "2017-02-01");                // ukendt_indsatstype (first rule wins)
        f.Indsats(f.Person(), Indsatstyper.Forebyggende, "2017-03-01", "2017-02-01");     // slutdato_foer_startdato
        f.Indsats(f.Person(), Indsatstyper.Forebyggende, "2017-09-30", "2017-09-29");     // slutdato_foer_startdato
        f.Indsats(f.Person(), Indsatstyper.Forebyggende, "2017-10-01");                   // startdato_i_fremtiden
        f.Indsats("ukendt-42", Indsatstyper.Forebyggende, "2017-01-01");                  // person_ukendt
        f.Indsats(f.Person(null), Indsatstyper.Forebyggende, "2017-01-01");               // person_mangler_foedselsdato
        f.Indsats(f.Person(), Indsatstyper.Forebyggende, "2017-01-01", kommune: FixturBygger.AndenKendtKommune); // not ours: skipped
        var input = f.Byg();
        return input with
        {
            Undersoegelser = [new Undersoegelse(gode[1], FixturBygger.Kode, FixturBygger.D("2017-02-01")),
                              new Undersoegelse(gode[2], 998, FixturBygger.D("2017-02-01"))], // ukendt_kommune
        };
    }

    [Fact]
    public void Hver_regel_taelles_og_daarlige_raekker_udelades()
    {
        var renset = RegistreringsKontrol.Rens(Fixtur(), Sep2017);

        // 5 good measures remain (the dublet kept once); 1 of 2 examinations
        Assert.Equal(5, renset.Indsatser.Count);
        Assert.Single(renset.Undersoegelser);
        Assert.Equal(
            [("ukendt_kommune", 2), ("ukendt_indsatstype", 1), ("slutdato_foer_startdato", 2), ("startdato_i_fremtiden", 1),
             ("person_ukendt", 1), ("person_mangler_foedselsdato", 1), ("dublet", 1)],
            renset.Fund.Select(x => (x.Regel, x.Antal)));
    }

    [Fact]
    public void Udeladte_raekker_bruges_ikke_i_noegletal_og_fund_naevner_ingen_person()
    {
        var input = Fixtur();
        var (obs, fund) = NoegletalBeregner.Beregn(input, Sep2017);

        // only the 5 good persons: 5 * 1000 / 1000 = 5
        var o = obs.Find(Katalog.ForebyggendePr1000, null, "2017-09-30");
        Assert.Equal(5m, o.Taeller);
        Assert.Equal(5m, o.Vaerdi);
        Assert.Equal(7, fund.Count);
        var ids = input.Personer.Select(p => p.PersonId).Append("ukendt-42");
        foreach (var x in fund)
        {
            Assert.False(string.IsNullOrWhiteSpace(x.Beskrivelse));
            Assert.DoesNotContain(ids, id => x.Beskrivelse.Contains(id, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Start_efter_skaeringsdatoen_men_foer_udtraekket_er_ikke_en_fejl()
    {
        // The fixture's 2017-10-01 start lies after the cut date 30 Sep 2017. Extracted 2017-11-24,
        // it is simply a later report's data: left out of the figures, no finding (5 good remain).
        var renset = RegistreringsKontrol.Rens(Fixtur(), Sep2017, udtraek: new DateOnly(2017, 11, 24));
        Assert.DoesNotContain(renset.Fund, f => f.Regel == "startdato_i_fremtiden");
        Assert.Equal(5, renset.Indsatser.Count);

        // Extracted the day before that start, the same row is a registration from the future.
        var tidlig = RegistreringsKontrol.Rens(Fixtur(), Sep2017, udtraek: new DateOnly(2017, 9, 30));
        var fund = Assert.Single(tidlig.Fund, f => f.Regel == "startdato_i_fremtiden");
        Assert.Equal(1, fund.Antal);
        Assert.Contains("30. september 2017", fund.Beskrivelse);
    }
}
