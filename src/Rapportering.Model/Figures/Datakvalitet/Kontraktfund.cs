using System.Globalization;
using Rapportering.Input.Kontrakt;

namespace Rapportering.Figures.Datakvalitet;

/// <summary>
/// The reader's contract findings (<see cref="Kontraktbrud"/>) as data-quality findings, each
/// explained in plain Danish. The explanation names the column and the kind of fault, never a
/// value; what was done with the rows is <see cref="DatakvalitetFund.Behandling"/>.
/// </summary>
public static class Kontraktfund
{
    public static IEnumerable<DatakvalitetFund> Fra(IEnumerable<Kontraktbrud> brud) => brud.Select(b =>
        new DatakvalitetFund(b.Regel, b.Antal, Beskrivelse(b)) { View = b.View, Kolonne = b.Kolonne, Behandling = b.Behandling });

    public static string Beskrivelse(Kontraktbrud b)
    {
        var kol = b.Kolonne ?? "";
        return b.Regel switch
        {
            Kontraktregler.ManglerVaerdi => $"Kolonnen {kol} er tom, hvor datakontrakten kræver en værdi.",
            Kontraktregler.UgyldigDato => $"Kolonnen {kol} indeholder ikke en gyldig dato skrevet ÅÅÅÅ-MM-DD (fx 31-01-2016, 2016/07/01 eller en dato, der ikke findes, som 2016-02-30).",
            Kontraktregler.UgyldigtTal => $"Kolonnen {kol} indeholder tekst eller et decimaltal, hvor datakontrakten kræver et tal.",
            Kontraktregler.UdenForInterval => $"Kolonnen {kol} indeholder en værdi, der ikke kan forekomme (fx en negativ alder, et negativt antal eller et årstal uden for 1900-2100).",
            Kontraktregler.UkendtVaerdi => $"Kolonnen {kol} indeholder en værdi uden for den aftalte liste.",
            Kontraktregler.UgyldigTekst => $"Kolonnen {kol} indeholder binære data eller tekst, der ikke har kolonnens form.",
            Kontraktregler.CprLignende => $"Kolonnen {kol} indeholder en værdi, der ligner et CPR-nummer. Værdien er hverken brugt eller gengivet.",
            Kontraktregler.Dublet => "Rækker, der er identiske i alle kolonner med en anden række.",
            Kontraktregler.Modstrid => $"Flere rækker med samme nøgle, men forskellig {kol}; det kan ikke afgøres, hvilken der er rigtig.",
            Kontraktregler.UkendtKommune when b.KommuneKode is { } kode =>
                $"Rækker med kommunekode {kode.ToString(CultureInfo.InvariantCulture)}, som ikke findes i rap_kommune.",
            Kontraktregler.UkendtKommune => "Rækker uden en gyldig kommunekode.",
            _ => b.Regel,
        };
    }
}
