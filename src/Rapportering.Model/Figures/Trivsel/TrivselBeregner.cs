using Rapportering.Domain;
using Rapportering.Input;

namespace Rapportering.Figures.Trivsel;

/// <summary>
/// School well-being and absence (DOMAIN.md, "School well-being and absence"): per school year
/// and indicator the mean for udsatte and øvrige with N (taeller), and the gap udsatte − øvrige.
/// Pure: rows in, observations and findings out.
/// <para>
/// Privacy: a mean over 1–4 pupils is suppressed (Undertrykt, null Vaerdi and Taeller), and so
/// is the gap built on it. A group with N = 0 has no mean: no observation (mangler data), and no gap.
/// The gap has Taeller null: it is a difference of two means, not a count of pupils.
/// </para>
/// <para>
/// Rows outside the contract are left out and listed as findings. Duplicate rows (same school
/// year, group and indicator): identical copies count once; copies that disagree are all left
/// out, since we cannot tell which is right. Rows of other kommuner and school years after
/// <c>til</c> are ignored without a finding.
/// </para>
/// </summary>
public static class TrivselBeregner
{
    public const string Udsatte = "udsatte";
    public const string Oevrige = "oevrige";

    /// <summary>Smallest N whose mean may be shown.</summary>
    public const int MindsteN = 5;

    /// <summary>Indicator in the view → figure id in the catalog, in the order of the export.</summary>
    private static readonly (string Indikator, Figur Figur)[] Indikatorer =
    [
        ("faglig_trivsel", Katalog.FagligTrivsel),
        ("social_trivsel", Katalog.SocialTrivsel),
        ("fravaer", Katalog.Fravaer),
    ];

    private sealed record Raekke(Skoleaar Skoleaar, string Gruppe, string Indikator, decimal? Gennemsnit, int Antal);

    public static TrivselResultat Beregn(IReadOnlyList<Skoletrivsel> rows, int kommuneKode, Skoleaar? til)
    {
        var fund = new FundSamler();
        var gyldige = new List<Raekke>();
        foreach (var r in rows.Where(r => r.KommuneKode == kommuneKode))
        {
            if (Kontroller(r, fund) is not { } raekke) continue;
            if (til is { } t && raekke.Skoleaar.CompareTo(t) > 0) continue;
            gyldige.Add(raekke);
        }

        var celler = new Dictionary<(Skoleaar, string, string), Raekke>();
        foreach (var g in gyldige.GroupBy(r => (r.Skoleaar, r.Gruppe, r.Indikator)))
        {
            var forskellige = g.Distinct().Count();
            if (g.Count() > 1)
                fund.Tilfoej("dublet_skoletrivsel",
                    "Skoletrivselsrækker, der optræder flere gange for samme skoleår, gruppe og indikator (ens kopier tælles én gang, uenige kopier udelades alle)",
                    $"{g.Key.Skoleaar} {g.Key.Gruppe} {g.Key.Indikator}: {g.Count()} rækker{(forskellige > 1 ? ", uenige" : "")}", g.Count());
            if (forskellige == 1) celler[g.Key] = g.First();
        }

        var observationer = new List<Observation>();
        foreach (var skoleaar in celler.Keys.Select(k => k.Item1).Distinct().Order())
        {
            var periode = Periode.For(skoleaar);
            foreach (var (indikator, figur) in Indikatorer)
            {
                celler.TryGetValue((skoleaar, Udsatte, indikator), out var u);
                celler.TryGetValue((skoleaar, Oevrige, indikator), out var o);
                var udsatte = Middel(figur, Udsatte, periode, u);
                var oevrige = Middel(figur, Oevrige, periode, o);
                if (udsatte is not null) observationer.Add(udsatte);
                if (oevrige is not null) observationer.Add(oevrige);
                if (udsatte is null || oevrige is null) continue;
                observationer.Add(udsatte.Undertrykt || oevrige.Undertrykt
                    ? new Observation(figur.Id, Opdeling.Forskel, periode, null, null, null, Undertrykt: true)
                    : new Observation(figur.Id, Opdeling.Forskel, periode, udsatte.Vaerdi - oevrige.Vaerdi, null, null));
            }
        }
        return new TrivselResultat(observationer, fund.Fund());
    }

    private static Observation? Middel(Figur figur, string gruppe, Periode periode, Raekke? r)
    {
        if (r is null || r.Antal == 0) return null;
        if (r.Antal < MindsteN) return new Observation(figur.Id, new Opdeling(gruppe), periode, null, null, null, Undertrykt: true);
        return new Observation(figur.Id, new Opdeling(gruppe), periode, r.Gennemsnit, r.Antal, null);
    }

    /// <summary>Checks one row against the view contract; null (and a finding) when it breaks it.</summary>
    private static Raekke? Kontroller(Skoletrivsel r, FundSamler fund)
    {
        // What the row is about, for a finding (made only then).
        string Hvad() => $"{r.Skoleaar} {r.Gruppe} {r.Indikator}";
        if (!Skoleaar.TryParse(r.Skoleaar, out var skoleaar))
        {
            fund.Tilfoej("ugyldigt_skoleaar", "Skoletrivselsrækker med et skoleår, der ikke har formen ÅÅÅÅ/ÅÅ (fx 2016/17), er udeladt", $"'{r.Skoleaar}'");
            return null;
        }
        if (r.Gruppe is not (Udsatte or Oevrige))
        {
            fund.Tilfoej("ukendt_gruppe", "Skoletrivselsrækker med en anden gruppe end udsatte eller oevrige er udeladt", Hvad());
            return null;
        }
        var erFravaer = r.Indikator == "fravaer";
        if (!Indikatorer.Any(i => i.Indikator == r.Indikator))
        {
            fund.Tilfoej("ukendt_indikator", "Skoletrivselsrækker med en ukendt indikator (kendte: faglig_trivsel, social_trivsel, fravaer) er udeladt", Hvad());
            return null;
        }
        if (r.Antal is not { } antal)
        {
            fund.Tilfoej("antal_mangler", "Skoletrivselsrækker uden antal elever (N) er udeladt: uden N kan et lille gennemsnit ikke undertrykkes", Hvad());
            return null;
        }
        if (antal < 0)
        {
            fund.Tilfoej("negativt_antal", "Skoletrivselsrækker med et negativt antal elever er udeladt", $"{Hvad()}: N = {antal}");
            return null;
        }
        if (r.Gennemsnit is { } g)
        {
            if (erFravaer && g is < 0 or > 100)
            {
                fund.Tilfoej("fravaer_uden_for_0_100", "Fravær skal ligge mellem 0 og 100 pct.; rækker uden for intervallet er udeladt", $"{Hvad()}: {Formatering.Tal(g, 2)}");
                return null;
            }
            if (!erFravaer && g is < 1 or > 5)
            {
                fund.Tilfoej("trivselsindeks_uden_for_1_5", "Trivselsindeks skal ligge mellem 1 og 5; rækker uden for intervallet er udeladt", $"{Hvad()}: {Formatering.Tal(g, 2)}");
                return null;
            }
        }
        else if (antal >= MindsteN)
        {
            fund.Tilfoej("gennemsnit_mangler", "Skoletrivselsrækker med mindst 5 elever, men uden gennemsnit, er udeladt", $"{Hvad()}: N = {antal}");
            return null;
        }
        return new Raekke(skoleaar, r.Gruppe, r.Indikator, r.Gennemsnit, antal);
    }
}
