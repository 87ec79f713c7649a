using Rapportering.Domain;
using Rapportering.Input;

namespace Rapportering.Demo;

/// <summary>
/// A few deliberately broken registrations per kommune, so the Datakvalitet appendix has
/// something to show: an end date before the start, an unknown indsatstype, a person
/// without birth date, an exact duplicate measure, and one school-well-being cell with N &lt; 5.
/// </summary>
internal static class FejlRaekker
{
    public static void Tilfoej(KommuneProfil k, DateOnly dataPr, Random rng, DemoData ud, PersonIder ider, bool medUndertrykkelse)
    {
        var start = new DateOnly(2016, 3, 1).AddDays(rng.Next(0, 600));
        var medFoedsel = ider.NytId(rng);
        ud.PersonListe.Add(new Person(medFoedsel, start.AddYears(-9)));
        ud.IndsatsListe.Add(new Indsats($"{k.Kode}-F00001", medFoedsel, k.Kode, Indsatstyper.ForebyggendeForanstaltning,
            "SEL § 52, stk. 3, nr. 3", "myndighed", start, start.AddDays(-14)));
        ud.IndsatsListe.Add(new Indsats($"{k.Kode}-F00002", medFoedsel, k.Kode, "aflastning",
            "SEL § 52, stk. 3, nr. 5", "myndighed", start.AddDays(30), start.AddDays(200)));

        var utenFoedsel = ider.NytId(rng);
        ud.PersonListe.Add(new Person(utenFoedsel, null));
        ud.IndsatsListe.Add(new Indsats($"{k.Kode}-F00003", utenFoedsel, k.Kode, Indsatstyper.Forebyggende,
            "SEL § 11, stk. 3", "andet", start.AddDays(10), start.AddDays(120)));

        var egne = ud.IndsatsListe.Where(i => i.KommuneKode == k.Kode && i.Startdato <= dataPr).ToList();
        if (egne.Count > 0) ud.IndsatsListe.Add(egne[rng.Next(egne.Count)] with { });

        if (medUndertrykkelse)
        {
            var i = ud.SkoletrivselListe.FindIndex(r => r.KommuneKode == k.Kode && r.Gruppe == "udsatte" && r.Indikator == "faglig_trivsel");
            if (i >= 0) ud.SkoletrivselListe[i] = ud.SkoletrivselListe[i] with { Antal = 3 };
        }
    }
}
