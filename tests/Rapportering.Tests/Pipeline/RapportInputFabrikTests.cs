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
            // The bytes are read here, at the edge, so the HTML renderer embeds them without opening a file.
            Assert.Equal("image/svg+xml", input.Logo!.Medietype);
            Assert.Equal("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", System.Text.Encoding.UTF8.GetString(input.Logo.Bytes));
            Assert.Same(input.Logo, Rapportering.Report.RapportKomponist.Komponer(input).Forside.Logo);
            Assert.Equal((510, "2017-09-30"), (input.KommuneKode, input.Skaeringsdato.Iso));
            Assert.Equal("Resumé", input.Tekster.Hent("afsnit.resume.overskrift"));

            var udenLogo = RapportInputFabrik.Fra(RapportFixtur.Eksport(), "Haderslev Kommune",
                skabelon with { Branding = skabelon.Branding with { Logo = "logos/findes-ikke.svg" } },
                Skabeloner.Standard(mappe.FullName), RapportTekster.Indbyggede(), new DateOnly(2017, 10, 3), RapportFixtur.Oprettet);
            Assert.Null(udenLogo.LogoSti);
            Assert.Null(udenLogo.Logo);
            // A file that is no picture we embed (by its extension): no logo, as for a missing one.
            File.WriteAllText(Path.Combine(mappe.FullName, "logos", "510.txt"), "ikke et billede");
            Assert.Null(RapportInputFabrik.LaesLogo(Path.Combine(mappe.FullName, "logos", "510.txt")));
            File.WriteAllBytes(Path.Combine(mappe.FullName, "logos", "510.PNG"), [0x89, 0x50, 0x4E, 0x47]);
            Assert.Equal(("image/png", 4), RapportInputFabrik.LaesLogo(Path.Combine(mappe.FullName, "logos", "510.PNG")) is { } png ? (png.Medietype, png.Bytes.Length) : default);
        }
        finally
        {
            mappe.Delete(recursive: true);
        }
    }
}
