using Rapportering.Figures;
using Rapportering.Report.Sektioner;

namespace Rapportering.Report;

/// <summary>
/// Builds the tertial report document from the computed figures: cover, Resumé, sections 1–5
/// and Bilag. Computes no figure: it selects observations by catalog id, opdeling and periode,
/// formats them in Danish and takes names and definitions from <see cref="Katalog"/> and words
/// from the text templates. Pure: the same input gives the same document.
/// </summary>
public static class RapportKomponist
{
    public static RapportDokument Komponer(RapportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var k = new Komposition(input);
        IReadOnlyList<Afsnit> afsnit =
        [
            ResumeSektion.Byg(k),
            ForebyggendeSektion.Byg(k),
            HjemmebaseredeSektion.Byg(k),
            AnbringelserSektion.Byg(k),
            OekonomiSektion.Byg(k),
            TrivselSektion.Byg(k),
            BilagSektion.Byg(k),
        ];
        return new RapportDokument(Metadata(k), Forside(k), afsnit, Ramme(k));
    }

    private static Forside Forside(Komposition k)
    {
        var i = k.Input;
        var b = i.Skabelon.Branding;
        return new Forside(
            i.KommuneKode,
            i.Kommunenavn,
            b.Udvalg,
            k.T("forside.titel"),
            k.T("forside.undertitel"),
            k.T("forside.periode", ("dato", Formatering.Dato(i.Skaeringsdato.Dato))),
            Formatering.Dato(DateOnly.FromDateTime(i.Oprettet.DateTime)),
            i.LogoSti,
            b.Primaerfarve,
            b.Sekundaerfarve) { Logo = i.Logo };
    }

    private static Rammetekster Ramme(Komposition k) => Rammetekster.Fra(k.Tekster, k.Input.Kommunenavn, k.Input.Oprettet);

    private static RapportMetadata Metadata(Komposition k)
    {
        var i = k.Input;
        var titel = $"{k.T("forside.titel")} – {i.Kommunenavn} – {k.T("forside.periode", ("dato", Formatering.Dato(i.Skaeringsdato.Dato)))}";
        var noegleord = k.T("forside.noegleord")
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Append(i.Kommunenavn)
            .ToList();
        return new RapportMetadata(titel, i.Kommunenavn, k.T("forside.undertitel"), noegleord, i.Oprettet);
    }
}
