namespace Rapportering.Delivery;

/// <summary>One delivery: a version of one kommune's report for one cut date to one recipient
/// (an e-mail address, or "mappe:&lt;path&gt;" for a folder drop).</summary>
public sealed record LeveringsNoegle(int Kommune, string Skaeringsdato, string Modtager, int Version);

/// <summary>
/// The step a delivery reached. Claimed: a sender owns it, nothing handed over yet (safe to send
/// again). Overdraget: the server accepted sender and recipient and the message data was being
/// transmitted, no reply seen (the one window where the mail may or may not have arrived). Sendt:
/// the server accepted the mail.
/// </summary>
public enum LeveringsTilstand { Claimed, Overdraget, Sendt }

public sealed record LeveringsPost(LeveringsNoegle Noegle, LeveringsTilstand Tilstand, string ClaimedAf, DateTimeOffset ClaimedTid, DateTimeOffset? SendtTid);

/// <summary>What to do with a delivery left in the unknown window (<see cref="LeveringsTilstand.Overdraget"/>).</summary>
public enum UvishedsPolitik
{
    /// <summary>Send again with the same Message-ID: a lost committee report is worse than a repeated one.</summary>
    Gentag,
    /// <summary>At most once: tell the operator at once, with the exact resend command.</summary>
    Spoerg,
}

/// <summary>The outcome of <see cref="LeveringsLog.KraevAsync"/>.</summary>
public enum Krav
{
    /// <summary>A new claim: send.</summary>
    Ny,
    /// <summary>Took over a claim that stopped before the handover: nothing can have been delivered, send.</summary>
    Genoptaget,
    /// <summary>Took over a delivery left in the unknown window (policy gentag): send again, same Message-ID.</summary>
    Gentages,
    AlleredeSendt,
    /// <summary>Left in the unknown window and the policy is spoerg: the operator decides.</summary>
    Uafklaret,
}
