namespace Rapportering.Figures.Trivsel;

/// <summary>The school well-being figures of one kommune and the data-quality findings behind them.</summary>
public sealed record TrivselResultat(IReadOnlyList<Observation> Observationer, IReadOnlyList<DatakvalitetFund> Datakvalitet);
