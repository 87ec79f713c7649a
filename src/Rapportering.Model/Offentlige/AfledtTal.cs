namespace Rapportering.Offentlige;

public enum Niveau { Kommune, Region, HeleLandet }

/// <summary>
/// A figure derived from public figures for one area and year: Σ tællere / Σ nævnere. A null
/// <see cref="Vaerdi"/> is "ikke oplyst" (a suppressed cell went into it), never 0. Every figure
/// carries its source text and caveat from the template, wherever it is shown.
/// </summary>
public sealed record AfledtTal(
    string Figur, string? Opdeling, Niveau Niveau, int Omraade, int Aar,
    decimal? Taeller, decimal? Naevner, decimal? Vaerdi, string Kilde, string? Forbehold);

public sealed record AfledtResultat(IReadOnlyList<AfledtTal> Tal, IReadOnlyList<OffentligtFund> Fund);
