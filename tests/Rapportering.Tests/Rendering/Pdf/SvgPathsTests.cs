using System.Text;
using Rapportering.Rendering.Pdf.Layout;
using Rapportering.Rendering.Pdf.Writer;

namespace Rapportering.Tests.Rendering.Pdf;

/// <summary>The SVG subset a logo is drawn from as vector paths, and what falls outside it (then Svg.Skia rasterises).</summary>
public sealed class SvgPathsTests
{
    private static (IReadOnlyList<VectorPath> Paths, Size Size)? Laes(string svg) => SvgPaths.Read(Encoding.UTF8.GetBytes(svg));

    [Fact]
    public void Relative_kommandoer_og_en_kvadratisk_kurve_bliver_til_punkter()
    {
        // viewBox 40 x 20 onto 20 x 10 pt: half a point per unit. m2 2 → (1, 1); h4 → (3, 1); v2 → (3, 2);
        // q0 2 -2 2 from (6, 4): control (6, 6), end (4, 6); as a cubic the controls lie 2/3 of the way
        // to it: (6, 5,333) and (5,333, 6), in points (3, 2,667) and (2,667, 3), end (2, 3).
        var laest = Laes("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\" viewBox=\"0 0 40 20\">" +
            "<!-- a comment --><path d=\"m2 2 h4 v2 q0 2 -2 2 z\" fill=\"#f00\" stroke=\"#00FF00\" stroke-width=\"2\"/></svg>");
        Assert.NotNull(laest);
        var (stier, stoerrelse) = laest.Value;
        Assert.Equal(new Size(20, 10), stoerrelse);
        var sti = Assert.Single(stier);
        Assert.Equal(PdfColor.Rgb(255, 0, 0), sti.Fill);
        Assert.Equal(PdfColor.Rgb(0, 255, 0), sti.Stroke);
        Assert.Equal(1, sti.StrokeWidth, 9);
        Assert.Equal([PathVerb.Move, PathVerb.Line, PathVerb.Line, PathVerb.Cubic, PathVerb.Close], sti.Ops.Select(o => o.Verb));
        Assert.Equal((1, 1), (sti.Ops[0].X, sti.Ops[0].Y));
        Assert.Equal((3, 1), (sti.Ops[1].X, sti.Ops[1].Y));
        Assert.Equal((3, 2), (sti.Ops[2].X, sti.Ops[2].Y));
        var c = sti.Ops[3];
        Assert.Equal([2, 3, 3, 8 / 3.0, 8 / 3.0, 3], new[] { c.X, c.Y, c.C1X, c.C1Y, c.C2X, c.C2Y }, new Naer());
    }

    [Fact]
    public void Alle_skabelonernes_logoer_er_i_delmaengden()
    {
        var mappe = Path.Combine(AppContext.BaseDirectory, "templates", "logos");
        var logoer = Directory.GetFiles(mappe, "*.svg");
        Assert.NotEmpty(logoer);
        foreach (var fil in logoer)
        {
            var laest = SvgPaths.Read(File.ReadAllBytes(fil));
            Assert.True(laest is { Paths.Count: > 0 }, Path.GetFileName(fil));
            Assert.Equal(new Size(120, 140), laest!.Value.Size);
        }
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><path d=\"M0 0 A5 5 0 0 1 10 10\"/></svg>")] // an arc
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><g><path d=\"M0 0 L10 10\"/></g></svg>")] // a group
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><path d=\"M0 0 L10 10\" transform=\"scale(2)\"/></svg>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><path d=\"M0 0 L10 10\" fill=\"red\"/></svg>")] // a named colour
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"20\" viewBox=\"0 0 10 10\"><path d=\"M0 0 L10 10\"/></svg>")] // another aspect
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><path d=\"M0 0 Z 5 5\"/></svg>")] // a number after Z
    [InlineData("<svg width=\"10\" height=\"10\"><path d=\"M0 0 L10 10\"/></svg>")] // no SVG namespace
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><path d=\"M0 0 L10")] // cut off
    public void Alt_uden_for_delmaengden_giver_null(string svg) => Assert.Null(Laes(svg));

    private sealed class Naer : IEqualityComparer<double>
    {
        public bool Equals(double a, double b) => Math.Abs(a - b) < 1e-9;
        public int GetHashCode(double v) => 0;
    }
}
