using Rapportering.Sammenligninger;

namespace Rapportering.Report.Sektioner;

/// <summary>
/// The kommune beside hele landet and its reference kommuner from public figures (as Figur 35–36
/// of the 2018 evaluation): one table per figure with source, year and caveat under it, the
/// anbringelsesformer as one distribution table (each area's forms together, adding up to 100 pct.
/// per year, as Figur 36 showed them); a ".." cell reads "ikke oplyst". Without public figures, one line at the end of the section says so —
/// no sub-heading, never an empty table.
/// </summary>
internal static class OffentligeSektion
{
    public static IEnumerable<Blok> Byg(Komposition k, string nummer, params string[] figurer)
    {
        var vis = k.Input.Offentlige.Where(o => figurer.Contains(o.Figur)).ToList();
        if (vis.Count == 0)
        {
            // No numbered sub-section for a single line: it would cost the committee a page.
            yield return new Tekst(k.T("offentlige.ingen"));
            yield break;
        }
        yield return new Underoverskrift($"{nummer} {k.T("offentlige.overskrift")}");
        foreach (var o in vis.Where(o => o.Opdeling is null))
        {
            var kolonner = new List<TabelKolonne> { new(k.T("offentlige.omraade"), false) };
            kolonner.AddRange(o.Aar.Select(Aar));
            var raekker = o.Raekker.Select(r => (IReadOnlyList<Celle>)[new Celle(r.Navn, r.Rolle == Rolle.Kommune), .. r.Celler.Select(c => new Celle(o.Tekst(c, k.Tekster)))]).ToList();
            yield return new Tabel(k.NaesteTabeltitel(o.Titel(k.Tekster)), kolonner, raekker, o.Note);
        }
        if (vis.Where(o => o.Opdeling is not null).ToList() is { Count: > 0 } former)
            yield return Fordeling(k, former);
    }

    /// <summary>One row per area and form, the years as columns: the forms of one area read together.</summary>
    private static Tabel Fordeling(Komposition k, List<OffentligSammenligning> former)
    {
        var aar = former.SelectMany(o => o.Aar).Distinct().Order().ToList();
        var kolonner = new List<TabelKolonne> { new(k.T("offentlige.omraade"), false), new(k.T("offentlige.anbringelsesform"), false) };
        kolonner.AddRange(aar.Select(Aar));
        var raekker = new List<IReadOnlyList<Celle>>();
        foreach (var omraade in former[0].Raekker)
            foreach (var o in former)
            {
                var r = o.Raekker.Single(x => x.Kode == omraade.Kode);
                var celle = o.Aar.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => r.Celler[x.i]);
                var celler = aar.Select(a => celle.GetValueOrDefault(a, OffentligCelle.Mangler));
                raekker.Add([new Celle(r.Navn, r.Rolle == Rolle.Kommune), new Celle(o.Form(k.Tekster)), .. celler.Select(c => new Celle(o.Tekst(c, k.Tekster)))]);
            }
        var foerste = former[0];
        return new Tabel(k.NaesteTabeltitel(k.T($"offentlige.figurer.{foerste.Figur}")), kolonner, raekker, foerste.Note);
    }

    private static TabelKolonne Aar(int aar) => new(aar.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
