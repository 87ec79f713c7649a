namespace Rapportering.Delivery;

/// <summary>One delivery: a version of one kommune's report for one cut date to one recipient
/// (an e-mail address, or "mappe:&lt;path&gt;" for a folder drop).</summary>
public sealed record LeveringsNoegle(int Kommune, string Skaeringsdato, string Modtager, int Version);

/// <summary>State of a delivery in the log: claimed (a sender is on it or died on it) or sent.</summary>
public enum LeveringsTilstand { Claimed, Sendt }

public sealed record LeveringsPost(LeveringsNoegle Noegle, LeveringsTilstand Tilstand, string ClaimedAf, DateTimeOffset ClaimedTid, DateTimeOffset? SendtTid);
