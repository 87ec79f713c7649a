using System.Diagnostics;
using Hangfire;
using Rapportering.Archive;
using Rapportering.Delivery;
using Rapportering.Jobs.Jobs;
using Rapportering.Tests.Infrastructure;

namespace Rapportering.Tests.Jobs;

/// <summary>Where a trial kills `rapportering run`.</summary>
public enum DrabPunkt
{
    /// <summary>At a random moment after the start.</summary>
    Tid,
    /// <summary>While mails are being sent: when smtp-sink has begun its k-th dump, after 0–15 ms.</summary>
    Mail,
    /// <summary>While the archive is written: the moment a staging entry shows in arkiv/.tmp/.</summary>
    Arkiv,
    /// <summary>While the folder drop is written: the moment a temp file shows in the drop folder.</summary>
    Mappe,
    /// <summary>
    /// PostgreSQL only: while a kommune job's state is being changed from Processing (its Hangfire
    /// state lock, a row in hangfire.lock, is held): the kill leaves the job Processing and the lock row behind.
    /// </summary>
    Tilstandsskift,
}

/// <summary>What one trial found after the kill and one rerun to completion.</summary>
public sealed record DrabResultat(
    int Nr, string Storage, DrabPunkt Punkt, int DraebtEfterMs, bool Draebt, bool Datavindue, int Exitkode,
    int Tabt, int Dobbelt, bool DobbeltSammeId, int Delvis, IReadOnlyList<string> Fund)
{
    /// <summary>How long the rerun took from start to exit.</summary>
    public int GenkoerselMs { get; init; }

    /// <summary>PostgreSQL: what the kill left in the job storage (lock rows, jobs by state), for the line.</summary>
    public string Efterladt { get; init; } = "";

    public string Linje =>
        $"forsøg {Nr,2} {Storage,-8} drab={(Draebt ? $"{Punkt} efter {DraebtEfterMs} ms" : "nej (kørslen nåede at slutte)")}, datavindue={(Datavindue ? "ja" : "nej")}, " +
        $"exit={Exitkode} efter {GenkoerselMs} ms: tabt {Tabt}, dobbelt {Dobbelt}{(Dobbelt > 0 ? (DobbeltSammeId ? " (samme Message-ID)" : " (FORSKELLIGE Message-ID)") : "")}, delvis {Delvis}" +
        (Efterladt.Length > 0 ? $" [efterladt: {Efterladt}]" : "") + (Fund.Count > 0 ? " — " + string.Join("; ", Fund) : "");

    /// <summary>The target: nothing lost or partial, and a repeat only after a kill in the data window, with the same Message-ID.</summary>
    public bool Ok => Tabt == 0 && Delvis == 0 && (Dobbelt == 0 || (Datavindue && DobbeltSammeId)) && Exitkode is 0 or 3;
}

/// <summary>
/// The kill-trial harness: `rapportering run` as a real process against smtp-sink, killed with
/// SIGKILL at a chosen point, then run again to completion; then every recipient's mails, the
/// archive, the folder drop, the delivery log and (PostgreSQL) the Hangfire jobs are checked.
/// </summary>
internal sealed class DrabForsoeg(BatchOpsaetning b, SmtpSink sink, Func<Task<string>>? nyPostgresDatabase)
{
    /// <param name="efterDrab">Run after the kill, before the rerun, with the PostgreSQL connection string (to shape what the kill left).</param>
    public async Task<DrabResultat> KoerAsync(int nr, DrabPunkt punkt, Random tilfaeldig, Func<string, Task>? efterDrab = null)
    {
        Nulstil();
        sink.Ryd();
        var basis = b.Indstillinger(sink.Port, arbejdere: 1);
        string? cs = null;
        if (nyPostgresDatabase is not null)
        {
            cs = await nyPostgresDatabase();
            basis = basis with { Jobs = basis.Jobs with { Storage = "postgres", Forbindelse = cs } };
        }
        var config = b.ConfigFil(basis);
        var args = new[] { "run", "--skaeringsdato", "2017-09-30", "--config", config, "--timeout", "90" };
        var log = cs is null ? LeveringsLog.SqliteFil(Path.Combine(b.Rod, "levering.db"), TimeProvider.System) : new LeveringsLog("postgres", cs, TimeProvider.System);

        var ur = Stopwatch.StartNew();
        bool draebt;
        using (var foerste = new RapporteringProces(args))
        {
            draebt = VentPaa(punkt, tilfaeldig, foerste, cs);
            if (draebt && punkt == DrabPunkt.Tilstandsskift) foerste.DraebStraks();
            else if (draebt) foerste.Draeb();
            else foerste.Vent(TimeSpan.FromSeconds(90));
        }
        var draebtEfter = (int)ur.ElapsedMilliseconds;
        if (efterDrab is not null) await efterDrab(cs ?? throw new InvalidOperationException("efterDrab kræver PostgreSQL"));
        var efterladt = cs is null ? "" : await Efterladt(cs);
        // The data window: a mail whose data was going out when the process died.
        var datavindue = (await Poster(log)).Any(p => p.Tilstand == LeveringsTilstand.Overdraget);

        int exit;
        var fund = new List<string>();
        var genkoersel = Stopwatch.StartNew();
        using (var anden = new RapporteringProces(args))
        {
            // Past the run's own --timeout and its shutdown: a rerun that waits too long says for what, and is not just killed.
            exit = anden.Vent(TimeSpan.FromSeconds(150));
            genkoersel.Stop();
            if (exit is not (0 or 3)) fund.Add($"genkørslen: exit {exit}: {Forkort(anden.Ud)} {Forkort(anden.Fejl)}");
            if (exit == 3 && !datavindue) fund.Add("exit 3 uden datavindue");
        }

        // Mails: complete dumps only (a dump cut off by the kill is not a delivered mail).
        var mails = sink.Mails().Where(m => ErHel(m.Besked)).ToList();
        var tabt = 0;
        var dobbelt = 0;
        var sammeId = true;
        foreach (var m in b.Modtagere)
        {
            var hans = mails.Where(x => x.Modtagere.Contains(m)).ToList();
            if (hans.Count == 0) { tabt++; fund.Add($"tabt: {m}"); }
            if (hans.Count > 1)
            {
                dobbelt += hans.Count - 1;
                sammeId &= hans.Select(x => x.Besked.MessageId).Distinct().Count() == 1;
                fund.Add($"dobbelt: {m} ×{hans.Count}");
            }
        }

        var delvis = Delvis(fund, await Poster(log), cs);
        return new DrabResultat(nr, cs is null ? "inmemory" : "postgres", punkt, draebtEfter, draebt, datavindue, exit, tabt, dobbelt, sammeId, delvis, fund)
        {
            GenkoerselMs = (int)genkoersel.ElapsedMilliseconds,
            Efterladt = efterladt,
        };
    }

    private bool VentPaa(DrabPunkt punkt, Random r, RapporteringProces p, string? cs)
    {
        if (punkt == DrabPunkt.Tilstandsskift) return VentPaaTilstandslaas(p, cs ?? throw new InvalidOperationException("Tilstandsskift kræver PostgreSQL"));
        var frist = DateTime.UtcNow.AddSeconds(60);
        var k = r.Next(1, 6); // which mail dump of six
        var tid = DateTime.UtcNow.AddMilliseconds(r.Next(500, 7000));
        var efter = r.Next(0, 16);
        while (!p.Afsluttet && DateTime.UtcNow < frist)
        {
            var ramt = punkt switch
            {
                DrabPunkt.Tid => DateTime.UtcNow >= tid,
                DrabPunkt.Mail => AntalDumps() >= k,
                DrabPunkt.Arkiv => Directory.Exists(Path.Combine(b.Arkivrod, ".tmp")) && Directory.EnumerateFileSystemEntries(Path.Combine(b.Arkivrod, ".tmp")).Any(),
                _ => Directory.Exists(Drop) && Directory.EnumerateFiles(Drop, ".*.tmp", SearchOption.AllDirectories).Any(),
            };
            if (ramt)
            {
                if (punkt == DrabPunkt.Mail && efter > 0) Thread.Sleep(efter);
                return true;
            }
            Thread.Sleep(punkt == DrabPunkt.Tid ? 10 : 1);
        }
        return false;
    }

    private static async Task<string> Efterladt(string cs)
    {
        await using var c = new Npgsql.NpgsqlConnection(cs);
        await c.OpenAsync();
        async Task<string> Liste(string sql)
        {
            await using var cmd = new Npgsql.NpgsqlCommand(sql, c);
            await using var r = await cmd.ExecuteReaderAsync();
            var ud = new List<string>();
            while (await r.ReadAsync()) ud.Add(Convert.ToString(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
            return string.Join(", ", ud);
        }
        return $"låse [{await Liste("SELECT resource FROM hangfire.lock ORDER BY resource")}], " +
               $"job [{await Liste("SELECT id || ' ' || statename FROM hangfire.job ORDER BY id")}], " +
               $"kø [{await Liste("SELECT jobid || CASE WHEN fetchedat IS NULL THEN '' ELSE ' hentet' END FROM hangfire.jobqueue ORDER BY jobid")}]";
    }

    /// <summary>Polls hangfire.lock on a connection of its own until a Processing kommune job's state lock is held.</summary>
    private static bool VentPaaTilstandslaas(RapporteringProces p, string cs)
    {
        var frist = DateTime.UtcNow.AddSeconds(60);
        using var c = new Npgsql.NpgsqlConnection(cs);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT count(*) FROM hangfire.lock l JOIN hangfire.job j ON l.resource = 'hangfire:job:' || j.id || ':state-lock'
            WHERE j.statename = 'Processing' AND j.invocationdata::text LIKE '%KommuneJob%'
            """;
        while (!p.Afsluttet && DateTime.UtcNow < frist)
        {
            try
            {
                if (Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0) return true;
            }
            catch (Npgsql.PostgresException) { Thread.Sleep(20); } // the schema is being made (missing table, or a deadlock with its installer)
        }
        return false;
    }

    private int AntalDumps() => Directory.EnumerateFiles(sink.Mappe, "*", SearchOption.AllDirectories).Count();

    private string Drop => Path.Combine(b.Rod, "drop");

    /// <summary>Partial work anywhere: archive versions, folder drop, leftovers, unfinished log rows, jobs left Processing.</summary>
    private int Delvis(List<string> fund, IReadOnlyList<LeveringsPost> poster, string? cs)
    {
        var n = 0;
        void Fund(string s) { n++; fund.Add("delvis: " + s); }
        var arkiv = new Arkiv(b.Arkivrod, TimeProvider.System);
        foreach (var k in b.Kommuner)
        {
            var versioner = arkiv.Versioner(k, BatchOpsaetning.Dato);
            if (!versioner.SequenceEqual([1])) { Fund($"{k}: versioner [{string.Join(",", versioner)}]"); continue; }
            var manifest = arkiv.LaesManifest(k, BatchOpsaetning.Dato, 1)!;
            var mappe = arkiv.VersionsMappe(k, BatchOpsaetning.Dato, 1);
            var drop = Path.Combine(Drop, $"{k}", "2017-09-30", "v1");
            if (Directory.EnumerateFiles(mappe).Count() != manifest.Filer.Count + 1) Fund($"{k}: arkivmappen har andre filer end manifestet");
            foreach (var f in manifest.Filer)
            {
                try { arkiv.LaesFil(k, BatchOpsaetning.Dato, 1, f.Navn); }
                catch (Exception e) when (e is IOException or InvalidDataException) { Fund($"{k}: {f.Navn} i arkivet"); }
                var d = Path.Combine(drop, f.Navn);
                if (!File.Exists(d) || Arkiv.Sha256(File.ReadAllBytes(d)) != f.Sha256) Fund($"{k}: {f.Navn} i mappen");
            }
        }
        var tmp = Path.Combine(b.Arkivrod, ".tmp");
        if (Directory.Exists(tmp) && Directory.EnumerateFileSystemEntries(tmp).Any()) Fund($"arkiv/.tmp har {Directory.EnumerateFileSystemEntries(tmp).Count()} efterladte");
        if (Directory.Exists(Drop) && Directory.EnumerateFiles(Drop, "*.tmp", SearchOption.AllDirectories).Any()) Fund("tmp-fil i mappen");
        if (poster.Any(p => p.Tilstand != LeveringsTilstand.Sendt)) Fund($"{poster.Count(p => p.Tilstand != LeveringsTilstand.Sendt)} logrækker ikke sendt");
        if (poster.Count(p => !p.Noegle.Modtager.StartsWith(Leverandoer.MappePraefiks, StringComparison.Ordinal)) != b.Modtagere.Count()) Fund("logrækker mangler");
        if (cs is not null)
        {
            var monitor = JobStorageFabrik.Opret(new JobIndstillinger { Storage = "postgres", Forbindelse = cs }).GetMonitoringApi();
            if (monitor.ProcessingCount() > 0) Fund($"{monitor.ProcessingCount()} Hangfire-job står som Processing");
            // By job state, not by queue row: a job a dead worker had fetched is Enqueued with no visible row.
            if (monitor.GetStatistics().Enqueued is > 0 and var koe) Fund($"{koe} Hangfire-job står som Enqueued");
        }
        return n;
    }

    private static async Task<IReadOnlyList<LeveringsPost>> Poster(LeveringsLog log)
    {
        await log.OpretAsync();
        var alle = new List<LeveringsPost>();
        foreach (var k in new[] { 167, 510, 657 }) alle.AddRange(await log.PosterAsync(k, "2017-09-30"));
        return alle;
    }

    /// <summary>A complete report mail: it carries the whole PDF.</summary>
    private static bool ErHel(MimeKit.MimeMessage m)
    {
        if (m.Attachments.OfType<MimeKit.MimePart>().FirstOrDefault() is not { Content: { } indhold }) return false;
        using var ms = new MemoryStream();
        try { indhold.DecodeTo(ms); } catch (FormatException) { return false; }
        var pdf = System.Text.Encoding.Latin1.GetString(ms.ToArray());
        return pdf.StartsWith("%PDF", StringComparison.Ordinal) && pdf.TrimEnd().EndsWith("%%EOF", StringComparison.Ordinal);
    }

    private void Nulstil()
    {
        foreach (var m in new[] { b.Arkivrod, Drop, Path.Combine(b.Rod, ".levering-laas") })
            if (Directory.Exists(m)) Directory.Delete(m, recursive: true);
        foreach (var f in Directory.EnumerateFiles(b.Rod, "levering.db*")) File.Delete(f);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static string Forkort(string s) => s.Length > 400 ? s[..400] + "…" : s;
}
