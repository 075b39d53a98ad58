import nodemailer from "nodemailer";
import type { MailTransport } from "#src/application/shared/ports.ts";

/**
 * nodemailer's logging (`logger`, `debug`, `transactionLog`, also as SMTP_URL query
 * parameters) can write whole messages to the log, reset and invitation links included. Those
 * parameters are taken out of the URL and logging is switched off: a mail's text is never logged.
 */
export function smtpOptionsWithoutLogging(smtpUrl: string): { url: string; logger: false; debug: false; transactionLog: false } {
  const url = new URL(smtpUrl);
  for (const name of [...url.searchParams.keys()]) if (/^(logger|debug|transactionlog)$/i.test(name)) url.searchParams.delete(name);
  return { url: url.toString(), logger: false, debug: false, transactionLog: false };
}

/** Sends through an SMTP server (SMTP_URL, e.g. smtp://user:pass@mail.example:587). */
export function smtpTransport(smtpUrl: string, from: string): MailTransport & { close(): void } {
  const transporter = nodemailer.createTransport(smtpOptionsWithoutLogging(smtpUrl));
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
