namespace Rapportering.Rendering.Pdf.Writer;

/// <summary>The document-level metadata the writer puts in the Info dictionary and the catalog;
/// <paramref name="Xmp"/> is the XMP packet written as the catalog's metadata stream.</summary>
internal sealed record DocumentInfo(
    string Title, string Author, string Subject, string Keywords, string Creator, DateTimeOffset Created, string Language, byte[] Xmp);
