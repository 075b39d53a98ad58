import nodemailer from "nodemailer";
import type { MailTransport } from "../../application/ports.ts";

/** Sends through an SMTP server (SMTP_URL, e.g. smtp://user:pass@mail.example:587). */
export function smtpTransport(smtpUrl: string, from: string): MailTransport & { close(): void } {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    delivers: true,
    async send(mail) {
      await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close() {
      transporter.close();
    },
  };
}
