using System.Globalization;
using System.Text.RegularExpressions;
using Rapportering.Figures;
using Rapportering.Input.Kontrakt;

namespace Rapportering.Report.Sektioner;

/// <summary>
/// "Bilag": every catalog figure's definition, the data basis (sources, data as of, cut date,
/// price year), the data-quality findings and the note on suppression.
/// </summary>
internal static partial class BilagSektion
{
    private static readonly string[] Kilder =
        ["rap_indsats", "rap_befolkning", "rap_person", "rap_undersoegelse", "rap_regnskab", "rap_pl_indeks", "rap_skoletrivsel"];

    public static Afsnit Byg(Komposition k)
    {
        var i = k.Input;
        var (overskrift, intro) = k.Hoved("bilag");
        var blokke = new List<Blok> { intro, new Underoverskrift(k.T("bilag.definitioner"), "definitioner") };
        blokke.AddRange(Katalog.Alle.Select(f => new Definition(k.FigurNavn(f), f.Id.Kode, k.EnhedTekst(f), k.Tekster.Katalog.Definition(f))
        {
            Omraade = k.T($"afsnit.{f.Omraade.ToString().ToLowerInvariant()}.overskrift"),
            OensketRetning = k.T($"retning.{f.GodRetning.ToString().ToLowerInvariant()}"),
            Opdelinger = string.Join(", ", f.Opdelinger.Select(k.OpdelingNavn)),
        }));

        blokke.Add(new Underoverskrift(k.T("bilag.datagrundlag"), "datagrundlag"));
        blokke.Add(new Tekst(k.T("bilag.datagrundlag_tekst",
            ("kommune", i.Kommunenavn),
            ("kode", i.KommuneKode.ToString(CultureInfo.InvariantCulture)),
            ("dato", Formatering.Dato(i.Skaeringsdato.Dato)),
            ("data_pr", Formatering.Dato(i.DataPr)),
            ("prisaar", i.Figurer.Prisaar.ToString(CultureInfo.InvariantCulture)))));
        blokke.Add(new Tekst(k.T("bilag.kilder")));
        blokke.Add(new Punktliste(Kilder.Select(kilde => k.T($"bilag.kilde.{kilde}")).ToList()));

        blokke.Add(new Underoverskrift(k.T("bilag.datakvalitet"), "datakvalitet"));
        if (i.Figurer.Datakvalitet.Count == 0)
        {
            blokke.Add(new Tekst(k.T("bilag.datakvalitet_ingen")));
        }
        else
        {
            blokke.Add(new Tekst(k.T("bilag.datakvalitet_tekst")));
            // One table per view, in the contract's order; findings no view owns come last.
            foreach (var gruppe in i.Figurer.Datakvalitet.GroupBy(d => d.View).OrderBy(g => ViewOrden(g.Key)))
                blokke.Add(new Tabel(k.NaesteTabeltitel(gruppe.Key is { } view ? k.T("bilag.datakvalitet_view", ("view", view)) : k.T("bilag.datakvalitet_oevrige")),
                    [
                        new TabelKolonne(k.T("bilag.datakvalitet_kolonner.regel"), Hoejrestillet: false),
                        new TabelKolonne(k.T("bilag.datakvalitet_kolonner.antal")),
                        new TabelKolonne(k.T("bilag.datakvalitet_kolonner.behandling"), Hoejrestillet: false),
                        new TabelKolonne(k.T("bilag.datakvalitet_kolonner.beskrivelse"), Hoejrestillet: false),
                    ],
                    gruppe.OrderByDescending(d => d.Antal).ThenBy(d => d.Regel, StringComparer.Ordinal)
                        .Select(d => (IReadOnlyList<Celle>)[new Celle(RegelNavn(k, d.Regel)), new Celle(Visning.Antal(d.Antal)) { Tal = d.Antal, Tilstand = Celletilstand.Vaerdi, Enhed = k.T("enheder.antal") },
                            new Celle(k.T($"bilag.datakvalitet_behandling.{d.Behandling.Ord()}")), new Celle(UdenCpr(d.Beskrivelse))])
                        .ToList()));
        }

        blokke.Add(new Underoverskrift(k.T("bilag.diskretion"), "diskretion"));
        blokke.Add(new Tekst(k.T("bilag.diskretion_tekst")));
        // Nummer is empty so the heading reads "Bilag", not "Bilag Bilag".
        return new Afsnit("bilag", "", overskrift, blokke);
    }

    // The contract's order of views; a finding no view owns last.
    private static int ViewOrden(string? view) =>
        view is null ? int.MaxValue : Input.ViewSql.Views.ToList().IndexOf(view) is var i and >= 0 ? i : int.MaxValue - 1;

    /// <summary>The rule's Danish name from the texts; a rule the texts don't know reads as its id in words.</summary>
    private static string RegelNavn(Komposition k, string regel) =>
        k.Tekster.Har($"bilag.datakvalitet_regler.{regel}")
            ? k.T($"bilag.datakvalitet_regler.{regel}")
            : char.ToUpperInvariant(regel[0]) + regel[1..].Replace('_', ' ');

    // A finding's description is written by the models; should one ever quote a CPR-like number,
    // it must still not reach the report.
    internal static string UdenCpr(string tekst) => Domain.Cpr.Fjern(tekst);
}
