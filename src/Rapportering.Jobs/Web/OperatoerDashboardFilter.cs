using Hangfire.Dashboard;

namespace Rapportering.Jobs.Web;

/// <summary>The Hangfire dashboard is for operators only (Hangfire answers 401/403 to everyone else).</summary>
public sealed class OperatoerDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roller.Operatoer);
}
