using Rapportering.Domain;
using System.Globalization;
using Rapportering.Figures;
using Rapportering.Input;

namespace Rapportering.Tests.Figures.Noegletal;

/// <summary>Builds a small KommuneInput by hand: persons, measures, BFUs and population.</summary>
internal sealed class FixturBygger
{
    public const int Kode = 101;
    public const int AndenKendtKommune = 102;

    private readonly List<Person> _personer = [];
    private readonly List<Indsats> _indsatser = [];
    private readonly List<Undersoegelse> _undersoegelser = [];
    private readonly List<Befolkning> _befolkning = [];

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Population of 0-17-årige on a date (put on age 10), plus 18-årige that must be ignored.</summary>
    public FixturBygger Befolkning(string dato, int antal0til17)
    {
        _befolkning.Add(new Befolkning(Kode, D(dato), 10, antal0til17));
        _befolkning.Add(new Befolkning(Kode, D(dato), 18, 777));
        _befolkning.Add(new Befolkning(AndenKendtKommune, D(dato), 10, 888));
        return this;
    }

    public string Person(string? foedt = "2007-01-01")
    {
        var id = $"pers-{_personer.Count + 1:000}";
        _personer.Add(new Person(id, foedt is null ? null : D(foedt)));
        return id;
    }

    public string[] Personer(int antal, string foedt = "2007-01-01") =>
        Enumerable.Range(0, antal).Select(_ => Person(foedt)).ToArray();

    public FixturBygger Indsats(string person, string type, string start, string? slut = null,
        string? bevilgetAf = "myndighed", int kommune = Kode)
    {
        _indsatser.Add(new Indsats($"ind-{_indsatser.Count + 1}", person, kommune, type, "BL", bevilgetAf, D(start), slut is null ? null : D(slut)));
        return this;
    }

    public FixturBygger Indsats(IEnumerable<string> personer, string type, string start, string? slut = null, string? bevilgetAf = "myndighed")
    {
        foreach (var p in personer) Indsats(p, type, start, slut, bevilgetAf);
        return this;
    }

    public FixturBygger Undersoegelse(IEnumerable<string> personer, string dato)
    {
        foreach (var p in personer) _undersoegelser.Add(new Undersoegelse(p, Kode, D(dato)));
        return this;
    }

    public IReadOnlyList<string> PersonIds => _personer.Select(p => p.PersonId).ToList();

    public KommuneInput Byg() => new(
        new Kommune(Kode, "Testkommune"), _befolkning, _personer, _indsatser, _undersoegelser,
        [], [], [], new HashSet<int> { Kode, AndenKendtKommune });
}

internal static class ObservationOpslag
{
    public static Observation Find(this IReadOnlyList<Observation> obs, Figur figur, string? opdeling, string periode) =>
        obs.Single(o => o.Noegletal == figur.Id && o.Opdeling?.Kode == opdeling && o.Periode.ToString() == periode);
}
