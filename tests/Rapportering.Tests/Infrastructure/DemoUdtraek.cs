using Microsoft.Data.Sqlite;
using Rapportering.Demo;
using Rapportering.Figures;

namespace Rapportering.Tests.Infrastructure;

/// <summary>
/// What the real-output tests (PDF, HTML, workbook) share: a small demo database and the
/// person ids in it, which no output may contain, and the report's section headings.
/// </summary>
internal static class DemoUdtraek
{
    /// <summary>Section heading per area, as the report prints it.</summary>
    public static readonly IReadOnlyDictionary<Omraade, string> Afsnit = new Dictionary<Omraade, string>
    {
        [Omraade.Forebyggende] = "1 Forebyggende indsatser",
        [Omraade.Hjemmebaserede] = "2 Hjemmebaserede foranstaltninger",
        [Omraade.Anbringelser] = "3 Anbringelser",
        [Omraade.Oekonomi] = "4 Økonomi",
        [Omraade.Trivsel] = "5 Trivsel og fravær",
    };

    public static readonly string[] Overskrifter = ["Indhold", "Resumé", .. Afsnit.Values, "Bilag"];

    /// <summary>A demo database (data as of 24 November 2025, 0,3 of the children) in <paramref name="mappe"/>.</summary>
    public static string OpretDemoDb(string mappe, params int[] kommuner)
    {
        Directory.CreateDirectory(mappe);
        var db = Path.Combine(mappe, "demo.db");
        DemoDatabase.OpretSqlite(db, new DemoOptions { DataPr = new DateOnly(2025, 11, 24), Kommuner = kommuner, Skala = 0.3 });
        return db;
    }

    public static IReadOnlyList<string> PersonIder(string db)
    {
        using var forbindelse = new SqliteConnection($"Data Source={db};Pooling=False");
        forbindelse.Open();
        using var cmd = forbindelse.CreateCommand();
        cmd.CommandText = "select person_id from rap_person";
        using var r = cmd.ExecuteReader();
        var ider = new List<string>();
        while (r.Read()) ider.Add(r.GetString(0));
        return ider;
    }
}
