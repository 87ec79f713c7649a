using System.Text;
using Rapportering.Archive;
using Rapportering.Domain;
using Rapportering.Figures;
using Rapportering.Rendering.Json;

namespace Rapportering.Tests.Archive;

/// <summary>Intake of a received export and the exchange keys, without a server.</summary>
public sealed class ModtagelseTests : IDisposable
{
    private readonly string _rod = Directory.CreateTempSubdirectory("rap-modtag-").FullName;
    private Arkiv Arkiv => new(_rod, TimeProvider.System);
    private static readonly DateOnly Idag = new(2025, 10, 31);
    private static readonly Skaeringsdato Dato = Skaeringsdato.Parse("2025-09-30");

    public void Dispose() => Directory.Delete(_rod, true);

    private static byte[] Eksport(int kommune, decimal vaerdi = 12.3456789012m, string beskrivelse = "3 rækker udeladt") =>
        JsonEksportRenderer.Render(new FigurEksport(kommune, "2025-09-30", 2025,
            [new Observation("anbragte_pr_1000", null, "2025-09-30", vaerdi, 60, 5000)],
            [new DatakvalitetFund("ugyldig_dato", 3, beskrivelse)]));

    [Fact]
    public void En_eksport_arkiveres_en_gang_og_laeses_tilbage_uaendret()
    {
        // 12,3456789012 has ten digits after the comma: a number, not a CPR number.
        var bytes = Eksport(510);
        var r = Modtagelse.Modtag(Arkiv, bytes, 510, Idag);
        Assert.Equal(new Modtaget(ModtagelsesUdfald.Arkiveret, 510, Dato, 1), r);
        Assert.Equal(new Modtaget(ModtagelsesUdfald.Uaendret, 510, Dato, 1), Modtagelse.Modtag(Arkiv, bytes, 510, Idag));
        Assert.Equal(bytes, Arkiv.LaesFil(510, Dato, 1, "510-2025-09-30.json"));
        // A changed export for the same cut date is a new version.
        Assert.Equal(2, Modtagelse.Modtag(Arkiv, Eksport(510, 13m), null, Idag).Version);
    }

    [Fact]
    public void Anden_kommunes_eksport_ikke_en_eksport_og_cpr_formet_tekst_afvises_og_intet_arkiveres()
    {
        Assert.Equal(ModtagelsesUdfald.AndenKommune, Modtagelse.Modtag(Arkiv, Eksport(657), 510, Idag).Udfald);
        Assert.Equal(ModtagelsesUdfald.IkkeEksport, Modtagelse.Modtag(Arkiv, Encoding.UTF8.GetBytes("{ \"kommune\": 510 }"), 510, Idag).Udfald);
        Assert.Equal(ModtagelsesUdfald.IkkeEksport, Modtagelse.Modtag(Arkiv, [0xFF, 0x00, 0x12], 510, Idag).Udfald);
        // A row without one of its eight fields (here "foreloebig", renamed) is no export row.
        var udenFelt = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Eksport(510)).Replace("\"foreloebig\"", "\"foreloebig_x\""));
        Assert.Equal(ModtagelsesUdfald.IkkeEksport, Modtagelse.Modtag(Arkiv, udenFelt, 510, Idag).Udfald);
        // A date that is no cut date: the typed reader refuses it, so nothing is archived under it.
        var skaev = Encoding.UTF8.GetString(Eksport(510)).Replace("\"skaeringsdato\": \"2025-09-30\"", "\"skaeringsdato\": \"2025-09-29\"");
        Assert.Contains("2025-09-29", skaev);
        Assert.Equal(ModtagelsesUdfald.IkkeEksport, Modtagelse.Modtag(Arkiv, Encoding.UTF8.GetBytes(skaev), 510, Idag).Udfald);
        Assert.Equal(ModtagelsesUdfald.Persondata, Modtagelse.Modtag(Arkiv, Eksport(510, beskrivelse: "fx 010101-1234"), 510, Idag).Udfald);
        Assert.Empty(Arkiv.Kommuner());
    }

    [Fact]
    public void En_eksport_der_viser_et_antal_under_5_afvises_og_intet_arkiveres()
    {
        // 3 anbragte published: the sender did not suppress. The same row undertrykt, or a count of 5, is taken in.
        byte[] Med(Observation o) => JsonEksportRenderer.Render(new FigurEksport(510, "2025-09-30", 2025, [o], []));
        var lille = new Observation("anbragte_pr_1000", null, "2025-09-30", 0.6m, 3, 5000);
        Assert.Equal(new Modtaget(ModtagelsesUdfald.SmaaAntal, 510, Dato), Modtagelse.Modtag(Arkiv, Med(lille), 510, Idag));
        Assert.Equal(ModtagelsesUdfald.SmaaAntal, Modtagelse.Modtag(Arkiv, Med(new Observation("anbringelsesformer_pct", "familiepleje", "2025-09-30", 40m, 2, 5)), null, Idag).Udfald);
        Assert.Empty(Arkiv.Kommuner());
        Assert.Equal(ModtagelsesUdfald.Arkiveret, Modtagelse.Modtag(Arkiv, Med(lille with { Vaerdi = null, Taeller = null, Undertrykt = true }), 510, Idag).Udfald);
        Assert.Equal(ModtagelsesUdfald.Arkiveret, Modtagelse.Modtag(Arkiv, Med(lille with { Taeller = 5, Vaerdi = 1m }), 510, Idag).Udfald);
    }

    [Fact]
    public void Diskretionskontrollen_taeller_kun_publicerede_smaa_antal_af_personer()
    {
        Observation O(string id, string? opd, decimal? t, decimal? n, bool u = false) => new(id, opd, "2025-09-30", t, t, n, u);
        Assert.Equal(0, Diskretionskontrol.SynligeSmaaAntal([
            O("anbragte_pr_1000", null, 0, 5000),           // 0 is not small
            O("anbragte_pr_1000", null, 5, 5000),           // 5 is published
            O("anbragte_pr_1000", null, null, 5000, u: true), // undertrykt
            O("faglig_trivsel", "udsatte", 3.2m, 4),       // a school mean over 4 pupils is not a count of persons in care
            O("udgifter_1000kr", null, 3, null),                  // an amount
        ]));
        Assert.Equal(3, Diskretionskontrol.SynligeSmaaAntal([
            O("anbragte_pr_1000", null, 1, 5000),
            O("anbringelsesformer_pct", "institution", 10, 4), // naevner 4
            O("hjemmebaserede_pr_1000", "doegnophold_familie", 4, 5000),
            O("anbragte_pr_1000", null, 4.5m, 5000),       // not a whole count: a rate, not a person count
        ]));
    }

    [Fact]
    public void En_noegle_gemmes_kun_som_salt_og_hash_og_kendes_igen()
    {
        var (noegle, gemt) = UdvekslingsNoegle.Ny(510);
        var (anden, gemtAnden) = UdvekslingsNoegle.Ny(657);
        Assert.True(noegle.Length >= 40);
        Assert.DoesNotContain(noegle, gemt.Hash + gemt.Salt);
        Assert.Equal(64, gemt.Hash.Length); // SHA-256 in hex
        Assert.NotEqual(UdvekslingsNoegle.HashAf(gemtAnden.Salt, noegle), gemt.Hash); // the salt is per key
        Assert.Equal(510, UdvekslingsNoegle.FindKommune([gemt, gemtAnden], noegle));
        Assert.Equal(657, UdvekslingsNoegle.FindKommune([gemt, gemtAnden], anden));
        Assert.Null(UdvekslingsNoegle.FindKommune([gemt, gemtAnden], noegle + "x"));
        Assert.Null(UdvekslingsNoegle.FindKommune([gemt], null));
        Assert.Null(UdvekslingsNoegle.FindKommune([gemt with { Hash = "ikke hex" }], noegle));
    }
}
