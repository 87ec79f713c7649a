using Rapportering.Domain;
using Rapportering.Input;

namespace Rapportering.Demo;

/// <summary>
/// Simulates children's courses (forløb) up and down the indsatstrappe: e.g. forebyggende →
/// trin 3 → placed → home with support. Courses start from 2010 so that measures running in
/// 2014 exist; only measures still running on or after 2014-01-01 are registered. Measures
/// overlap at transitions, parent-directed support runs beside placements, and a course stops
/// at the 18th birthday (some placements run on as efterværn).
/// </summary>
internal sealed class IndsatsGenerator(KommuneProfil k, DateOnly dataPr, Random rng, DemoData ud, PersonIder ider)
{
    private static readonly DateOnly FoersteSimulering = new(2010, 1, 1);
    private static readonly DateOnly FoersteRegistrering = new(2014, 1, 1);
    private static readonly DateOnly BarnetsLov = new(2024, 1, 1);
    private int _loebenummer;

    private enum Tilstand { Forebyggende, Hjemmebaseret, Anbragt, Slut }

    public void Generer()
    {
        for (var maaned = FoersteSimulering; maaned <= dataPr; maaned = maaned.AddMonths(1))
        {
            var s = k.Omlaegning(maaned);
            // New courses per month: heavier cases fall a little with the shift; preventive ones rise.
            var tungeRate = k.Boern * 0.012 * (1 - 0.2 * s) / 12;
            var forebyggendeRate = k.Boern * (0.004 + 0.022 * s) / 12;
            var antalTunge = Poisson(tungeRate);
            var antalForebyggende = Poisson(forebyggendeRate);
            for (var i = 0; i < antalTunge; i++) Forloeb(TilfaeldigDag(maaned), forebyggelse: false);
            for (var i = 0; i < antalForebyggende; i++) Forloeb(TilfaeldigDag(maaned), forebyggelse: true);
        }
    }

    private void Forloeb(DateOnly start, bool forebyggelse)
    {
        if (start > dataPr) return;
        var alder = forebyggelse ? rng.Next(2, 17) : rng.NextDouble() < 0.5 ? rng.Next(0, 18) : rng.Next(8, 18);
        var foedsel = start.AddYears(-alder).AddDays(-rng.Next(0, 365));
        var atten = foedsel.AddYears(18);
        var personId = ider.NytId(rng);
        var indsatser = new List<Indsats>();
        var undersoegelser = new List<Undersoegelse>();

        var tilstand = forebyggelse ? Tilstand.Forebyggende : rng.NextDouble() < 0.15 ? Tilstand.Anbragt : Tilstand.Hjemmebaseret;
        var dato = start;
        var undersoegt = false;
        string? forrigeAnbringelse = null;
        for (var skridt = 0; skridt < 6 && tilstand != Tilstand.Slut && dato < atten && dato <= dataPr; skridt++)
        {
            var s = k.Omlaegning(dato);
            var alderNu = dato.Year - foedsel.Year - (dato < foedsel.AddYears(dato.Year - foedsel.Year) ? 1 : 0);
            string type;
            DateOnly slut;
            var bevilgetAf = "myndighed";
            Tilstand naeste;
            switch (tilstand)
            {
                case Tilstand.Forebyggende:
                    type = Indsatstyper.Forebyggende;
                    slut = dato.AddDays(rng.Next(90, 365));
                    bevilgetAf = rng.NextDouble() < 0.55 ? "myndighed" : "andet";
                    // A few authority-granted preventive measures are followed by an examination.
                    if (bevilgetAf == "myndighed" && rng.NextDouble() < 0.08)
                        undersoegelser.Add(new Undersoegelse(personId, k.Kode, dato.AddDays(rng.Next(20, 160))));
                    var r = rng.NextDouble();
                    naeste = r < 0.72 ? Tilstand.Slut : r < 0.96 ? Tilstand.Hjemmebaseret : Tilstand.Anbragt;
                    break;
                case Tilstand.Hjemmebaseret:
                    type = alderNu >= 15 && rng.NextDouble() < 0.12 ? Indsatstyper.HjemmebaseretAnbringelse
                        : rng.NextDouble() < (alderNu < 6 ? 0.25 : 0.08) ? Indsatstyper.DoegnopholdFamilie
                        : Indsatstyper.ForebyggendeForanstaltning;
                    slut = dato.AddDays(rng.Next(180, 900));
                    var op = 0.22 * (1 - 0.45 * s);
                    var r3 = rng.NextDouble();
                    naeste = r3 < op ? Tilstand.Anbragt : r3 < op + 0.2 ? Tilstand.Forebyggende : Tilstand.Slut;
                    break;
                default:
                    type = Anbringelsesform(s, alderNu, forrigeAnbringelse);
                    forrigeAnbringelse = type;
                    slut = dato.AddDays(type == Indsatstyper.Institution ? rng.Next(150, 900) : rng.Next(240, 1460));
                    if (rng.NextDouble() < 0.4)
                    {
                        var fStart = dato.AddDays(rng.Next(0, 31));
                        var fSlut = Min(fStart.AddDays(rng.Next(120, 540)), slut);
                        Registrer(indsatser, personId, Indsatstyper.ForaeldrerettetUnderAnbringelse, "myndighed", fStart, Min(fSlut, atten.AddDays(-1)));
                    }
                    var ra = rng.NextDouble();
                    naeste = ra < 0.55 ? Tilstand.Hjemmebaseret : ra < 0.7 ? Tilstand.Anbragt : Tilstand.Slut;
                    break;
            }
            if (tilstand != Tilstand.Forebyggende && !undersoegt)
            {
                // The børnefaglige undersøgelse is decided shortly before the first heavier measure.
                undersoegelser.Add(new Undersoegelse(personId, k.Kode, dato.AddDays(-rng.Next(10, 90))));
                undersoegt = true;
            }
            if (slut >= atten)
                slut = tilstand == Tilstand.Anbragt && rng.NextDouble() < 0.4 ? atten.AddDays(rng.Next(30, 700)) : atten.AddDays(-1);
            Registrer(indsatser, personId, type, bevilgetAf, dato, slut);

            var forrigeStart = dato;
            dato = rng.NextDouble() < 0.3 ? slut.AddDays(-rng.Next(0, 31)) : slut.AddDays(rng.Next(1, 60));
            if (dato <= forrigeStart) dato = forrigeStart.AddDays(1);
            tilstand = naeste;
        }

        var bfu = undersoegelser.Where(u => u.Afgoerelsesdato >= FoersteRegistrering && u.Afgoerelsesdato <= dataPr).ToList();
        if (indsatser.Count == 0 && bfu.Count == 0) return;
        ud.PersonListe.Add(new Person(personId, foedsel));
        ud.IndsatsListe.AddRange(indsatser);
        ud.UndersoegelseListe.AddRange(bfu);
    }

    private string Anbringelsesform(double s, int alder, string? forrige)
    {
        for (var forsoeg = 0; ; forsoeg++)
        {
            var institution = Math.Min(0.85, 0.42 * (1 - 0.4 * s) + (alder >= 13 ? 0.15 : 0));
            var netvaerk = 0.06 + 0.12 * s;
            var r = rng.NextDouble();
            var type = r < institution ? Indsatstyper.Institution
                : r < institution + netvaerk ? Indsatstyper.Netvaerkspleje
                : Indsatstyper.Familiepleje;
            if (type != forrige || forsoeg >= 3) return type;
        }
    }

    private void Registrer(List<Indsats> liste, string personId, string type, string bevilgetAf, DateOnly start, DateOnly slut)
    {
        if (start > dataPr || slut < FoersteRegistrering || slut < start) return;
        var id = $"{k.Kode}-{++_loebenummer:D6}";
        liste.Add(new Indsats(id, personId, k.Kode, type, Lovgrundlag(type, start), bevilgetAf, start, slut > dataPr ? null : slut));
    }

    /// <summary>Serviceloven before 2024, Barnets lov from 1 January 2024 (by start date).</summary>
    private string Lovgrundlag(string type, DateOnly start)
    {
        var bl = start >= BarnetsLov;
        return type switch
        {
            Indsatstyper.Forebyggende => bl ? "BL § 30" : "SEL § 11, stk. 3",
            Indsatstyper.ForebyggendeForanstaltning => bl
                ? $"BL § 32, stk. 1, nr. {new[] { 1, 2, 3, 5 }[rng.Next(4)]}"
                : $"SEL § 52, stk. 3, nr. {new[] { 2, 3, 6, 9 }[rng.Next(4)]}",
            Indsatstyper.DoegnopholdFamilie => bl ? "BL § 32, stk. 1, nr. 4" : "SEL § 52, stk. 3, nr. 4",
            Indsatstyper.ForaeldrerettetUnderAnbringelse => bl ? "BL § 32, stk. 1, nr. 3" : "SEL § 52, stk. 3, nr. 3",
            Indsatstyper.HjemmebaseretAnbringelse => bl ? "BL § 43" : "SEL § 52, stk. 3, nr. 7",
            _ when rng.NextDouble() < 0.15 => bl ? "BL § 47" : "SEL § 58",
            _ => bl ? "BL § 43" : "SEL § 52, stk. 3, nr. 7",
        };
    }

    private DateOnly TilfaeldigDag(DateOnly maaned) =>
        new(maaned.Year, maaned.Month, rng.Next(1, DateTime.DaysInMonth(maaned.Year, maaned.Month) + 1));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private int Poisson(double lambda)
    {
        // Knuth; for large rates a normal approximation keeps it fast and stable.
        if (lambda > 40) return Math.Max(0, (int)Math.Round(lambda + Math.Sqrt(lambda) * Normal()));
        var graense = Math.Exp(-lambda);
        var n = 0;
        for (var p = rng.NextDouble(); p > graense; p *= rng.NextDouble()) n++;
        return n;
    }

    private double Normal() => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
