namespace Rapportering.Figures.Oekonomi;

/// <summary>The expenditure figures of one kommune and the data-quality findings behind them.</summary>
public sealed record OekonomiResultat(IReadOnlyList<Observation> Observationer, IReadOnlyList<DatakvalitetFund> Datakvalitet);
