using System.Security.Cryptography;
using System.Text;
using MimeKit;
using Rapportering.Figures;

namespace Rapportering.Delivery;

/// <summary>The report mail: Danish text, the PDF attached, a link to the workbook.</summary>
public static class MailIndhold
{
    public static MimeMessage Rapport(LeveringsPakke p, Templates.Modtager til, SmtpIndstillinger s, bool gensendt = false)
    {
        var dato = Formatering.Dato(p.Skaeringsdato.Dato);
        var b = new MimeMessage();
        b.From.Add(new MailboxAddress(s.FraNavn, s.Fra));
        b.To.Add(new MailboxAddress(til.Navn, til.Email));
        b.Subject = $"Nøgletal, økonomi og trivsel – {p.KommuneNavn}, {dato}";
        // A stable id per (kommune, date, version, recipient): a mail system that sees it twice
        // can tell it is the same mail. A resend is a new mail and gets a new id.
        b.MessageId = gensendt
            ? MimeKit.Utils.MimeUtils.GenerateMessageId("rapportering")
            : $"{p.Kommune}.{p.Skaeringsdato.Iso}.v{p.Version}.{Kort(til.Email)}@rapportering";
        var tekst = new StringBuilder()
            .AppendLine($"Kære {(string.IsNullOrWhiteSpace(til.Navn) ? "modtager" : til.Navn)}")
            .AppendLine()
            .AppendLine($"Hermed rapporten \"Nøgletal, økonomi og trivsel\" for {p.KommuneNavn} med skæringsdato {dato} (version {p.Version}).")
            .AppendLine("Rapporten er vedhæftet som PDF.");
        if (p.RegnearkLink is { } link)
            tekst.AppendLine().AppendLine($"Regnearket med tallene bag figurerne: {link}");
        tekst.AppendLine().AppendLine("Venlig hilsen").AppendLine("Rapportering");
        var krop = new BodyBuilder { TextBody = tekst.ToString() };
        krop.Attachments.Add(p.PdfNavn, p.Pdf, new ContentType("application", "pdf"));
        b.Body = krop.ToMessageBody();
        return b;
    }

    public static MimeMessage Besked(string emne, string tekst, IEnumerable<string> til, SmtpIndstillinger s)
    {
        var b = new MimeMessage();
        b.From.Add(new MailboxAddress(s.FraNavn, s.Fra));
        foreach (var t in til) b.To.Add(MailboxAddress.Parse(t));
        b.Subject = emne;
        b.Body = new TextPart("plain") { Text = tekst };
        return b;
    }

    private static string Kort(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.ToLowerInvariant())))[..12];
}
