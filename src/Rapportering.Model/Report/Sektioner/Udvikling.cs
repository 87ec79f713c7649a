using Rapportering.Domain;
using Rapportering.Figures;

namespace Rapportering.Report.Sektioner;

/// <summary>
/// The sentences that describe how a figure moved between two periods: direction and size of
/// the change (between the rounded values the reader sees), whether that is the wanted
/// direction (catalog <see cref="Figur.GodRetning"/>), and a warning when the change is a few
/// persons. Missing or suppressed periods give a sentence saying so, never a made-up change.
/// </summary>
internal static class Udvikling
{
    /// <summary>Changes smaller than this many persons are flagged as uncertain.</summary>
    public const int FaaPersoner = 5;

    public static string Beskriv(Komposition k, Figur f, Opdeling? opdeling, VistPeriode nu, VistPeriode foer, string manglerFoerNoegle)
    {
        var emne = Emne(k, f, opdeling);
        var oNu = k.Opslag.Hent(f.Id, opdeling, nu.Noegle);
        var oFoer = k.Opslag.Hent(f.Id, opdeling, foer.Noegle);

        if (oNu is null || (!oNu.Undertrykt && oNu.Vaerdi is null))
            return k.T("resume.mangler", ("emne_lille", Visning.Lille(emne)), ("periode_pr", nu.TekstMedForholdsord));
        if (oNu.Undertrykt || oNu.Vaerdi is not { } vNu)
            return k.T("resume.undertrykt_nu", ("emne", emne), ("periode_pr", nu.TekstMedForholdsord));

        var til = Visning.MedEnhed(k.Tekster, f, vNu);
        if (oFoer is null || (!oFoer.Undertrykt && oFoer.Vaerdi is null))
            return Saml(k.T("resume.kun_nu", ("emne", emne), ("til", til), ("periode_pr", nu.TekstMedForholdsord)), k.T(manglerFoerNoegle));
        if (oFoer.Undertrykt || oFoer.Vaerdi is not { } vFoer)
            return Saml(k.T("resume.kun_nu", ("emne", emne), ("til", til), ("periode_pr", nu.TekstMedForholdsord)),
                k.T("resume.undertrykt_foer", ("periode_foer", foer.Tekst)));

        var forskel = Visning.Afrundet(f, vNu) - Visning.Afrundet(f, vFoer);
        var noegle = forskel > 0 ? "resume.steget" : forskel < 0 ? "resume.faldet" : "resume.uaendret";
        var saetninger = new List<string>
        {
            k.T(noegle, ("emne", emne), ("fra", Visning.MedEnhed(k.Tekster, f, vFoer)), ("til", til),
                ("forskel", Visning.Forskel(k.Tekster, f, forskel)), ("periode_foer", foer.Tekst), ("periode", nu.Tekst)),
        };
        if (forskel != 0 && f.GodRetning != Retning.Neutral)
            saetninger.Add(k.T((forskel > 0) == (f.GodRetning == Retning.Op) ? "resume.oensket_retning" : "resume.ikke_oensket_retning"));
        if (forskel != 0 && oNu.Taeller is { } tNu && oFoer.Taeller is { } tFoer && Math.Abs(tNu - tFoer) < FaaPersoner)
            saetninger.Add(k.T("resume.faa_personer"));
        return string.Join(" ", saetninger);
    }

    /// <summary>
    /// How the gap between udsatte and øvrige (opdeling "forskel") moved: the goal is a smaller
    /// gap, whichever group is ahead, so the wanted direction is a smaller absolute gap.
    /// </summary>
    public static string BeskrivForskel(Komposition k, Figur f, VistPeriode nu, VistPeriode foer)
    {
        var emneLille = Visning.Lille(Emne(k, f, null));
        var oNu = k.Opslag.Hent(f.Id, Opdeling.Forskel, nu.Noegle);
        var oFoer = k.Opslag.Hent(f.Id, Opdeling.Forskel, foer.Noegle);
        if (oNu?.Vaerdi is not { } vNu)
            return k.T("resume.mangler", ("emne_lille", emneLille), ("periode_pr", nu.TekstMedForholdsord));
        var til = Visning.Afstand(k.Tekster, f, vNu);
        if (oFoer?.Vaerdi is not { } vFoer)
            return Saml(k.T("resume.forskel_kun_nu", ("emne_lille", emneLille), ("til", til), ("periode_pr", nu.TekstMedForholdsord)),
                k.T("resume.mangler_foer_skoleaar"));

        var aNu = Math.Abs(Visning.Afrundet(f, vNu));
        var aFoer = Math.Abs(Visning.Afrundet(f, vFoer));
        var noegle = aNu < aFoer ? "resume.forskel_mindsket" : aNu > aFoer ? "resume.forskel_oeget" : "resume.forskel_uaendret";
        var tekst = k.T(noegle, ("emne_lille", emneLille), ("fra", Visning.Afstand(k.Tekster, f, vFoer)), ("til", til),
            ("periode_foer", foer.Tekst), ("periode", nu.Tekst));
        if (aNu != aFoer) tekst = Saml(tekst, k.T(aNu < aFoer ? "resume.oensket_retning" : "resume.ikke_oensket_retning"));
        return tekst;
    }

    /// <summary>The subject of the sentence, from the template "resume.emne.&lt;id&gt;" over the catalog name.</summary>
    public static string Emne(Komposition k, Figur f, Opdeling? opdeling) =>
        Visning.Stort(k.Tekster.HentValgfri($"resume.emne.{f.Id}",
            ("navn", Visning.Lille(k.FigurNavn(f))),
            ("opdeling", Visning.Lille(k.OpdelingNavn(opdeling)))) ?? k.FigurNavn(f));

    private static string Saml(string a, string b) => a + " " + b;
}
