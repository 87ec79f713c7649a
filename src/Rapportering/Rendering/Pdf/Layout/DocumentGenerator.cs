using SkiaSharp;

namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>What the first pass learned: numbered pages in all and the page of every anchor.</summary>
internal sealed record PassInfo(int? TotalNumbered, IReadOnlyDictionary<string, int> AnchorPages)
{
    public static readonly PassInfo First = new(null, new Dictionary<string, int>());
}

/// <summary>
/// The paging loop: for each page, measure the content, draw header, footer and as much content
/// as fits, end the page; repeat until the content is fully drawn. Two passes: the first draws
/// on a no-op canvas to count pages and find where the anchors land, the second writes the PDF
/// with "Side X af Y" and the contents page numbers filled in. The element tree is built anew
/// for each pass by <c>build</c>, because elements keep their cursor.
/// </summary>
internal static class DocumentGenerator
{
    private const int MaxPages = 2000;

    public static PassInfo Generate(Func<PassInfo, IReadOnlyList<PageSpec>> build, FontSet fonts, SKDocumentPdfMetadata metadata, Stream output)
    {
        // Page numbers only fill fixed-width slots (footer, contents column), so the second
        // pass breaks pages exactly like the first.
        var first = Run(build(PassInfo.First), fonts, sink: null, total: null);
        using var document = SKDocument.CreatePdf(output, metadata)
            ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document");
        var final = Run(build(first), fonts, document, first.TotalNumbered);
        document.Close();
        return final;
    }

    /// <summary>Lays out all pages; draws into the PDF when <paramref name="sink"/> is given, else on a no-op canvas.</summary>
    internal static PassInfo Run(IReadOnlyList<PageSpec> specs, FontSet fonts, SKDocument? sink, int? total)
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
                var page = new PageInfo(physical, spec.Numbered ? numbered : null, total);
                using var noDraw = sink is null ? new SKNoDrawCanvas((int)spec.Size.Width, (int)spec.Size.Height) : null;
                var canvas = sink?.BeginPage(spec.Size.Width, spec.Size.Height) ?? noDraw!;
                ctx.StartPage(canvas, page);
                var done = DrawPage(ctx, spec, page);
                if (sink is not null) sink.EndPage();
                if (done) break;
            }
        }
        return new PassInfo(numbered, new Dictionary<string, int>(ctx.Anchors));
    }

    private static bool DrawPage(LayoutContext ctx, PageSpec spec, PageInfo page)
    {
        var frame = new SKRect(spec.MarginLeft, spec.MarginTop, spec.Size.Width - spec.MarginRight, spec.Size.Height - spec.MarginBottom);
        spec.Background?.Invoke(ctx.Canvas, new SKRect(0, 0, spec.Size.Width, spec.Size.Height), page);
        var top = frame.Top;
        var bottom = frame.Bottom;
        if (spec.Header?.Invoke(page) is { } header)
        {
            var plan = header.Measure(ctx, frame.Size);
            header.Draw(ctx, new SKRect(frame.Left, top, frame.Right, top + plan.Height));
            top += plan.Height + spec.HeaderGap;
        }
        if (spec.Footer?.Invoke(page) is { } footer)
        {
            var plan = footer.Measure(ctx, frame.Size);
            footer.Draw(ctx, new SKRect(frame.Left, bottom - plan.Height, frame.Right, bottom));
            bottom -= plan.Height + spec.HeaderGap;
        }
        ctx.StartPage(ctx.Canvas, page); // header/footer do not count as content for page breaks
        var content = new SKRect(frame.Left, top, frame.Right, bottom);
        ctx.PageContentHeight = content.Height;
        var contentPlan = spec.Content.Measure(ctx, content.Size);
        if (contentPlan.IsWrap)
            throw new InvalidOperationException($"an element does not fit on an empty page ({contentPlan.Reason}); make it smaller or let it break");
        if (contentPlan.Draws) spec.Content.Draw(ctx, new SKRect(content.Left, content.Top, content.Right, content.Top + contentPlan.Height));
        return contentPlan.Finishes;
    }
}
