namespace Rapportering.Report;

/// <summary>
/// The kommune's logo as it travels to the renderers: the file's bytes and their media type
/// (image/png, image/svg+xml, image/jpeg), read at the edge (Pipeline/RapportInputFabrik), so a
/// renderer embeds what it is given and opens no file. Never the path: it must not reach an output.
/// </summary>
public sealed record Logo(byte[] Bytes, string Medietype);
