using Rapportering.Input;

namespace Rapportering.Demo;

/// <summary>The 98 Danish kommuner (since 2007) with their official codes.</summary>
public static class DanskeKommuner
{
    public static readonly IReadOnlyList<Kommune> Alle =
    [
        new(101, "København"), new(147, "Frederiksberg"), new(151, "Ballerup"), new(153, "Brøndby"),
        new(155, "Dragør"), new(157, "Gentofte"), new(159, "Gladsaxe"), new(161, "Glostrup"),
        new(163, "Herlev"), new(165, "Albertslund"), new(167, "Hvidovre"), new(169, "Høje-Taastrup"),
        new(173, "Lyngby-Taarbæk"), new(175, "Rødovre"), new(183, "Ishøj"), new(185, "Tårnby"),
        new(187, "Vallensbæk"), new(190, "Furesø"), new(201, "Allerød"), new(210, "Fredensborg"),
        new(217, "Helsingør"), new(219, "Hillerød"), new(223, "Hørsholm"), new(230, "Rudersdal"),
        new(240, "Egedal"), new(250, "Frederikssund"), new(253, "Greve"), new(259, "Køge"),
        new(260, "Halsnæs"), new(265, "Roskilde"), new(269, "Solrød"), new(270, "Gribskov"),
        new(306, "Odsherred"), new(316, "Holbæk"), new(320, "Faxe"), new(326, "Kalundborg"),
        new(329, "Ringsted"), new(330, "Slagelse"), new(336, "Stevns"), new(340, "Sorø"),
        new(350, "Lejre"), new(360, "Lolland"), new(370, "Næstved"), new(376, "Guldborgsund"),
        new(390, "Vordingborg"), new(400, "Bornholm"), new(410, "Middelfart"), new(420, "Assens"),
        new(430, "Faaborg-Midtfyn"), new(440, "Kerteminde"), new(450, "Nyborg"), new(461, "Odense"),
        new(479, "Svendborg"), new(480, "Nordfyns"), new(482, "Langeland"), new(492, "Ærø"),
        new(510, "Haderslev"), new(530, "Billund"), new(540, "Sønderborg"), new(550, "Tønder"),
        new(561, "Esbjerg"), new(563, "Fanø"), new(573, "Varde"), new(575, "Vejen"),
        new(580, "Aabenraa"), new(607, "Fredericia"), new(615, "Horsens"), new(621, "Kolding"),
        new(630, "Vejle"), new(657, "Herning"), new(661, "Holstebro"), new(665, "Lemvig"),
        new(671, "Struer"), new(706, "Syddjurs"), new(707, "Norddjurs"), new(710, "Favrskov"),
        new(727, "Odder"), new(730, "Randers"), new(740, "Silkeborg"), new(741, "Samsø"),
        new(746, "Skanderborg"), new(751, "Aarhus"), new(756, "Ikast-Brande"), new(760, "Ringkøbing-Skjern"),
        new(766, "Hedensted"), new(773, "Morsø"), new(779, "Skive"), new(787, "Thisted"),
        new(791, "Viborg"), new(810, "Brønderslev"), new(813, "Frederikshavn"), new(820, "Vesthimmerlands"),
        new(825, "Læsø"), new(840, "Rebild"), new(846, "Mariagerfjord"), new(849, "Jammerbugt"),
        new(851, "Aalborg"), new(860, "Hjørring"),
    ];

    /// <summary>The three kommuner of the 2018 evaluation (Haderslev, Herning, Hvidovre).</summary>
    public static readonly IReadOnlyList<int> Evalueringskommuner = [510, 657, 167];

    /// <summary>The default demo set: the evaluation kommuner and three reference kommuner.</summary>
    public static readonly IReadOnlyList<int> Standard = [510, 657, 167, 615, 661, 169];

    public static Kommune Find(int kode) =>
        Alle.FirstOrDefault(k => k.KommuneKode == kode)
        ?? throw new ArgumentException($"kommunekode {kode} er ikke en dansk kommune");
}
