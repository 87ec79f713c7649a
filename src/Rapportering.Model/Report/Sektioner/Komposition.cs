using Rapportering.Figures;
using Rapportering.Templates;

namespace Rapportering.Report.Sektioner;

/// <summary>
/// The state shared while one report is composed: the input, the observation index, the texts
/// and the running numbers of figures and tables ("Figur 3", "Tabel 4") in reading order.
/// </summary>
internal sealed class Komposition(RapportInput input)
{
    private int _figurNr;
    private int _tabelNr;
    private readonly Dictionary<Domain.Skaeringsdato, VistPeriode> _vist = [];

    public RapportInput Input { get; } = input;
    public ObservationOpslag Opslag { get; } = new(input.Figurer.Observationer);
    public RapportTekster Tekster => Input.Tekster;

    public string T(string noegle, params (string Navn, string Vaerdi)[] vaerdier) => Tekster.Hent(noegle, vaerdier);

    public string NaesteFigurtitel(string titel) => T("ramme.figurtitel", ("nr", (++_figurNr).ToString(Formatering.Dansk)), ("titel", titel));
    public string NaesteTabeltitel(string titel) => T("ramme.tabeltitel", ("nr", (++_tabelNr).ToString(Formatering.Dansk)), ("titel", titel));

    /// <summary>A cut date as the report shows it: the same words in every section's series, made once.</summary>
    public VistPeriode Vist(Domain.Skaeringsdato d)
    {
        if (!_vist.TryGetValue(d, out var v)) _vist[d] = v = VistPeriode.Fra(Tekster, d);
        return v;
    }

    /// <summary>A figure's name, its unit in words, an opdeling's name: the catalog's words from the texts.</summary>
    public string FigurNavn(Figur f) => Tekster.Katalog.Navn(f);
    public string EnhedTekst(Figur f) => Tekster.Katalog.Enhed(f);
    public string OpdelingNavn(Domain.Opdeling? o) => Tekster.Katalog.Opdeling(o);

    /// <summary>Heading and intro of a numbered section, from the templates.</summary>
    public (string Overskrift, Tekst Intro) Hoved(string afsnitId) =>
        (T($"afsnit.{afsnitId}.overskrift"),
         new Tekst(T($"afsnit.{afsnitId}.intro",
             ("kommune", Input.Kommunenavn),
             ("prisaar", Input.Figurer.Prisaar.ToString(Formatering.Dansk)),
             ("dato", Formatering.Dato(Input.Skaeringsdato.Dato)),
             ("dato_foer", Formatering.Dato(Input.Skaeringsdato.AaretFoer().Dato)))));

    /// <summary>The optional explanation of one figure ("figur.&lt;id&gt;"), if the templates have one.</summary>
    public Tekst? FigurForklaring(Figur f) => Tekster.HentValgfri($"figur.{f.Id}") is { } t ? new Tekst(t) : null;
}
