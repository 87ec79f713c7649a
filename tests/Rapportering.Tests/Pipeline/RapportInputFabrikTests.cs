using Rapportering.Pipeline;
using Rapportering.Templates;
using Rapportering.Tests.Report;

namespace Rapportering.Tests.Pipeline;

public class RapportInputFabrikTests
{
    [Fact]
    public void Logo_findes_i_kommunens_mappe_og_bliver_en_absolut_sti()
    {
        var mappe = Directory.CreateTempSubdirectory("rapportinput-");
        try
        {
            Directory.CreateDirectory(Path.Combine(mappe.FullName, "logos"));
            File.WriteAllText(Path.Combine(mappe.FullName, "logos", "510.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
            var skabelon = RapportFixtur.Skabelon() with { Branding = RapportFixtur.Skabelon().Branding with { Logo = "logos/510.svg" } };
            var input = RapportInputFabrik.Fra(RapportFixtur.Eksport(), "Haderslev Kommune", skabelon,
                Skabeloner.Standard(mappe.FullName), RapportTekster.Indbyggede(), new DateOnly(2017, 10, 3), RapportFixtur.Oprettet);
            Assert.Equal(Path.Combine(mappe.FullName, "logos", "510.svg"), input.LogoSti);
            Assert.Equal((510, "2017-09-30"), (input.KommuneKode, input.Skaeringsdato.Iso));
            Assert.Equal("Resumé", input.Tekster.Hent("afsnit.resume.overskrift"));

            var udenLogo = RapportInputFabrik.Fra(RapportFixtur.Eksport(), "Haderslev Kommune",
                skabelon with { Branding = skabelon.Branding with { Logo = "logos/findes-ikke.svg" } },
                Skabeloner.Standard(mappe.FullName), RapportTekster.Indbyggede(), new DateOnly(2017, 10, 3), RapportFixtur.Oprettet);
            Assert.Null(udenLogo.LogoSti);
        }
        finally
        {
            mappe.Delete(recursive: true);
        }
    }
}
