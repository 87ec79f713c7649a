using Rapportering.Sammenligninger;

namespace Rapportering.Report.Sektioner;

/// <summary>
/// The kommune beside hele landet and its reference kommuner from public figures (as Figur 35–36
/// of the 2018 evaluation): one table per figure with source, year and caveat under it; a ".."
/// cell reads "ikke oplyst". Without public figures, one line at the end of the section says so —
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
        foreach (var o in vis)
        {
            var kolonner = new List<TabelKolonne> { new(k.T("offentlige.omraade"), false) };
            kolonner.AddRange(o.Aar.Select(a => new TabelKolonne(a.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            var raekker = o.Raekker.Select(r => (IReadOnlyList<Celle>)[new Celle(r.Navn, r.Rolle == Rolle.Kommune), .. r.Celler.Select(c => new Celle(o.Tekst(c, k.Tekster)))]).ToList();
            yield return new Tabel(k.NaesteTabeltitel(o.Titel(k.Tekster)), kolonner, raekker, o.Note);
        }
    }
}
