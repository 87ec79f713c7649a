using System.Text;

namespace Rapportering.Tests.Offentlige;

/// <summary>Small files in Statistikbanken's exact CSV format: UTF-8 with BOM, ';', CRLF, decimal comma, '..'.</summary>
internal static class StatistikbankFiler
{
    public static byte[] Csv(params string[] linjer) =>
        [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(string.Join("\r\n", linjer) + "\r\n")];

    /// <summary>FOLK1A in codes (valuePresentation=Code): 0-17-årige in 510 and 657, 2018K1; one age suppressed in 657.</summary>
    public static byte[] Folk1a()
    {
        var l = new List<string> { "OMRÅDE;KØN;ALDER;CIVILSTAND;TID;INDHOLD" };
        foreach (var a in Enumerable.Range(0, 18))
        {
            l.Add($"510;TOT;{a};TOT;2018K1;600");          // 18 × 600 = 10.800
            l.Add($"657;TOT;{a};TOT;2018K1;{(a == 5 ? ".." : "1000")}");
            l.Add($"167;TOT;{a};TOT;2018K1;500");          // 18 × 500 = 9.000
            l.Add($"510;1;{a};TOT;2018K1;300");            // boys: not the template's filter
        }
        l.Add("084;TOT;0;TOT;2018K1;20000");               // a region: known, skipped
        l.Add("999;TOT;0;TOT;2018K1;12");                  // an unknown kommune code
        l.Add("510;TOT;3;TOT;2018K1");                     // a malformed line: a field short
        l.Add("510;TOT;4;TOT;20x8K1;600");                 // a malformed period
        return Csv([.. l]);
    }

    /// <summary>ANBAAR9 in texts (valuePresentation=Default): anbragte 0-17 by kommune name, 2017.</summary>
    public static byte[] Anbaar9() => Csv(
        "ADMKOM;ALERAMS;TID;INDHOLD",
        "Haderslev;0-17 år;2017;108",
        "Herning;0-17 år;2017;90",
        "Hvidovre;0-17 år;2017;..",
        "Hvidovre;18-22 år;2017;40",
        "Hele landet;0-17 år;2017;11800",
        "Atlantis;0-17 år;2017;3",
        "Haderslev;0-17 år;2017;010101-1234x");            // CPR-shaped garbage in INDHOLD: a finding, never echoed

    /// <summary>REGK31 in codes, with a decimal comma.</summary>
    public static byte[] Regk31() => Csv(
        "OMRÅDE;FUNKTION;DRANST;ART;PRISENHED;TID;INDHOLD",
        "510;52820;1;TOT;LOBM;2017;1000,5",
        "510;52820;2;TOT;LOBM;2017;-100,5",
        "510;52822;1;TOT;LOBM;2017;2500",
        "510;52822;1;UE;LOBM;2017;2600",
        "510;52822;1;TOT;INDL;2017;4321");
}
