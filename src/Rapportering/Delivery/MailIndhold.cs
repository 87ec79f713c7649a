using System.Security.Cryptography;
using System.Text;
using MimeKit;
using Rapportering.Figures;

namespace Rapportering.Delivery;

/// <summary>The report mail: its words from the texts ("mail.*"), the PDF attached, a link to the workbook.</summary>
public static class MailIndhold
{
    public static MimeMessage Rapport(LeveringsPakke p, Templates.Modtager til, SmtpIndstillinger s, bool gensendt = false)
    {
        var dato = Formatering.Dato(p.Skaeringsdato.Dato);
        var t = p.Tekster;
        var b = new MimeMessage();
        b.From.Add(new MailboxAddress(s.FraNavn, s.Fra));
        b.To.Add(new MailboxAddress(til.Navn, til.Email));
        b.Subject = t.Hent("mail.emne", ("kommune", p.KommuneNavn), ("dato", dato));
        // A stable id per (kommune, date, version, recipient): a mail system that sees it twice
        // can tell it is the same mail. A resend is a new mail and gets a new id.
        b.MessageId = gensendt
            ? MimeKit.Utils.MimeUtils.GenerateMessageId("rapportering")
            : $"{p.Kommune}.{p.Skaeringsdato.Iso}.v{p.Version}.{Kort(til.Email)}@rapportering";
        var tekst = new StringBuilder()
            .AppendLine(t.Hent("mail.hilsen", ("modtager", string.IsNullOrWhiteSpace(til.Navn) ? t.Hent("mail.modtager") : til.Navn)))
            .AppendLine()
            .AppendLine(t.Hent("mail.tekst", ("kommune", p.KommuneNavn), ("dato", dato), ("version", p.Version.ToString(Formatering.Dansk))))
            .AppendLine(t.Hent("mail.vedhaeftet"));
        if (p.RegnearkLink is { } link)
            tekst.AppendLine().AppendLine(t.Hent("mail.regneark", ("link", link)));
        tekst.AppendLine().AppendLine(t.Hent("mail.afslutning")).AppendLine(t.Hent("mail.afsender"));
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
