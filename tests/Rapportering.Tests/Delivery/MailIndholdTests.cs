using Rapportering.Delivery;
using Rapportering.Domain;
using Rapportering.Templates;

namespace Rapportering.Tests.Delivery;

/// <summary>The report mail's words come from rapport/tekster.json ("mail.*"): the built-in ones as written here, and a kommune's own.</summary>
public sealed class MailIndholdTests
{
    private static LeveringsPakke Pakke(RapportTekster tekster, string? link = "https://arkiv.test/510/2017-09-30/v2/510-2017-09-30.xlsx") =>
        new(510, "Haderslev Kommune", Skaeringsdato.Parse("2017-09-30"), 2, "510-2017-09-30.pdf", [0x25, 0x50], link, new Dictionary<string, byte[]>(), tekster);

    [Fact]
    public void Mailen_med_standardteksterne()
    {
        var mail = MailIndhold.Rapport(Pakke(RapportTekster.Indbyggede()), new Modtager("", "chef@kommune.test"), new SmtpIndstillinger());
        Assert.Equal("Nøgletal, økonomi og trivsel – Haderslev Kommune, 30. september 2017", mail.Subject);
        Assert.Equal(
            "Kære modtager\n\nHermed rapporten \"Nøgletal, økonomi og trivsel\" for Haderslev Kommune med skæringsdato 30. september 2017 (version 2).\n"
            + "Rapporten er vedhæftet som PDF.\n\nRegnearket med tallene bag figurerne: https://arkiv.test/510/2017-09-30/v2/510-2017-09-30.xlsx\n\nVenlig hilsen\nRapportering\n",
            mail.TextBody!.ReplaceLineEndings("\n"));
        Assert.Equal("510-2017-09-30.pdf", Assert.Single(mail.Attachments).ContentDisposition!.FileName);
    }

    [Fact]
    public void Kommunens_egne_ord_i_mailen()
    {
        using var egne = new Templates.EgneTekster(
            """{ "mail": { "emne": "Tertialrapport {dato}", "hilsen": "Hej {modtager}", "afsender": "Børne- og Familieafdelingen" } }""");
        var mail = MailIndhold.Rapport(Pakke(egne.Laes(), link: null),
            new Modtager("Anne Jensen", "anne@kommune.test"), new SmtpIndstillinger());
        Assert.Equal("Tertialrapport 30. september 2017", mail.Subject);
        var linjer = mail.TextBody!.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("Hej Anne Jensen", linjer[0]);
        Assert.Equal(["Venlig hilsen", "Børne- og Familieafdelingen", ""], linjer[^3..]);
        Assert.DoesNotContain(linjer, l => l.StartsWith("Regnearket", StringComparison.Ordinal)); // no link, no line
    }
}
