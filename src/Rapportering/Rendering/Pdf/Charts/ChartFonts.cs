using ScottPlot;
using SkiaSharp;
using Rapportering.Rendering.Pdf.Layout;

namespace Rapportering.Rendering.Pdf.Charts;

/// <summary>
/// Hands ScottPlot the report's own typeface objects. ScottPlot finds fonts through a global
/// list of resolvers; with no font manager it would find none and draw no text. Giving it the
/// same SKTypeface instances as the page text means the PDF embeds each face once.
/// </summary>
internal static class ChartFonts
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<string> Registered = [];

    public static void Register(FontSet fonts)
    {
        lock (Gate)
        {
            if (!Registered.Add(fonts.FamilyName)) return;
            Fonts.FontResolvers.Insert(0, new Resolver(fonts));
        }
    }

    private sealed class Resolver(FontSet fonts) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            fontName == fonts.FamilyName ? (bold ? fonts.Bold : fonts.Regular) : null;

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);
    }
}
