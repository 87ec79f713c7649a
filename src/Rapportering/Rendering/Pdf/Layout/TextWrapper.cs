namespace Rapportering.Rendering.Pdf.Layout;

/// <summary>
/// Greedy word wrap without hyphenation: words (split on ordinary spaces; a no-break space
/// keeps "1.000 børn" together) go on a line while the line fits. A word wider than a line
/// is cut between characters. '\n' forces a new line.
/// </summary>
internal static class TextWrapper
{
    public static IReadOnlyList<string> Wrap(string text, float maxWidth, Func<string, float> measure)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (measure(candidate) <= maxWidth)
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0) lines.Add(line);
                line = word;
                while (measure(line) > maxWidth && line.Length > 1)
                {
                    var cut = FittingPrefix(line, maxWidth, measure);
                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    private static int FittingPrefix(string word, float maxWidth, Func<string, float> measure)
    {
        var n = 1;
        while (n < word.Length && measure(word[..(n + 1)]) <= maxWidth) n++;
        return n;
    }
}
