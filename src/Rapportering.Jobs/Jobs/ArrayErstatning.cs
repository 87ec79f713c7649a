using System.Reflection;

namespace Rapportering.Jobs.Jobs;

/// <summary>
/// The configuration binder APPENDS a configured array to the property's default
/// (`PauseSekunder: [2,2,2]` became [60,300,1800,2,2,2]). After binding, every array property whose
/// section is configured is bound again on its own, so the configured array replaces the default.
/// </summary>
internal static class ArrayErstatning
{
    public static void Erstat(object maal, IConfiguration sektion)
    {
        foreach (var p in maal.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!p.CanWrite || p.GetIndexParameters().Length > 0) continue;
            var under = sektion.GetSection(p.Name);
            if (p.PropertyType.IsArray)
            {
                if (under.GetChildren().Any()) p.SetValue(maal, under.Get(p.PropertyType));
            }
            else if (p.PropertyType.IsClass && p.PropertyType.Namespace?.StartsWith("Rapportering", StringComparison.Ordinal) == true
                     && p.GetValue(maal) is { } barn)
            {
                Erstat(barn, under);
            }
        }
    }
}
