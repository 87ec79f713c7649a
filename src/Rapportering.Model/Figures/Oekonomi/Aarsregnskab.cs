using Rapportering.Domain;
namespace Rapportering.Figures.Oekonomi;

/// <summary>One accounting year of one kommune after mapping, in current prices (1000 kr.).</summary>
internal sealed class Aarsregnskab(int aar, bool foreloebig)
{
    public int Aar { get; } = aar;

    /// <summary>True when the year comes from "forventet regnskab" (expected accounts).</summary>
    public bool Foreloebig { get; } = foreloebig;

    /// <summary>Net service expenditure (dranst 1 + 2); null when no row mapped to service.</summary>
    public decimal? NettoService { get; private set; }

    /// <summary>Administration (dranst 1 + 2); null when no row mapped to administration.</summary>
    public decimal? Administration { get; private set; }

    /// <summary>Gross service expenditure (dranst 1 only) by trin 2–6, index = trin.</summary>
    public decimal[] BruttoPrTrin { get; } = new decimal[7];

    public bool HarBruttoService { get; private set; }

    public void TilfoejService(int trin, int dranst, decimal beloeb)
    {
        NettoService = (NettoService ?? 0m) + beloeb;
        if (dranst != 1) return;
        BruttoPrTrin[trin] += beloeb;
        HarBruttoService = true;
    }

    public void TilfoejAdministration(decimal beloeb) => Administration = (Administration ?? 0m) + beloeb;

    /// <summary>Net total; only when both parts have rows, so a missing part never counts as 0.</summary>
    public decimal? IAlt => NettoService is { } s && Administration is { } a ? s + a : null;

    public decimal? Nominelt(Opdeling serie) =>
        serie == Opdeling.Service ? NettoService : serie == Opdeling.Administration ? Administration : IAlt;
}
