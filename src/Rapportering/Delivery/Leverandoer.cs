using Rapportering.Output;
using Rapportering.Templates;

namespace Rapportering.Delivery;

/// <summary>
/// Delivers one archived version to the kommune's recipients and folder drop, once per
/// (kommune, cut date, recipient, version), through the <see cref="LeveringsLog"/>: under the
/// kommune's delivery lock, each mail is claimed, marked when its data starts to go out, and
/// marked sent when the server took it (see <see cref="LeveringsLog"/> for what each step means).
/// </summary>
public sealed class Leverandoer(LeveringsLog log, SmtpIndstillinger smtp, UvishedsPolitik politik = UvishedsPolitik.Gentag)
{
    public const string MappePraefiks = "mappe:";

    /// <summary>How long a job waits for another sender of the same kommune and cut date.</summary>
    public static readonly TimeSpan LaasFrist = TimeSpan.FromMinutes(2);

    public async Task<IReadOnlyList<LeveringsUdfald>> LeverAsync(
        LeveringsPakke pakke, IReadOnlyList<Modtager> modtagere, string? mappeDrop, string claimedAf, CancellationToken ct = default)
    {
        await using var laas = await log.LaasAsync(pakke.Kommune, pakke.Skaeringsdato.Iso, LaasFrist, ct);
        var udfald = new List<LeveringsUdfald>();
        if (mappeDrop is not null)
            udfald.Add(await LeverMappeAsync(pakke, mappeDrop, claimedAf, ct));
        if (modtagere.Count == 0) return udfald;

        // Which recipients still need the mail? Only they make us open a connection.
        var poster = (await log.PosterAsync(pakke.Kommune, pakke.Skaeringsdato.Iso, ct))
            .Where(p => p.Noegle.Version == pakke.Version).ToDictionary(p => p.Noegle.Modtager, StringComparer.OrdinalIgnoreCase);
        var mangler = new List<Modtager>();
        foreach (var m in modtagere.DistinctBy(m => m.Email, StringComparer.OrdinalIgnoreCase))
        {
            var tilstand = poster.TryGetValue(m.Email, out var p) ? p.Tilstand : (LeveringsTilstand?)null;
            if (tilstand == LeveringsTilstand.Sendt) udfald.Add(new(m.Email, LeveringsStatus.AlleredeSendt));
            else if (tilstand == LeveringsTilstand.Overdraget && politik == UvishedsPolitik.Spoerg) udfald.Add(new(m.Email, LeveringsStatus.Uafklaret));
            else mangler.Add(m);
        }
        if (mangler.Count == 0) return udfald;

        // A refused connection leaves no claim behind: nothing was tried, the retry sends.
        await using var forbindelse = await MailForbindelse.AabnAsync(smtp, ct);
        foreach (var m in mangler)
        {
            var noegle = new LeveringsNoegle(pakke.Kommune, pakke.Skaeringsdato.Iso, m.Email, pakke.Version);
            var krav = await log.KraevAsync(noegle, claimedAf, politik, ct);
            if (krav is Krav.AlleredeSendt or Krav.Uafklaret)
            {
                udfald.Add(new(m.Email, krav == Krav.AlleredeSendt ? LeveringsStatus.AlleredeSendt : LeveringsStatus.Uafklaret));
                continue;
            }
            try
            {
                // The same Message-ID on every attempt (MailIndhold): a repeat after the unknown window is recognisable.
                await forbindelse.SendAsync(MailIndhold.Rapport(pakke, m, smtp), () => log.MarkerOverdraget(noegle, claimedAf), ct);
            }
            catch (MailAfvistException)
            {
                // Not handed over: release, so the retry (here or on another server) sends it.
                await log.FrigivAsync(noegle, CancellationToken.None);
                throw;
            }
            await log.MarkerSendtAsync(noegle, CancellationToken.None);
            udfald.Add(new(m.Email, krav == Krav.Gentages ? LeveringsStatus.Gentaget : LeveringsStatus.Sendt));
        }
        return udfald;
    }

    /// <summary>
    /// The folder drop is idempotent (same bytes, atomic writes), so a claim left by a crash is
    /// simply done again: at least once, which for a folder is exactly once in effect.
    /// </summary>
    private async Task<LeveringsUdfald> LeverMappeAsync(LeveringsPakke pakke, string mappeDrop, string claimedAf, CancellationToken ct)
    {
        var mappe = Path.Combine(Path.GetFullPath(mappeDrop), pakke.Kommune.ToString(System.Globalization.CultureInfo.InvariantCulture),
            pakke.Skaeringsdato.Iso, $"v{pakke.Version}");
        var noegle = new LeveringsNoegle(pakke.Kommune, pakke.Skaeringsdato.Iso, MappePraefiks + Path.GetFullPath(mappeDrop), pakke.Version);
        if (!await log.TryClaimAsync(noegle, claimedAf, ct))
        {
            var post = (await log.PosterAsync(pakke.Kommune, pakke.Skaeringsdato.Iso, ct)).FirstOrDefault(p => p.Noegle == noegle);
            if (post?.Tilstand == LeveringsTilstand.Sendt) return new(noegle.Modtager, LeveringsStatus.AlleredeSendt);
        }
        Directory.CreateDirectory(mappe);
        foreach (var (navn, indhold) in pakke.Filer)
            AtomiskSkrivning.Skriv(Path.Combine(mappe, navn), indhold);
        await log.MarkerSendtAsync(noegle, CancellationToken.None);
        return new(noegle.Modtager, LeveringsStatus.Sendt);
    }
}
