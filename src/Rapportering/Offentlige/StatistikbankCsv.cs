using System.Text;

namespace Rapportering.Offentlige;

/// <summary>One data line of a Statistikbanken CSV file: its 1-based line number and its cells.</summary>
public sealed record CsvLinje(int Nummer, IReadOnlyList<string> Felter);

/// <summary>A parsed file: the header (variable codes and INDHOLD) and the data lines.</summary>
public sealed record CsvFil(string Navn, IReadOnlyList<string> Hoved, IReadOnlyList<CsvLinje> Linjer, IReadOnlyList<OffentligtFund> Fund);

/// <summary>
/// Reads CSV as Statistikbanken's API writes it: ';'-separated, UTF-8 with BOM, CRLF, first
/// line the variable codes and INDHOLD. Parsed by hand (no package): the format is that small.
/// A line with the wrong number of fields is a finding with its line number, never a crash.
/// </summary>
public static class StatistikbankCsv
{
    private static readonly UTF8Encoding StrengUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static CsvFil Laes(string navn, byte[] indhold)
    {
        string tekst;
        try
        {
            var start = indhold.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            tekst = StrengUtf8.GetString(indhold, start, indhold.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return new CsvFil(navn, [], [], [new OffentligtFund(navn, null, "ikke_utf8", "filen er ikke UTF-8 og er ikke indlæst")]);
        }

        var fund = new List<OffentligtFund>();
        var linjer = new List<CsvLinje>();
        IReadOnlyList<string>? hoved = null;
        var nummer = 0;
        foreach (var raa in tekst.Split('\n'))
        {
            nummer++;
            var linje = raa.EndsWith('\r') ? raa[..^1] : raa;
            if (linje.Trim().Length == 0) continue; // the file ends with CRLF; blank lines carry nothing
            var felter = Del(linje);
            if (hoved is null)
            {
                hoved = felter.Select(f => f.Trim()).ToList();
                if (!hoved[^1].Equals("INDHOLD", StringComparison.OrdinalIgnoreCase))
                {
                    fund.Add(new OffentligtFund(navn, nummer, "mangler_indhold", "første linje skal være variabelkoderne og INDHOLD; filen er ikke indlæst"));
                    return new CsvFil(navn, [], [], fund);
                }
                continue;
            }
            if (felter.Count != hoved.Count)
            {
                fund.Add(new OffentligtFund(navn, nummer, "forkert_antal_felter", $"linjen har {felter.Count} felter, hovedet {hoved.Count}; linjen er udeladt"));
                continue;
            }
            linjer.Add(new CsvLinje(nummer, felter));
        }
        if (hoved is null) fund.Add(new OffentligtFund(navn, null, "tom_fil", "filen har ingen linjer"));
        return new CsvFil(navn, hoved ?? [], linjer, fund);
    }

    /// <summary>Splits on ';'; a field in double quotes may hold ';' (the API quotes none, other tools may).</summary>
    private static List<string> Del(string linje)
    {
        var felter = new List<string>();
        var sb = new StringBuilder();
        var iCitat = false;
        for (var i = 0; i < linje.Length; i++)
        {
            var c = linje[i];
            if (c == '"')
            {
                if (iCitat && i + 1 < linje.Length && linje[i + 1] == '"') { sb.Append('"'); i++; }
                else iCitat = !iCitat;
            }
            else if (c == ';' && !iCitat) { felter.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        felter.Add(sb.ToString());
        return felter;
    }
}
