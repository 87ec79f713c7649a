using Rapportering.Demo;
using Rapportering.Input;

namespace Rapportering.Tests.Input;

/// <summary>
/// A small hand-made data set for the reader tests: two kommuner, edge cases on purpose
/// (leap day, null end date, null birth date, negative and large amounts,
/// null gruppering, a null mean and N). Expected values in the tests are these literals.
/// </summary>
internal static class ViewReaderFixture
{
    public static readonly Kommune Haderslev = new(510, "Haderslev");
    public static readonly Kommune Herning = new(657, "Herning");

    public static readonly Befolkning[] Befolkning510 =
    [
        new(510, new DateOnly(2017, 1, 1), 0, 600),
        new(510, new DateOnly(2017, 1, 1), 17, 655),
        new(510, new DateOnly(2017, 4, 1), 0, 598),
    ];

    public static readonly Befolkning Befolkning657 = new(657, new DateOnly(2017, 1, 1), 5, 700);

    public static readonly Person PersonA = new("pa7k2m9x4q1z", new DateOnly(2005, 3, 15));
    public static readonly Person PersonB = new("pb3n8r2t6w5y", null);
    public static readonly Person PersonC = new("pc9d4f7h2j6k", new DateOnly(2010, 12, 31));
    public static readonly Person PersonD = new("pd5e8g3m7p2q", new DateOnly(2001, 1, 1));

    public static readonly Indsats[] Indsatser510 =
    [
        new("510-000001", PersonA.PersonId, 510, "forebyggende", "SEL § 11, stk. 3", "myndighed", new DateOnly(2016, 2, 29), null),
        new("510-000002", PersonB.PersonId, 510, "institution", "BL § 43", "andet", new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30)),
    ];

    public static readonly Indsats Indsats657 =
        new("657-000001", PersonD.PersonId, 657, "familiepleje", "SEL § 52, stk. 3, nr. 7", "myndighed", new DateOnly(2015, 5, 5), new DateOnly(2016, 5, 4));

    public static readonly Undersoegelse Undersoegelse510 = new(PersonC.PersonId, 510, new DateOnly(2016, 3, 1));
    public static readonly Undersoegelse Undersoegelse657 = new(PersonD.PersonId, 657, new DateOnly(2015, 4, 1));

    public static readonly RegnskabsPost[] Regnskab510 =
    [
        new(510, 2016, "regnskab", "5.28.21", "003", 1, 1234.56m),
        new(510, 2016, "regnskab", "5.28.23", null, 2, -12.30m),
        new(510, 2017, "forventet", "6.45.51", null, 1, 9876543.21m),
    ];

    public static readonly RegnskabsPost Regnskab657 = new(657, 2016, "regnskab", "5.28.22", "002", 1, 500m);

    public static readonly PlIndeks[] Pl = [new(2016, 100.0m), new(2017, 101.9m)];

    public static readonly Skoletrivsel[] Trivsel510 =
    [
        new(510, "2016/17", "oevrige", "fravaer", null, null),
        new(510, "2016/17", "udsatte", "faglig_trivsel", 3.6543m, 3),
    ];

    public static readonly Skoletrivsel Trivsel657 = new(657, "2016/17", "oevrige", "social_trivsel", 4.05m, 5120);

    public static DemoData Data()
    {
        var d = new DemoData();
        d.KommuneListe.AddRange([Herning, Haderslev]);
        d.BefolkningListe.AddRange([Befolkning657, .. Befolkning510]);
        d.PersonListe.AddRange([PersonD, PersonC, PersonB, PersonA]);
        d.IndsatsListe.AddRange([Indsats657, .. Indsatser510]);
        d.UndersoegelseListe.AddRange([Undersoegelse657, Undersoegelse510]);
        d.RegnskabListe.AddRange([Regnskab657, .. Regnskab510]);
        d.PlIndeksListe.AddRange(Pl);
        d.SkoletrivselListe.AddRange([Trivsel657, .. Trivsel510]);
        return d;
    }
}
