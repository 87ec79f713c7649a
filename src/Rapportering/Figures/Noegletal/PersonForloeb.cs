namespace Rapportering.Figures.Noegletal;

/// <summary>
/// One person's measures, indexed once (the caller sorts them by start) so the state on a day is a short scan.
/// Holds no person id: nothing downstream can leak one.
/// </summary>
internal sealed class PersonForloeb(DateOnly foedselsdato, PersonForloeb.Maal[] indsatser, DateOnly[] myndighedsForebyggendeStart, DateOnly[] undersoegelser)
{
    /// <summary>A cleaned measure reduced to what the figures need.</summary>
    internal readonly record struct Maal(DateOnly Start, DateOnly? Slut, byte Trin, byte Bit);

    public DateOnly Foedselsdato { get; } = foedselsdato;

    /// <summary>The first start and the last end (MaxValue while one runs): outside them the person counts nowhere.</summary>
    public DateOnly FoersteStart { get; } = indsatser.Length == 0 ? DateOnly.MaxValue : indsatser[0].Start;
    public DateOnly SidsteSlut { get; } = indsatser.Length == 0 ? DateOnly.MinValue
        : indsatser.Any(m => m.Slut is null) ? DateOnly.MaxValue : indsatser.Max(m => m.Slut!.Value);

    /// <summary>Start dates of forebyggende measures granted by the authority, ascending.</summary>
    public DateOnly[] MyndighedsForebyggendeStart { get; } = myndighedsForebyggendeStart;

    /// <summary>Decision dates of børnefaglige undersøgelser, ascending.</summary>
    public DateOnly[] Undersoegelser { get; } = undersoegelser;

    /// <summary>Whole years on <paramref name="d"/>.</summary>
    public int Alder(DateOnly d)
    {
        // As d < Foedselsdato.AddYears(alder), without the call (it runs once per person and cut
        // date): a 29 February birthday falls on 28 February in a year that is not a leap year.
        var f = Foedselsdato;
        var alder = d.Year - f.Year;
        var dag = f.Month == 2 && f.Day == 29 && !DateTime.IsLeapYear(d.Year) ? 28 : f.Day;
        return d.Month < f.Month || (d.Month == f.Month && d.Day < dag) ? alder - 1 : alder;
    }

    /// <summary>Active on d: start &lt;= d and (no end or end &gt;= d). Highest trin wins.</summary>
    public Tilstand Paa(DateOnly d)
    {
        byte trin = 0, typer = 0;
        foreach (var m in indsatser)
        {
            if (m.Start > d) break;
            if (m.Slut is { } slut && slut < d) continue;
            if (m.Trin > trin) trin = m.Trin;
            typer |= m.Bit;
        }
        return new Tilstand(trin, typer);
    }

    /// <summary>
    /// Did a forebyggende measure granted by the authority start in (fra, d], and if so, was a
    /// BFU decided on or after the earliest such start and on or before d? Using the earliest
    /// start counts the person once and takes any BFU after any qualifying start.
    /// </summary>
    public (bool Starter, bool MedBfu) Bfu(DateOnly fra, DateOnly d)
    {
        DateOnly? foerste = null;
        foreach (var s in MyndighedsForebyggendeStart)
        {
            if (s > d) break;
            if (s > fra) { foerste = s; break; }
        }
        if (foerste is not { } start) return (false, false);
        foreach (var u in Undersoegelser)
        {
            if (u > d) break;
            if (u >= start) return (true, true);
        }
        return (true, false);
    }
}
