namespace Rapportering.Tests.Infrastructure;

/// <summary>A clock the test sets (Microsoft.Extensions.TimeProvider.Testing is not referenced; this is all we need).</summary>
public sealed class FalskUr(DateTimeOffset nu) : TimeProvider
{
    public DateTimeOffset Nu { get; set; } = nu;
    public override DateTimeOffset GetUtcNow() => Nu;
}
