using Rapportering.Domain;
using Rapportering.Input;

namespace Rapportering.Benchmark;

/// <summary>
/// What `rapportering bench` runs. Without <see cref="Forbindelse"/> the synthetic SQLite
/// database at <see cref="DbSti"/> is built (or reused when its side file says it was built
/// with the same <see cref="AntalKommuner"/> and <see cref="Skala"/>).
/// </summary>
public sealed record BenchOptions
{
    public int AntalKommuner { get; init; } = 98;

    public double Skala { get; init; } = 1.0;

    /// <summary>SQLite file for the synthetic data; null = a file in the temp folder that is reused between runs.</summary>
    public string? DbSti { get; init; }

    public Provider Provider { get; init; } = Provider.Sqlite;

    /// <summary>An existing database with the view contract; when set nothing is generated.</summary>
    public string? Forbindelse { get; init; }

    /// <summary>Null = the latest cut date of the data.</summary>
    public Skaeringsdato? Skaeringsdato { get; init; }

    /// <summary>Where the reports are written; null = a temp folder, deleted afterwards unless <see cref="Behold"/>.</summary>
    public string? UdMappe { get; init; }

    public bool Behold { get; init; }

    /// <summary>How many kommuner are read and rendered at once; default all cores.</summary>
    public int Parallelitet { get; init; } = Environment.ProcessorCount;

    /// <summary>Print this many reports with headless Chromium as well (0 = no peer).</summary>
    public int PeerAntal { get; init; }

    public string ChromiumSti { get; init; } = "/usr/bin/chromium";

    /// <summary>Only read the views (no figures, no files): measures the reader alone.</summary>
    public bool KunIndlaesning { get; init; }

    /// <summary>Only the comparison workbook, from this folder of JSON exports (a kept bench folder): no database, no batch.</summary>
    public string? SammenligningFra { get; init; }

    /// <summary>The "data as of" date of a newly built database; null = yesterday.</summary>
    public DateOnly? DataPr { get; init; }
}
