namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// Greedy word wrap without hyphenation: words (split on ordinary spaces; a no-break space
/// keeps "1.000 børn" together) go on a line while the line fits. A word wider than a line
/// is cut between characters. '\n' forces a new line. Words on a line are joined by one space.
/// The text is measured once, word by word: widths add up in font units (<see cref="TextMeasure"/>),
/// and a line is cut out of the text only when it is done.
/// </summary>
internal static class TextWrapper
{
    public static IReadOnlyList<string> Wrap(string text, float maxWidth, TextMeasure measure)
    {
        var lines = new List<string>();
        var space = measure.Units(' ');
        for (var start = 0; ;)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl;
            // "\r\n" ends a line as '\n' does; a lone '\r' is kept as a character.
            WrapParagraph(text, start, nl > start && text[nl - 1] == '\r' ? end - 1 : end, maxWidth, measure, space, lines);
            if (nl < 0) return lines;
            start = nl + 1;
        }
    }

    /// <summary>One paragraph, text[from..to): the current line is text[lineStart..lineEnd), its width lineUnits.</summary>
    private static void WrapParagraph(string text, int from, int to, float maxWidth, TextMeasure measure, long space, List<string> lines)
    {
        int lineStart = -1, lineEnd = -1;
        long lineUnits = 0;
        var i = from;
        while (true)
        {
            while (i < to && text[i] == ' ') i++;
            if (i >= to) break;
            var wordStart = i;
            long wordUnits = 0;
            while (i < to && text[i] != ' ') wordUnits += measure.Units(text[i++]);
            if (lineStart >= 0 && measure.Width(lineUnits + space + wordUnits) <= maxWidth)
            {
                lineEnd = i;
                lineUnits += space + wordUnits;
                continue;
            }
            if (lineStart < 0 && measure.Width(wordUnits) <= maxWidth)
            {
                (lineStart, lineEnd, lineUnits) = (wordStart, i, wordUnits);
                continue;
            }
            if (lineStart >= 0) lines.Add(Line(text, lineStart, lineEnd));
            (lineStart, lineEnd, lineUnits) = (wordStart, i, wordUnits);
            // A word wider than the line: as many characters as fit (at least one) per line.
            while (measure.Width(lineUnits) > maxWidth && lineEnd - lineStart > 1)
            {
                var prefix = measure.Units(text[lineStart]);
                var cut = lineStart + 1;
                while (cut < lineEnd && measure.Width(prefix + measure.Units(text[cut])) <= maxWidth) prefix += measure.Units(text[cut++]);
                lines.Add(text[lineStart..cut]);
                lineStart = cut;
                lineUnits -= prefix;
            }
        }
        lines.Add(lineStart < 0 ? "" : Line(text, lineStart, lineEnd));
    }

    /// <summary>The words of text[start..end) joined by single spaces (a slice of the text unless spaces were doubled).</summary>
    private static string Line(string text, int start, int end)
    {
        var slice = text.AsSpan(start, end - start);
        if (!slice.Contains("  ", StringComparison.Ordinal)) return start == 0 && end == text.Length ? text : slice.ToString();
        return string.Join(' ', slice.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
