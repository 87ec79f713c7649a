using Rapportering.Rendering.Pdf.Writer;

namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>What the pass has learned by its end: numbered pages in all and the page of every
/// anchor. Texts that need it (<see cref="LateText"/>) read it when the document ends.</summary>
internal sealed class PassInfo
{
    public int TotalNumbered { get; private set; }
    public IReadOnlyDictionary<string, int> AnchorPages { get; private set; } = new Dictionary<string, int>();

    internal void Learned(int totalNumbered, IReadOnlyDictionary<string, int> anchorPages) =>
        (TotalNumbered, AnchorPages) = (totalNumbered, anchorPages);
}

/// <summary>
/// The paging loop: for each page, measure the content, draw header, footer and as much content
/// as fits, end the page; repeat until the content is fully drawn. One pass: the page numbers it
/// cannot know yet ("Side X af Y", the contents' page numbers) are <see cref="LateText"/>s in
/// fixed one-line slots, written into their pages when the document ends, so pages break as if
/// they had been known. Header, footer and page background are artifacts: outside the structure
/// tree a screen reader follows.
/// </summary>
internal static class DocumentGenerator
{
    private const int MaxPages = 2000;

    /// <summary>Builds the pages (the builder gets the <see cref="PassInfo"/> its late texts read) and lays them out into <paramref name="document"/>.</summary>
    public static PassInfo Generate(Func<PassInfo, IReadOnlyList<PageSpec>> build, FontSet fonts, TaggedPdfWriter document)
    {
        var pass = new PassInfo();
        return Run(build(pass), fonts, document, pass);
    }

    /// <summary>Lays out all pages; draws into <paramref name="sink"/> when given, else nothing. What it learns goes into <paramref name="learns"/>.</summary>
    internal static PassInfo Run(IReadOnlyList<PageSpec> specs, FontSet fonts, TaggedPdfWriter? sink, PassInfo? learns = null)
    {
        var ctx = new LayoutContext(fonts, writesOutput: sink is not null);
        var physical = 0;
        var numbered = 0;
        foreach (var spec in specs)
        {
            while (true)
            {
                physical++;
                if (spec.Numbered) numbered++;
                if (physical > MaxPages) throw new InvalidOperationException($"more than {MaxPages} pages: the layout does not make progress");
                var page = new PageInfo(physical, spec.Numbered ? numbered : null);
                var canvas = sink is null ? Canvas.None : Canvas.ForPage(sink, spec.Size);
                ctx.StartPage(canvas, page);
                var done = DrawPage(ctx, spec, page);
                canvas.Finish();
                if (done) break;
            }
        }
        learns ??= new PassInfo();
        learns.Learned(numbered, new Dictionary<string, int>(ctx.Anchors));
        return learns;
    }

    private static bool DrawPage(LayoutContext ctx, PageSpec spec, PageInfo page)
    {
        var frame = new Rect(spec.MarginLeft, spec.MarginTop, spec.Size.Width - spec.MarginRight, spec.Size.Height - spec.MarginBottom);
        if (spec.Background is { } background && ctx.Canvas.Draws)
        {
            ctx.Canvas.BeginArtifact();
            background(ctx.Canvas, new Rect(0, 0, spec.Size.Width, spec.Size.Height), page);
            ctx.Canvas.End();
        }
        var top = frame.Top;
        var bottom = frame.Bottom;
        if (spec.Header?.Invoke(page) is { } header)
        {
            var plan = header.Measure(ctx, frame.Size);
            ctx.Canvas.BeginArtifact();
            header.Draw(ctx, new Rect(frame.Left, top, frame.Right, top + plan.Height));
            ctx.Canvas.End();
            top += plan.Height + spec.HeaderGap;
        }
        if (spec.Footer?.Invoke(page) is { } footer)
        {
            var plan = footer.Measure(ctx, frame.Size);
            ctx.Canvas.BeginArtifact();
            footer.Draw(ctx, new Rect(frame.Left, bottom - plan.Height, frame.Right, bottom));
            ctx.Canvas.End();
            bottom -= plan.Height + spec.HeaderGap;
        }
        ctx.StartPage(ctx.Canvas, page); // header/footer do not count as content for page breaks
        var content = new Rect(frame.Left, top, frame.Right, bottom);
        ctx.PageContentHeight = content.Height;
        var contentPlan = spec.Content.Measure(ctx, content.Size);
        if (contentPlan.IsWrap)
            throw new InvalidOperationException($"an element does not fit on an empty page ({contentPlan.Reason}); make it smaller or let it break");
        if (contentPlan.Draws) spec.Content.Draw(ctx, new Rect(content.Left, content.Top, content.Right, content.Top + contentPlan.Height));
        return contentPlan.Finishes;
    }
}
