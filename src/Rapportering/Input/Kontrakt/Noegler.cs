namespace Rapportering.Input.Kontrakt;

/// <summary>
/// One view's rows by their key (DESIGN.md: one row per kommune, date and age; per year, funktion,
/// gruppering and dranst; ...). Rows identical in every column count once (a <see cref="Kontraktregler.Dublet"/>);
/// rows with one key but different values are all left out (<see cref="Kontraktregler.Modstrid"/>):
/// which of them is right is not ours to guess. Order of the kept rows is the order read.
/// </summary>
internal static class Noegler
{
    public static List<T> Rens<T, TKey>(IReadOnlyList<T> raekker, Func<T, TKey> noegle, string view, string vaerdiKolonne, List<Kontraktbrud> brud)
        where T : class where TKey : notnull
    {
        var grupper = new Dictionary<TKey, (T Foerste, int Antal, bool Modstrid)>();
        foreach (var r in raekker)
        {
            var n = noegle(r);
            grupper[n] = grupper.TryGetValue(n, out var g)
                ? (g.Foerste, g.Antal + 1, g.Modstrid || !EqualityComparer<T>.Default.Equals(g.Foerste, r))
                : (r, 1, false);
        }
        int dubletter = 0, modstrid = 0;
        var ud = new List<T>(grupper.Count);
        foreach (var r in raekker)
        {
            var g = grupper[noegle(r)];
            if (g.Modstrid) { modstrid++; continue; }
            if (!ReferenceEquals(g.Foerste, r)) { dubletter++; continue; }
            ud.Add(r);
        }
        if (dubletter > 0) brud.Add(new Kontraktbrud(view, Kontraktregler.Dublet, null, dubletter, Behandling.TaltEnGang));
        if (modstrid > 0) brud.Add(new Kontraktbrud(view, Kontraktregler.Modstrid, vaerdiKolonne, modstrid, Behandling.Udeladt));
        return ud;
    }

    /// <summary>The finding for exact copies removed from a view whose rows have no natural key beyond all their columns.</summary>
    public static void Kopier(int antal, string view, List<Kontraktbrud> brud)
    {
        if (antal > 0) brud.Add(new Kontraktbrud(view, Kontraktregler.Dublet, null, antal, Behandling.TaltEnGang));
    }
}
