using System.Globalization;
using Rapportering.Output;

namespace Rapportering.Jobs.Jobs;

/// <summary>Our servers' ids start with the ServerName "&lt;maskine&gt;:&lt;pid&gt;" (HangfireServerVaert), then Hangfire's guid: enough to tell this process's servers and a gone process of this machine.</summary>
internal static class ServerId
{
    /// <summary>A server of this machine whose process is gone: certainly dead, whatever its last heartbeat says.</summary>
    public static bool ErDoedLokal(string serverId) =>
        Pid(serverId) is { } pid && Efterladenskaber.ErForladt($"{pid}@{serverId.Split(':')[0]}", DateTime.UtcNow);

    /// <summary>A server of this very process (started beside the start-up's own clean-up).</summary>
    public static bool ErDenneProces(string serverId) =>
        Pid(serverId) == Environment.ProcessId
        && string.Equals(serverId.Split(':')[0], Efterladenskaber.Maskine, StringComparison.OrdinalIgnoreCase);

    private static int? Pid(string serverId)
    {
        var dele = serverId.Split(':');
        return dele.Length >= 2 && int.TryParse(dele[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }
}
