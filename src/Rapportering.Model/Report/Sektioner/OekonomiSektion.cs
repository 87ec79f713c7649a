using System.Globalization;
using Rapportering.Figures;

namespace Rapportering.Report.Sektioner;

/// <summary>
/// "4 Økonomi": expenditure, merudgifter against the base periods (with the caveat that the
/// three series are not additive) and the service expenditure by trin. Years from expected
/// accounts are marked "(forventet regnskab)" in tables and charts.
/// </summary>
internal static class OekonomiSektion
{
    public static Afsnit Byg(Komposition k)
    {
        var (overskrift, intro) = k.Hoved("oekonomi");
        var blokke = new List<Blok> { intro };
        var mioKr = k.T("diagram.mio_kr", ("prisaar", k.Input.Figurer.Prisaar.ToString(CultureInfo.InvariantCulture)));

        var u = Katalog.Udgifter;
        blokke.Add(Blokke.Overskrift(k, "4.1", u));
        blokke.AddRange(Beloeb(k, u, mioKr));

        var m = Katalog.Merudgifter;
        blokke.Add(Blokke.Overskrift(k, "4.2", m));
        var bp = k.Input.Skabelon.Basisperioder;
        blokke.Add(new Tekst(k.T("forbehold.merudgifter",
            ("service", bp.Service.ToString()), ("administration", bp.Administration.ToString()), ("i_alt", bp.IAlt.ToString()))));
        blokke.AddRange(Beloeb(k, m, mioKr));

        var t = Katalog.ServiceudgifterTrin;
        blokke.Add(Blokke.Overskrift(k, "4.3", t));
        if (k.FigurForklaring(t) is { } forklaring) blokke.Add(forklaring);
        blokke.AddRange(Blokke.DiagramOgTabel(k, k.FigurNavn(t), DiagramType.StabledeSoejler, k.EnhedTekst(t), k.T("kolonner.aar"),
            VistPeriode.Aar(k, t),
            t.Opdelinger.Select(o => new Serie(k.OpdelingNavn(o), t, o)).ToList(),
            t.Opdelinger.Select(o => new Kolonne(k.OpdelingNavn(o), t, o)).ToList()));
        blokke.AddRange(OffentligeSektion.Byg(k, "4.4", Offentlige.AfledteTal.NettoudgiftPr017));
        return new Afsnit("oekonomi", "4", overskrift, blokke);
    }

    /// <summary>Service, administration and total per year in mio. kr.</summary>
    private static IEnumerable<Blok> Beloeb(Komposition k, Figur f, string mioKr) =>
        Blokke.DiagramOgTabel(k, $"{k.FigurNavn(f)} ({mioKr})", DiagramType.GrupperedeSoejler, mioKr, k.T("kolonner.aar"),
            VistPeriode.Aar(k, f),
            f.Opdelinger.Select(o => new Serie(k.OpdelingNavn(o), f, o)).ToList(),
            f.Opdelinger.Select(o => new Kolonne(k.OpdelingNavn(o), f, o)).ToList());
}
