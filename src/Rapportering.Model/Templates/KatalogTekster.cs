using Rapportering.Domain;
using Rapportering.Figures;

namespace Rapportering.Templates;

/// <summary>
/// The catalog's words from tekster.json: each figure's name, definition, unit and short name
/// ("katalog.&lt;id&gt;.navn|definition|enhed|kort") and each opdeling's name ("opdeling.&lt;kode&gt;"; a
/// figure's total, no opdeling, reads "opdeling.i_alt"). Every key the catalog needs is read when
/// the texts are loaded, so a missing word is a <see cref="SkabelonFejl"/> then, never an empty
/// name in a report.
/// </summary>
public sealed class KatalogTekster
{
    private readonly Dictionary<FigurId, (string Navn, string Definition, string Enhed, string Kort)> _figurer = [];
    private readonly Dictionary<string, string> _opdelinger = new(StringComparer.Ordinal);
    private readonly string _iAlt;

    internal KatalogTekster(RapportTekster tekster)
    {
        foreach (var f in Katalog.Alle)
        {
            string Ord(string felt) => Hent(tekster, $"katalog.{f.Id}.{felt}");
            _figurer[f.Id] = (Ord("navn"), Ord("definition"), Ord("enhed"), Ord("kort"));
            foreach (var o in f.Opdelinger)
                if (o is { } opdeling) _opdelinger[opdeling.Kode] = Hent(tekster, $"opdeling.{opdeling.Kode}");
        }
        _iAlt = Hent(tekster, $"opdeling.{Domain.Opdeling.IAlt.Kode}");
    }

    // Missing (in both files) or blank (a kommune's ""): either would leave a figure without a name.
    private static string Hent(RapportTekster tekster, string noegle) => tekster.HentIkkeTom(noegle);

    public string Navn(Figur f) => _figurer[f.Id].Navn;
    public string Definition(Figur f) => _figurer[f.Id].Definition;

    /// <summary>The unit in words ("pr. 1.000 0-17-årige"); the figure's <see cref="Figur.Enhed"/> decides the number format.</summary>
    public string Enhed(Figur f) => _figurer[f.Id].Enhed;

    /// <summary>The short name a sheet tab has room for ("Anbr.form"); the full name stands on the sheet.</summary>
    public string Kort(Figur f) => _figurer[f.Id].Kort;

    /// <summary>An opdeling's name as users read it; a code the catalog does not know (a newer sender's export) reads as its code.</summary>
    public string Opdeling(Opdeling? opdeling) => opdeling is not { } o
        ? _iAlt
        : _opdelinger.TryGetValue(o.Kode, out var navn) ? navn : o.Kode;
}
