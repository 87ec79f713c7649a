using System.Net.Http.Headers;
using System.Text.Json;
using Rapportering.Archive;

namespace Rapportering.Jobs.Web;

/// <summary>
/// POST /udveksling/eksport: another installation's figures export, with
/// <c>Authorization: Bearer &lt;key&gt;</c>. 401 for a missing or unknown key, 403 when the export is
/// not the key's kommune's, 400 for anything that is not a figures export, 422 for a CPR-shaped
/// value or a published count of 1–4 persons, 413 when too large; 201 (archived) or 200 (the same export again). Every refusal is
/// logged with the sending address and kommune, never the key or the content. The keys are the
/// configuration's as it is now (<see cref="UdvekslingsNoegler"/>): a key taken out of the file is refused at once.
/// </summary>
internal static class UdvekslingEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapPost("/udveksling/eksport", async (HttpContext ctx, UdvekslingIndstillinger ind, UdvekslingsNoegler noegler, ModtagneEksporter modtagne, TimeProvider tid, WebTekster tekster, ILogger<ModtagneEksporter> log) =>
        {
            var t = tekster.Udveksling;
            // Plain text, one line: the sender's log shows it as it is.
            static IResult Afvis(string tekst, int status) => Results.Text(tekst + "\n", "text/plain", statusCode: status);
            var fra = ctx.Connection.RemoteIpAddress?.ToString() ?? "ukendt";
            var auth = ctx.Request.Headers.Authorization.ToString();
            var noegle = auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth["Bearer ".Length..].Trim() : null;
            if (UdvekslingsNoegle.FindKommune(noegler.Nu(), noegle) is not { } kommune)
            {
                log.LogWarning("Udveksling afvist (401) fra {Fra}: {Grund}", fra, noegle is null ? "ingen nøgle" : "ukendt nøgle");
                return Afvis(t.UkendtNoegle, StatusCodes.Status401Unauthorized);
            }
            var indhold = await LaesKrop(ctx.Request, ind.MaksKilobytes * 1024L, ctx.RequestAborted);
            if (indhold is null)
            {
                log.LogWarning("Udveksling afvist (413) fra {Fra}: eksporten for kommune {Kommune} er over {Maks} kB", fra, kommune, ind.MaksKilobytes);
                return Afvis(t.ForStor, StatusCodes.Status413PayloadTooLarge);
            }
            var r = Modtagelse.Modtag(modtagne.Arkiv, indhold, kommune, DateOnly.FromDateTime(tid.GetUtcNow().UtcDateTime));
            switch (r.Udfald)
            {
                case ModtagelsesUdfald.AndenKommune:
                    log.LogWarning("Udveksling afvist (403) fra {Fra}: nøglen for kommune {Kommune} sendte kommune {Eksport}s eksport", fra, kommune, r.Kommune);
                    return Afvis(t.AndenKommune, StatusCodes.Status403Forbidden);
                case ModtagelsesUdfald.IkkeEksport:
                    log.LogWarning("Udveksling afvist (400) fra {Fra}: kommune {Kommune} sendte noget, der ikke er en dataeksport", fra, kommune);
                    return Afvis(t.IkkeEksport, StatusCodes.Status400BadRequest);
                case ModtagelsesUdfald.Persondata:
                    log.LogWarning("Udveksling afvist (422) fra {Fra}: eksporten fra kommune {Kommune} indeholder et tal formet som et CPR-nummer", fra, kommune);
                    return Afvis(t.Persondata, StatusCodes.Status422UnprocessableEntity);
                case ModtagelsesUdfald.SmaaAntal:
                    log.LogWarning("Udveksling afvist (422) fra {Fra}: eksporten fra kommune {Kommune} viser antal under 5, som skulle være undertrykt", fra, kommune);
                    return Afvis(t.SmaaAntal, StatusCodes.Status422UnprocessableEntity);
                default:
                    log.LogInformation("Udveksling: eksport for kommune {Kommune} pr. {Dato} modtaget fra {Fra} ({Udfald}, version {Version})",
                        kommune, r.Dato!.Value.Iso, fra, r.Udfald == ModtagelsesUdfald.Arkiveret ? "ny" : "uændret", r.Version);
                    return Results.Json(new { kommune = r.Kommune, skaeringsdato = r.Dato!.Value.Iso, version = r.Version, ny = r.Udfald == ModtagelsesUdfald.Arkiveret },
                        statusCode: r.Udfald == ModtagelsesUdfald.Arkiveret ? StatusCodes.Status201Created : StatusCodes.Status200OK);
            }
        }).AllowAnonymous().DisableAntiforgery();
    }

    /// <summary>The body, or null when it is larger than allowed.</summary>
    private static async Task<byte[]?> LaesKrop(HttpRequest req, long maks, CancellationToken ct)
    {
        if (req.ContentLength > maks) return null;
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = await req.Body.ReadAsync(buffer, ct)) > 0)
        {
            ms.Write(buffer, 0, n);
            if (ms.Length > maks) return null;
        }
        return ms.ToArray();
    }
}

/// <summary>
/// The exchange's background work in `serve`: takes in the folder's exports (Indbakke) and sends
/// this installation's newest exports to every configured receiver, each version once (the sent
/// versions are remembered in udveksling-sendt.json beside the archive). Nothing to do, nothing runs.
/// </summary>
internal sealed class UdvekslingTjeneste(UdvekslingIndstillinger ind, Arkiv arkiv, ModtagneEksporter modtagne, TimeProvider tid,
    ILogger<UdvekslingTjeneste> log) : BackgroundService
{
    private string SendtFil => Path.Combine(Path.GetDirectoryName(arkiv.Rod)!, "udveksling-sendt.json");

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        if (ind.Indbakke is not { Length: > 0 } && ind.Modtagere.Length == 0) return;
        using var klient = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        while (!ct.IsCancellationRequested)
        {
            try
            {
                if (ind.Indbakke is { Length: > 0 } mappe) LaesIndbakke(mappe);
                foreach (var m in ind.Modtagere) await SendAsync(klient, m, ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or HttpRequestException or JsonException)
            {
                log.LogWarning("Udveksling: runden mislykkedes ({Fejl}); prøver igen", e.GetType().Name);
            }
            try { await Task.Delay(TimeSpan.FromSeconds(Math.Max(0.5, ind.IntervalSekunder)), tid, ct); }
            catch (OperationCanceledException) { return; }
        }
    }

    private void LaesIndbakke(string mappe)
    {
        if (!Directory.Exists(mappe)) return;
        foreach (var fil in Directory.EnumerateFiles(mappe, "*.json").Order(StringComparer.Ordinal).ToList())
        {
            var r = Modtagelse.Modtag(modtagne.Arkiv, File.ReadAllBytes(fil), null, DateOnly.FromDateTime(tid.GetUtcNow().UtcDateTime));
            var ok = r.Udfald is ModtagelsesUdfald.Arkiveret or ModtagelsesUdfald.Uaendret;
            var maal = Path.Combine(mappe, ok ? "behandlet" : "afvist");
            Directory.CreateDirectory(maal);
            File.Move(fil, Path.Combine(maal, $"{tid.GetUtcNow():yyyyMMddHHmmss}-{Path.GetFileName(fil)}"), overwrite: true);
            if (ok) log.LogInformation("Udveksling: eksport for kommune {Kommune} pr. {Dato} taget ind fra mappen (version {Version})", r.Kommune, r.Dato!.Value.Iso, r.Version);
            else log.LogWarning("Udveksling: en fil i mappen er afvist ({Udfald}) og lagt i afvist/", r.Udfald);
        }
    }

    private async Task SendAsync(HttpClient klient, UdvekslingsModtager m, CancellationToken ct)
    {
        var sendt = File.Exists(SendtFil) ? JsonSerializer.Deserialize<HashSet<string>>(File.ReadAllBytes(SendtFil)) ?? [] : [];
        var vaert = Uri.TryCreate(m.Url, UriKind.Absolute, out var u) ? u.Authority : "ugyldig adresse";
        foreach (var kommune in arkiv.Kommuner())
        {
            if (arkiv.Datoer(kommune) is not { Count: > 0 } datoer) continue;
            var dato = datoer[^1];
            if (arkiv.SenesteManifest(kommune, dato) is not { } manifest) continue;
            var navn = $"{kommune}-{dato.Iso}.json";
            if (manifest.Filer.FirstOrDefault(f => f.Navn == navn) is not { } fil) continue;
            var noegle = $"{m.Url}|{kommune}|{dato.Iso}|{fil.Sha256}";
            if (sendt.Contains(noegle)) continue;
            var indhold = arkiv.LaesFil(kommune, dato, manifest.Version, navn);
            using var besked = new HttpRequestMessage(HttpMethod.Post, m.Url) { Content = new ByteArrayContent(indhold) };
            besked.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            besked.Headers.Authorization = new AuthenticationHeaderValue("Bearer", m.Noegle);
            using var svar = await klient.SendAsync(besked, ct);
            if (svar.IsSuccessStatusCode)
            {
                sendt.Add(noegle);
                Output.AtomiskSkrivning.Skriv(SendtFil, JsonSerializer.SerializeToUtf8Bytes(sendt));
                log.LogInformation("Udveksling: eksport for kommune {Kommune} pr. {Dato} sendt til {Vaert} ({Status})", kommune, dato.Iso, vaert, (int)svar.StatusCode);
            }
            else
                log.LogWarning("Udveksling: {Vaert} afviste eksporten for kommune {Kommune} pr. {Dato} ({Status}); prøver igen", vaert, kommune, dato.Iso, (int)svar.StatusCode);
        }
    }
}
