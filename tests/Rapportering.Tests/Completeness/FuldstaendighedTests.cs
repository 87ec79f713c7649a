using Rapportering.Completeness;
using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Input;
using Rapportering.Templates;

using Rapportering.Tests.Jobs;

namespace Rapportering.Tests.Completeness;

public class FuldstaendighedTests
{
    private static readonly Skaeringsdato Sep2017 = Skaeringsdato.Parse("2017-09-30");

    [Fact]
    public void Komplet_input_har_ingen_mangler()
    {
        var input = InputFabrik.Komplet(101, Sep2017);
        Assert.Empty(Fuldstaendighed.Mangler(input, Sep2017, FuldstaendighedsRegler.Standard, Basisperioder.Standard));
    }

    [Fact]
    public void Mangler_naevnes_paa_dansk_med_dato_og_aar()
    {
        // No population, no 2016 accounts, and the only measure started before 31 May 2017.
        var input = InputFabrik.Komplet(101, Sep2017, udenBefolkningOgRegnskab2016: true) with
        {
            Indsatser = [new Indsats("i1", "p1", 101, "forebyggende", null, "myndighed", new DateOnly(2017, 5, 1), null)],
        };
        var mangler = Fuldstaendighed.Mangler(input, Sep2017, FuldstaendighedsRegler.Standard, Basisperioder.Standard);
        Assert.Equal(
            ["befolkningstal mangler for 30. september 2017", "ingen registreringer efter 31. maj 2017", "regnskab 2016 mangler"],
            mangler);
    }

    [Fact]
    public void Befolkningstal_aeldre_end_12_maaneder_er_mangel_og_regel_kan_slaas_fra()
    {
        // Population dated 2016-09-30 is exactly 12 months old: (d - 12 months, d] excludes it.
        var input = InputFabrik.Komplet(101, Sep2017) with
        {
            Befolkning = Enumerable.Range(0, 18).Select(a => new Befolkning(101, new DateOnly(2016, 9, 30), a, 500)).ToList(),
        };
        Assert.Equal(["befolkningstal mangler for 30. september 2017"],
            Fuldstaendighed.Mangler(input, Sep2017, FuldstaendighedsRegler.Standard, Basisperioder.Standard));
        Assert.Empty(Fuldstaendighed.Mangler(input, Sep2017, new FuldstaendighedsRegler { BefolkningMaxAlderMaaneder = null }, Basisperioder.Standard));
    }

    [Fact]
    public void Januar_kraever_regnskab_to_aar_tilbage_og_basisperioden()
    {
        // 31 Jan 2017: accounts 2016 are not closed yet, so 2015 is required; base years 2011-2014 too.
        var jan = Skaeringsdato.Parse("2017-01-31");
        var input = InputFabrik.Komplet(101, jan) with
        {
            Regnskab = InputFabrik.Komplet(101, jan).Regnskab.Where(r => r.Aar is not (2012 or 2015 or 2016)).ToList(),
        };
        Assert.Equal(["regnskab 2012 mangler", "regnskab 2015 mangler"],
            Fuldstaendighed.Mangler(input, jan, FuldstaendighedsRegler.Standard, Basisperioder.Standard));
    }

    [Fact]
    public void Manglende_pl_indeks_naevnes()
    {
        var input = InputFabrik.Komplet(101, Sep2017) with { PlIndeks = InputFabrik.Komplet(101, Sep2017).PlIndeks.Where(p => p.Aar != 2017).ToList() };
        Assert.Equal(["pris- og lønindeks 2017 mangler"], Fuldstaendighed.Mangler(input, Sep2017, FuldstaendighedsRegler.Standard));
    }

    private static KommuneInput MedLaesteRaekker(KommuneInput input, int indsatser) => input with
    {
        Indlaesning = new Rapportering.Input.Kontrakt.Indlaesning(new Dictionary<string, int> { ["rap_indsats"] = indsatser }, []),
    };

    private static DatakvalitetFund Fund(string regel, int antal, string? kolonne, Rapportering.Input.Kontrakt.Behandling b = Rapportering.Input.Kontrakt.Behandling.Udeladt) =>
        new(regel, antal, "") { View = "rap_indsats", Kolonne = kolonne, Behandling = b };

    [Fact]
    public void For_mange_udeladte_raekker_i_et_view_holder_tilbage_med_view_regel_og_antal()
    {
        // 200 measures read; 2 + 1 left out = 1,5 pct. > 1 pct. Copies counted once do not count.
        var input = MedLaesteRaekker(InputFabrik.Komplet(101, Sep2017), 200);
        var fund = new[] { Fund("ugyldig_dato", 2, "startdato"), Fund("mangler_vaerdi", 1, "bevilget_af"), Fund("dublet_raekke", 40, null, Rapportering.Input.Kontrakt.Behandling.TaltEnGang) };
        Assert.Equal(
            ["rap_indsats: 3 af 200 rækker (1,5 pct.) er udeladt (ugyldig dato i kolonnen startdato: 2; mangler vaerdi i kolonnen bevilget_af: 1); grænsen er 1,0 pct."],
            Fuldstaendighed.Mangler(input, Sep2017, FuldstaendighedsRegler.Standard, Basisperioder.Standard, fund));
        // Exactly at the share (2 of 200 = 1,0 pct.) is not too many; the rule switched off holds nothing back.
        Assert.Empty(Fuldstaendighed.Mangler(input, Sep2017, FuldstaendighedsRegler.Standard, Basisperioder.Standard, fund.Skip(1).Append(Fund("ugyldig_dato", 1, "startdato")).ToList()));
        Assert.Empty(Fuldstaendighed.Mangler(input, Sep2017, new FuldstaendighedsRegler { MaksUdeladtPct = null }, Basisperioder.Standard, fund));
    }

    [Fact]
    public void Et_befolkningstal_uden_en_alder_er_ufuldstaendigt()
    {
        var komplet = InputFabrik.Komplet(101, Sep2017);
        var input = komplet with { Befolkning = komplet.Befolkning.Where(b => b.Alder != 7).ToList() };
        Assert.Equal(["befolkningstallet pr. 30. august 2017 er ufuldstændigt: 1 af aldrene 0-17 år mangler i rap_befolkning"],
            Fuldstaendighed.Mangler(input, Sep2017, FuldstaendighedsRegler.Standard, Basisperioder.Standard));
        Assert.Empty(Fuldstaendighed.Mangler(input, Sep2017, new FuldstaendighedsRegler { KraevFuldBefolkning = false }, Basisperioder.Standard));
    }
}
