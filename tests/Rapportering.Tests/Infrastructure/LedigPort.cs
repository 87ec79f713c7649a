using System.Net;
using System.Net.Sockets;

namespace Rapportering.Tests.Infrastructure;

/// <summary>A loopback port free a moment ago, for a server process a test starts (PostgreSQL, smtp-sink, `rapportering serve`).</summary>
internal static class LedigPort
{
    public static int Naeste()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
