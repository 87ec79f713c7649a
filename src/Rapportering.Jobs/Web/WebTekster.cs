using Rapportering.Templates;

namespace Rapportering.Jobs.Web;

/// <summary>
/// The web front's own words: the "web" section of templates/rapport/tekster.json (a kommune's own
/// file may change any of them), beside the comparison page's "sammenligning" words. Made once
/// when the web front is set up (<see cref="WebFront.AddWebFront"/>), and every property is read
/// then, so a missing or blank word stops `serve` with one line (<see cref="SkabelonFejl"/>),
/// never a page with a hole. Placeholders ({titel}, {kommune}, …) are filled where the page is
/// made; the words are plain text, escaped there (<see cref="Side.Ord"/>).
/// </summary>
public sealed class WebTekster
{
    public WebTekster(RapportTekster tekster)
    {
        Func<string, string> Del(string del) => noegle => tekster.HentIkkeTom($"web.{del}.{noegle}");
        Ramme = new(Del("ramme"));
        Arkiv = new(Del("arkiv"));
        LogInd = new(Del("log_ind"));
        Fejl = new(Del("fejl"));
        Udveksling = new(Del("udveksling"));
        KommuneUdenNavn = tekster.HentIkkeTom("web.kommune_uden_navn");
        // The comparison page's words are shared with the comparison workbook and read where they are
        // used; a kommune's blank one is refused here too, at start, not when the page is first opened.
        foreach (var noegle in tekster.IndbyggedeNoegler("sammenligning.")) tekster.HentIkkeTom(noegle);
    }

    public RammeOrd Ramme { get; }
    public ArkivOrd Arkiv { get; }
    public LogIndOrd LogInd { get; }
    public FejlOrd Fejl { get; }
    public UdvekslingOrd Udveksling { get; }

    /// <summary>"Kommune {kode}": a kommune whose template gives no name.</summary>
    public string KommuneUdenNavn { get; }

    /// <summary>The page frame (<see cref="Side"/>) and the Hangfire dashboard's title.</summary>
    public sealed class RammeOrd(Func<string, string> ord)
    {
        public string Sidetitel { get; } = ord("sidetitel");
        public string Navn { get; } = ord("navn");
        public string Spring { get; } = ord("spring");
        public string Hovedmenu { get; } = ord("hovedmenu");
        public string MenuArkiv { get; } = ord("menu_arkiv");
        public string MenuSammenligning { get; } = ord("menu_sammenligning");
        public string MenuJobs { get; } = ord("menu_jobs");
        public string LoggetIndSom { get; } = ord("logget_ind_som");
        public string UkendtBruger { get; } = ord("ukendt_bruger");
        public string LogUd { get; } = ord("log_ud");
        public string RolleOperatoer { get; } = ord("rolle_operatoer");
        public string RolleKonsulent { get; } = ord("rolle_konsulent");
        public string RolleKommune { get; } = ord("rolle_kommune");
        public string Fod { get; } = ord("fod");
        public string JobsTitel { get; } = ord("jobs_titel");
    }

    /// <summary>The archive (<see cref="ArkivEndpoints"/>).</summary>
    public sealed class ArkivOrd(Func<string, string> ord)
    {
        public string Titel { get; } = ord("titel");
        public string Ingen { get; } = ord("ingen");
        public string Kommuner { get; } = ord("kommuner");
        public string KommuneTitel { get; } = ord("kommune_titel");
        public string Kommunekode { get; } = ord("kommunekode");
        public string TabelTitel { get; } = ord("tabel_titel");
        public string KolonneDato { get; } = ord("kolonne_dato");
        public string KolonneRapport { get; } = ord("kolonne_rapport");
        public string KolonnePdf { get; } = ord("kolonne_pdf");
        public string KolonneExcel { get; } = ord("kolonne_excel");
        public string KolonneJson { get; } = ord("kolonne_json");
        public string KolonneVersion { get; } = ord("kolonne_version");
        public string Laes { get; } = ord("laes");
        public string HentPdf { get; } = ord("hent_pdf");
        public string HentExcel { get; } = ord("hent_excel");
        public string HentJson { get; } = ord("hent_json");
        public string LinkOm { get; } = ord("link_om");
        public string Mangler { get; } = ord("mangler");
        public string OedelagtTitel { get; } = ord("oedelagt_titel");
        public string Oedelagt { get; } = ord("oedelagt");
        public string TilArkivet { get; } = ord("til_arkivet");
    }

    /// <summary>Sign-in, sign-out and access refused (<see cref="LogIndEndpoints"/>).</summary>
    public sealed class LogIndOrd(Func<string, string> ord)
    {
        public string Titel { get; } = ord("titel");
        public string Udloebet { get; } = ord("udloebet");
        public string TilLogInd { get; } = ord("til_log_ind");
        public string Spaerret { get; } = ord("spaerret");
        public string Forkert { get; } = ord("forkert");
        public string LoggetUd { get; } = ord("logget_ud");
        public string SsoFejl { get; } = ord("sso_fejl");
        public string Sso { get; } = ord("sso");
        public string Lokal { get; } = ord("lokal");
        public string Brugernavn { get; } = ord("brugernavn");
        public string Adgangskode { get; } = ord("adgangskode");
        public string Knap { get; } = ord("knap");
        public string NaegtetTitel { get; } = ord("naegtet_titel");
        public string Naegtet { get; } = ord("naegtet");
        public string LogUdTitel { get; } = ord("log_ud_titel");
        public string LogUd { get; } = ord("log_ud");
    }

    /// <summary>The plain error pages (<see cref="Sikkerhed"/>, the status pages of <see cref="WebFront"/>).</summary>
    public sealed class FejlOrd(Func<string, string> ord)
    {
        public string Sidetitel { get; } = ord("sidetitel");
        public string IngenAdgang { get; } = ord("ingen_adgang");
        public string FindesIkke { get; } = ord("findes_ikke");
        public string Metode { get; } = ord("metode");
        public string Andet { get; } = ord("andet");
        public string Uventet { get; } = ord("uventet");
        public string TilForsiden { get; } = ord("til_forsiden");
    }

    /// <summary>The exchange endpoint's plain-text refusals (<see cref="UdvekslingEndpoints"/>); its JSON reply has no words.</summary>
    public sealed class UdvekslingOrd(Func<string, string> ord)
    {
        public string UkendtNoegle { get; } = ord("ukendt_noegle");
        public string ForStor { get; } = ord("for_stor");
        public string AndenKommune { get; } = ord("anden_kommune");
        public string IkkeEksport { get; } = ord("ikke_eksport");
        public string Persondata { get; } = ord("persondata");
        public string SmaaAntal { get; } = ord("smaa_antal");
    }
}
