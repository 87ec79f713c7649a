namespace Rapportering.Templates;

/// <summary>A template the user can fix; the message is one line.</summary>
public sealed class SkabelonFejl(string besked) : Exception(besked);
