namespace Rapportering.Input.Kontrakt;

/// <summary>What was done with the rows behind a data-quality finding.</summary>
public enum Behandling
{
    /// <summary>Left out of every figure.</summary>
    Udeladt,
    /// <summary>Copies of a row already read: the row counts once.</summary>
    TaltEnGang,
    /// <summary>Not this kommune's rows (no or an unknown kommune_kode): never mixed in.</summary>
    IkkeMedregnet,
    /// <summary>The row is kept, the broken value is not shown (a kommune's name: its code instead).</summary>
    Erstattet,
    /// <summary>Nothing left out; the finding says what the figures lack (a missing population).</summary>
    Oplyst,
}

public static class BehandlingOrd
{
    /// <summary>The word in the JSON export's <c>behandling</c> and the key of its Danish text in the templates.</summary>
    public static string Ord(this Behandling b) => b switch
    {
        Behandling.TaltEnGang => "talt_en_gang",
        Behandling.IkkeMedregnet => "ikke_medregnet",
        Behandling.Erstattet => "erstattet",
        Behandling.Oplyst => "oplyst",
        _ => "udeladt",
    };
}
