using System.Globalization;

namespace Rapportering.Rendering.Html;

/// <summary>The report's style sheet: kommune colours at AA contrast, readable on screen, A4 in print.</summary>
public static class HtmlStil
{
    public static string Css(string primaer, string sekundaer)
    {
        var p = Farver.Gyldig(primaer, "#1F4E79");
        // Banner: the brand colour darkened until its text (white or black) reaches 4.5:1.
        var banner = Farver.Kontrast(p, Farver.TekstPaa(p)) >= 4.5 ? p : Farver.Moerkn(p, 4.5, Farver.Hvid);
        var bannerTekst = Farver.TekstPaa(banner);
        var overskrift = Farver.Moerkn(p, 4.5);
        var accent = Farver.Moerkn(Farver.Gyldig(sekundaer, "#5B9BD5"), 3.0);
        return string.Create(CultureInfo.InvariantCulture, $$"""
:root { --banner: {{banner}}; --banner-tekst: {{bannerTekst}}; --overskrift: {{overskrift}}; --accent: {{accent}}; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 1rem; line-height: 1.5; color: #1A1A1A; background: #FFFFFF; }
.spring { position: absolute; left: -9999px; }
.spring:focus { left: 1rem; top: 1rem; background: #FFFFFF; color: #000000; padding: .5rem; z-index: 10; }
header.forside { background: var(--banner); color: var(--banner-tekst); padding: 2rem max(1.5rem, calc(50% - 26rem)); }
header.forside h1 { margin: .3rem 0; font-size: 2rem; line-height: 1.2; }
header.forside p { margin: .2rem 0; }
header.forside .undertitel { font-size: 1.2rem; }
header.forside .logo { max-height: 64px; max-width: 220px; background: #FFFFFF; padding: 4px; }
nav.toc, main, footer { max-width: 52rem; margin: 0 auto; padding: 0 1.5rem; }
nav.toc { border-bottom: 3px solid var(--accent); padding-bottom: 1rem; }
/* The sections carry their own numbers (1, 1.1, Bilag): no list numbers on top. */
nav.toc ul { list-style: none; padding-left: 0; }
nav.toc ul ul { padding-left: 1.6rem; }
a { color: var(--overskrift); }
a:focus { outline: 3px solid #000000; outline-offset: 2px; }
h2, h3 { color: var(--overskrift); line-height: 1.25; }
h2 { font-size: 1.5rem; margin-top: 2.5rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; }
h3 { font-size: 1.15rem; margin-top: 1.8rem; }
.tabelramme { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
caption { text-align: left; font-weight: bold; padding: .3rem 0; color: #1A1A1A; }
th, td { border: 1px solid #B0B0B0; padding: .3rem .5rem; vertical-align: top; text-align: left; }
thead th { background: #EDEDED; color: #1A1A1A; }
.tal { text-align: right; font-variant-numeric: tabular-nums; }
tbody th { font-weight: normal; }
table.diagramtal { font-size: .85rem; }
figure { margin: 1.5rem 0 .5rem; }
figcaption { font-weight: bold; margin-bottom: .4rem; }
svg.diagram { width: 100%; height: auto; max-width: 720px; display: block; }
.fodnote { font-size: .88rem; color: #404040; }
abbr[title] { text-decoration: underline dotted; }
dl.definitioner dt { font-weight: bold; margin-top: 1rem; color: var(--overskrift); }
dl.definitioner dd { margin-left: 0; }
dl.definitioner .enhed { font-size: .9rem; color: #404040; }
footer { border-top: 1px solid #B0B0B0; margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; font-size: .9rem; color: #404040; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  body { font-size: 10.5pt; }
  .spring { display: none; }
  header.forside { -webkit-print-color-adjust: exact; print-color-adjust: exact; padding: 40mm 0 20mm; break-after: page; }
  nav.toc, main, footer { max-width: none; padding: 0; }
  nav.toc { break-after: page; }
  main > section { break-before: page; }
  a { color: inherit; text-decoration: none; }
  .tabelramme { overflow: visible; }
  thead { display: table-header-group; }
  tr, figure, svg { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .sideskift { break-before: page; }
}

""");
    }
}
