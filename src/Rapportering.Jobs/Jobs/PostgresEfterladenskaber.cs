using Npgsql;

namespace Rapportering.Jobs.Jobs;

/// <summary>
/// What a killed process leaves in Hangfire.PostgreSql (1.21) that the storage itself keeps for
/// minutes: a distributed lock is a row in its lock table with no owner, so a process killed inside
/// a job's state change leaves that job's state lock until DistributedLockTimeout, and the next
/// state change of that job (our requeue, a worker's Processing) waits for it; a job it had fetched
/// but not yet marked Processing stays Enqueued and invisible until InvisibilityTimeout (30 min).
/// A state change holds its lock for milliseconds, and a worker marks a fetched job Processing
/// within milliseconds, so either one older than <see cref="Graense"/> belongs to a dead holder —
/// unless another server shares the storage and is alive (a heartbeat within
/// <see cref="LevendeHjerteslag"/>, not a gone process of this machine): a slow database may hold
/// its state change longer, so then nothing is removed and the storage's own timeouts apply
/// (DistributedLockTimeout 1 min, see JobStorageFabrik).
/// </summary>
internal static class PostgresEfterladenskaber
{
    public static readonly TimeSpan Graense = TimeSpan.FromSeconds(3);

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(250);

    /// <summary>Hangfire's servers beat every 30 s; a server silent for four beats is taken for gone.</summary>
    public static readonly TimeSpan LevendeHjerteslag = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Removes job state locks older than <see cref="Graense"/> and returns the ids of jobs fetched
    /// more than that ago and still Enqueued (their fetcher is gone). Younger ones are waited for,
    /// until they are released or old enough (at most the bound and a little).
    /// </summary>
    public static IReadOnlyList<string> Ryd(string forbindelse, string skema, ILogger log)
    {
        var laas = $"{skema}:job:%:state-lock";
        var slut = DateTime.UtcNow + Graense + TimeSpan.FromSeconds(1);
        using var c = new NpgsqlConnection(forbindelse);
        c.Open();
        if (LevendeAndenServer(c, skema) is { } anden)
        {
            log.LogWarning("Serveren {Server} kører mod samme lager: efterladte låse og hentede job overlades til lagerets egne tidsgrænser", anden);
            return [];
        }
        while (true)
        {
            foreach (var r in Liste(c, $"""DELETE FROM "{skema}"."lock" WHERE resource LIKE @laas AND acquired < NOW() - @graense RETURNING resource""", laas))
                log.LogWarning("Fjernede låsen {Laas}, som en stoppet proces efterlod", r);
            var forladte = Liste(c, $"""
                SELECT DISTINCT q.jobid::text FROM "{skema}"."jobqueue" q JOIN "{skema}"."job" j ON j.id = q.jobid
                WHERE q.fetchedat < NOW() - @graense AND j.statename = 'Enqueued'
                """, laas);
            var unge = Liste(c, $"""
                SELECT resource FROM "{skema}"."lock" WHERE resource LIKE @laas
                UNION ALL
                SELECT q.jobid::text FROM "{skema}"."jobqueue" q JOIN "{skema}"."job" j ON j.id = q.jobid
                WHERE q.fetchedat >= NOW() - @graense AND j.statename = 'Enqueued'
                """, laas);
            if (unge.Count == 0 || DateTime.UtcNow > slut) return forladte;
            Thread.Sleep(Pause);
        }
    }

    private static string? LevendeAndenServer(NpgsqlConnection c, string skema)
    {
        using var cmd = new NpgsqlCommand($"""SELECT id FROM "{skema}"."server" WHERE lastheartbeat > NOW() - @hjerteslag ORDER BY id""", c);
        cmd.Parameters.AddWithValue("hjerteslag", LevendeHjerteslag);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var id = r.GetString(0);
            if (!ServerId.ErDenneProces(id) && !ServerId.ErDoedLokal(id)) return id;
        }
        return null;
    }

    private static List<string> Liste(NpgsqlConnection c, string sql, string laas)
    {
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.Parameters.AddWithValue("laas", laas);
        cmd.Parameters.AddWithValue("graense", Graense);
        using var r = cmd.ExecuteReader();
        var ud = new List<string>();
        while (r.Read()) ud.Add(r.GetString(0));
        return ud;
    }
}
