namespace Rapportering.Delivery;

/// <summary>appsettings "Smtp". Sikkerhed: none, starttls, ssl or auto. No user = no authentication.</summary>
public sealed record SmtpIndstillinger
{
    public string Vaert { get; init; } = "localhost";
    public int Port { get; init; } = 25;
    public string Fra { get; init; } = "rapportering@localhost";
    public string FraNavn { get; init; } = "Rapportering";
    public string? Brugernavn { get; init; }
    public string? Adgangskode { get; init; }
    public string Sikkerhed { get; init; } = "auto";
    public int TimeoutSekunder { get; init; } = 30;
}
