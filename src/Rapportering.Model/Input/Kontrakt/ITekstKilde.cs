namespace Rapportering.Input.Kontrakt;

/// <summary>Gives the string for a text seen as characters: an existing instance when it has one, so repeated texts are one string.</summary>
internal interface ITekstKilde
{
    string Hent(ReadOnlySpan<char> tekst);
}

/// <summary>A new string each time: for values that do not repeat (indsats_id).</summary>
internal sealed class NyTekst : ITekstKilde
{
    public static readonly NyTekst Instans = new();
    public string Hent(ReadOnlySpan<char> tekst) => new(tekst);
}
