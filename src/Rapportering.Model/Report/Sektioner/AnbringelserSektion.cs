using Rapportering.Figures;

namespace Rapportering.Report.Sektioner;

/// <summary>"3 Anbringelser": placed per 1.000, the forms of placement, and institution placements that ended.</summary>
internal static class AnbringelserSektion
{
    public static Afsnit Byg(Komposition k)
    {
        var (overskrift, intro) = k.Hoved("anbringelser");
        var blokke = new List<Blok> { intro };

        var a = Katalog.AnbragtePr1000;
        blokke.Add(Blokke.Overskrift(k, "3.1", a));
        blokke.AddRange(SerieSektion.AntalOgPr1000(k, a));

        var former = Katalog.Anbringelsesformer;
        blokke.Add(Blokke.Overskrift(k, "3.2", former));
        blokke.AddRange(SerieSektion.Fordeling(k, former, DiagramType.StabledeSoejler, k.T("kolonner.anbragte_i_alt"), former.Opdelinger));

        var o = Katalog.OphoerteInstitutionsanbringelser;
        blokke.Add(Blokke.Overskrift(k, "3.3", o));
        if (k.FigurForklaring(o) is { } t) blokke.Add(t);
        blokke.AddRange(SerieSektion.Fordeling(k, o, DiagramType.GrupperedeSoejler, k.T("kolonner.kohorte"), o.Opdelinger));
        blokke.AddRange(OffentligeSektion.Byg(k, "3.4", Offentlige.AfledteTal.AnbragtePr1000, Offentlige.AfledteTal.Anbringelsesformer));
        return new Afsnit("anbringelser", "3", overskrift, blokke);
    }
}
