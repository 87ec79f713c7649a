using Cronos;

namespace Rapportering.Jobs.Jobs;

/// <summary>
/// When the tertial run fires: a cron expression in a time zone (Cronos, as Hangfire itself uses),
/// so 06:00 stays 06:00 local time across daylight-saving changes. "Now" is the injected clock.
/// </summary>
public sealed class TertialPlan
{
    private readonly CronExpression _cron;

    public TimeZoneInfo Tidszone { get; }

    public TertialPlan(string cron, string tidszone)
    {
        try
        {
            _cron = CronExpression.Parse(cron);
        }
        catch (CronFormatException e)
        {
            throw new ArgumentException($"ugyldigt cron-udtryk '{cron}' (fem felter: minut, time, dag, måned, ugedag)", e);
        }
        Tidszone = TimeZoneInfo.FindSystemTimeZoneById(tidszone);
    }

    public DateTimeOffset? Naeste(DateTimeOffset efter) => _cron.GetNextOccurrence(efter, Tidszone);

    public IReadOnlyList<DateTimeOffset> NaesteKoersler(TimeProvider tid, int antal)
    {
        var liste = new List<DateTimeOffset>();
        var fra = tid.GetUtcNow();
        while (liste.Count < antal && Naeste(fra) is { } n)
        {
            liste.Add(n);
            fra = n;
        }
        return liste;
    }

    /// <summary>The cut date a run at <paramref name="tidspunkt"/> reports on: the latest on or before that local day.</summary>
    public Domain.Skaeringsdato Skaeringsdato(DateTimeOffset tidspunkt) =>
        Domain.Skaeringsdato.SenestePaaEllerFoer(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(tidspunkt, Tidszone).DateTime));
}
