/**
 * A local SMTP server that keeps every message it receives, for journeys that need to read
 * mail the way its recipient does (a confirmation or reset link): start a server of the test
 * file's own with `startApp(buildDir, { SMTP_URL: catcher.url })`, then wait for the mail.
 * What staff see in the outbox has its secret links redacted; the delivered mail has them.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface CaughtMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
}

/** One delivered mail as one recipient got it. */
export interface CaughtMailTo {
  to: string;
  subject: string;
  text: string;
}

export interface SmtpCatcher {
  /** For SMTP_URL: plain SMTP on 127.0.0.1 (no STARTTLS). */
  url: string;
  received: CaughtMail[];
  /** The same mail, one entry per recipient. */
  messages: CaughtMailTo[];
  /** The first mail to `to` (and matching `filter`) received, waiting for it up to `timeoutMs`. */
  waitFor(to: string, filter?: (mail: CaughtMail) => boolean, timeoutMs?: number): Promise<CaughtMail>;
  close(): Promise<void>;
  /** The same as close. */
  stop(): Promise<void>;
}

export async function startSmtpCatcher(): Promise<SmtpCatcher> {
  const received: CaughtMail[] = [];
  const messages: CaughtMailTo[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const message = parseMessage(Buffer.concat(chunks));
        const to = session.envelope.rcptTo.map((a) => a.address.toLowerCase());
        received.push({ to, from: message.from, subject: message.subject, text: message.text });
        for (const address of to) messages.push({ to: address, subject: message.subject, text: message.text });
        callback();
      });
    },
  });
  server.on("error", () => {
    // a client dropping its connection is not a test failure
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    received,
    messages,
    async waitFor(to, filter = () => true, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      const address = to.toLowerCase();
      for (;;) {
        const found = received.find((m) => m.to.includes(address) && filter(m));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`No mail to ${to} within ${timeoutMs} ms (received: ${received.map((m) => `${m.to.join(",")}: ${m.subject}`).join("; ") || "none"})`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Just enough MIME for one text/plain part: RFC 2047 headers, quoted-printable or base64 body. */
function parseMessage(raw: Buffer): { from: string; subject: string; text: string } {
  const bytes = raw.toString("latin1"); // one char per byte; decoded to UTF-8 below
  const split = bytes.indexOf("\r\n\r\n");
  const head = bytes.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = bytes.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of head.split("\r\n")) {
    const colon = line.indexOf(":");
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const utf8 = (binary: string) => Buffer.from(binary, "latin1").toString("utf8");
  const qp = (s: string) => s.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const header = (name: string) =>
    utf8(
      (headers.get(name) ?? "")
        .replace(/(\?=)\s+(?==\?)/g, "$1") // whitespace between encoded words is not text
        .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
          enc.toUpperCase() === "B" ? Buffer.from(data, "base64").toString("latin1") : qp(data.replace(/_/g, " ")),
        ),
    );
  const encoding = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  const decoded = encoding === "quoted-printable" ? utf8(qp(body)) : encoding === "base64" ? Buffer.from(body.replace(/\s/g, ""), "base64").toString("utf8") : utf8(body);
  return { from: header("from"), subject: header("subject"), text: decoded.replace(/\r\n/g, "\n").replace(/\n$/, "") };
}
