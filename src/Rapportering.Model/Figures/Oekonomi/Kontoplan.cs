using Rapportering.Templates;

namespace Rapportering.Figures.Oekonomi;

/// <summary>
/// The kontoplan mapping for one kommune: the default rules (templates/kontoplan.json) with the
/// kommune's own rules layered on top. <see cref="Find"/> gives the most specific rule that
/// covers an account row, or null if none does.
/// <para>
/// A rule covers a row when its funktion equals the row's, its gruppering is absent or equals
/// the row's, and the year lies in [fra_aar, til_aar] (both inclusive, null = open).
/// Among the covering rules the most specific wins, decided in this order:
/// 1. a rule with gruppering beats one without;
/// 2. a kommune rule beats a default rule;
/// 3. the narrower year range wins (an open end counts as unbounded, so any range beats none);
/// 4. the later rule in its file wins (a rule added below an older one overrides it).
/// Step 4 makes the choice deterministic for rules that are otherwise equally specific.
/// </para>
/// </summary>
public sealed class Kontoplan
{
    private readonly (KontoplanRegel Regel, bool ErKommunens, int Indeks)[] _regler;
    /// <summary>Each rule's funktion and gruppering trimmed (null: none), once and not per account row.</summary>
    private readonly (string Funktion, string? Gruppering)[] _rene;

    public Kontoplan(IReadOnlyList<KontoplanRegel> standardRegler, IReadOnlyList<KontoplanRegel> kommuneRegler)
    {
        _regler =
        [
            .. standardRegler.Select((r, i) => (r, false, i)),
            .. kommuneRegler.Select((r, i) => (r, true, i)),
        ];
        _rene = [.. _regler.Select(k => (k.Regel.Funktion.Trim(), HarGruppering(k.Regel) ? k.Regel.Gruppering!.Trim() : null))];
    }

    public KontoplanRegel? Find(string funktion, string? gruppering, int aar)
    {
        var funktionRen = funktion.Trim();
        var grupperingRen = string.IsNullOrWhiteSpace(gruppering) ? null : gruppering.Trim();
        var bedst = -1;
        for (var i = 0; i < _regler.Length; i++)
        {
            if (!Daekker(_regler[i].Regel, _rene[i], funktionRen, grupperingRen, aar)) continue;
            if (bedst < 0 || Sammenlign(_regler[i], _regler[bedst]) > 0) bedst = i;
        }
        return bedst < 0 ? null : _regler[bedst].Regel;
    }

    private static bool Daekker(KontoplanRegel r, (string Funktion, string? Gruppering) ren, string funktion, string? gruppering, int aar)
    {
        if (!string.Equals(ren.Funktion, funktion, StringComparison.Ordinal)) return false;
        if (ren.Gruppering is not null && !string.Equals(ren.Gruppering, gruppering, StringComparison.Ordinal)) return false;
        if (r.FraAar is { } fra && aar < fra) return false;
        if (r.TilAar is { } til && aar > til) return false;
        return true;
    }

    /// <summary>Positive when a is more specific than b.</summary>
    private static int Sammenlign((KontoplanRegel Regel, bool ErKommunens, int Indeks) a, (KontoplanRegel Regel, bool ErKommunens, int Indeks) b)
    {
        var c = HarGruppering(a.Regel).CompareTo(HarGruppering(b.Regel));
        if (c != 0) return c;
        c = a.ErKommunens.CompareTo(b.ErKommunens);
        if (c != 0) return c;
        c = Spaend(b.Regel).CompareTo(Spaend(a.Regel)); // narrower is more specific
        if (c != 0) return c;
        return a.Indeks.CompareTo(b.Indeks);
    }

    private static bool HarGruppering(KontoplanRegel r) => !string.IsNullOrWhiteSpace(r.Gruppering);

    /// <summary>Number of years a rule's range spans; an open end counts as unbounded.</summary>
    private static long Spaend(KontoplanRegel r) => (long)(r.TilAar ?? int.MaxValue) - (r.FraAar ?? int.MinValue);
}
