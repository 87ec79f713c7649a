using Rapportering.Output;
using Rapportering.Templates;

namespace Rapportering.Delivery;

/// <summary>
/// Delivers one archived version to the kommune's recipients and folder drop, each at most once
/// per (kommune, cut date, recipient, version), through the <see cref="LeveringsLog"/>.
/// </summary>
public sealed class Leverandoer(LeveringsLog log, SmtpIndstillinger smtp)
{
    public async Task<IReadOnlyList<LeveringsUdfald>> LeverAsync(
        LeveringsPakke pakke, IReadOnlyList<Modtager> modtagere, string? mappeDrop, string claimedAf, CancellationToken ct = default)
    {
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
            if (poster.TryGetValue(m.Email, out var p))
                udfald.Add(new(m.Email, p.Tilstand == LeveringsTilstand.Sendt ? LeveringsStatus.AlleredeSendt : LeveringsStatus.Uafklaret));
            else
                mangler.Add(m);
        }
        if (mangler.Count == 0) return udfald;

        await using var forbindelse = await MailForbindelse.AabnAsync(smtp, ct);
        foreach (var m in mangler)
        {
            var noegle = new LeveringsNoegle(pakke.Kommune, pakke.Skaeringsdato.Iso, m.Email, pakke.Version);
            if (!await log.TryClaimAsync(noegle, claimedAf, ct))
            {
                udfald.Add(new(m.Email, LeveringsStatus.Uafklaret)); // someone else got there first
                continue;
            }
            try
            {
                await forbindelse.SendAsync(MailIndhold.Rapport(pakke, m, smtp), ct);
            }
            catch (MailAfvistException)
            {
                await log.FrigivAsync(noegle, CancellationToken.None);
                throw;
            }
            await log.MarkerSendtAsync(noegle, CancellationToken.None);
            udfald.Add(new(m.Email, LeveringsStatus.Sendt));
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
        var noegle = new LeveringsNoegle(pakke.Kommune, pakke.Skaeringsdato.Iso, "mappe:" + Path.GetFullPath(mappeDrop), pakke.Version);
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
