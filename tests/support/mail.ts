/**
 * Mail as its recipients get it, for tests. A mail's secrets (reset and invitation links) are
 * hidden in the outbox that staff see, so a test reads a link the way the recipient does: from
 * the delivered mail, through MailDelivery with the sealed text.
 *
 * - `testMailSecrets()`: a SecretBox with a fresh key, for `new KyselyUnitOfWork(db, { mailSecrets })`.
 * - `MailCatcher`: a transport that keeps what it sends; `deliver(uow, clock)` sends all that is due.
 * - `startSmtpServer()`: a real SMTP server on 127.0.0.1 (smtp-server) that keeps what it receives,
 *   for the SMTP transport and for a server started with SMTP_URL.
 */
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { aesGcmSecretBox, type SecretBox } from "#src/adapters/crypto/secret-box.ts";
import { MailDelivery } from "#src/application/mail/mail-delivery.ts";
import type { Clock, MailTransport, OutgoingMail, UnitOfWork } from "#src/application/shared/ports.ts";

export function testMailSecrets(): SecretBox {
  return aesGcmSecretBox(randomBytes(48).toString("base64url"));
}

export class MailCatcher implements MailTransport {
  readonly delivers = true;
  readonly sent: OutgoingMail[] = [];
  async send(mail: OutgoingMail): Promise<void> {
    this.sent.push(mail);
  }
  /** Delivers everything due by the clock's now, as the server's worker would; returns what was sent now. */
  async deliver(uow: UnitOfWork, clock: Clock): Promise<OutgoingMail[]> {
    const before = this.sent.length;
    const delivery = new MailDelivery({ uow, transport: this, clock });
    while ((await delivery.deliverDue(50)).sent > 0);
    return this.sent.slice(before);
  }
  /** The latest mail sent to the address. */
  lastTo(to: string): OutgoingMail {
    const found = this.sent.findLast((m) => m.to === to);
    if (!found) throw new Error(`no mail was delivered to ${to}`);
    return found;
  }
}

/** The first link in a text that carries a token, and the token. */
export function linkIn(text: string): { link: string; token: string } {
  const link = /https?:\/\/\S*[?&]token=\S+/.exec(text)?.[0];
  if (!link) throw new Error(`no link with a token in: ${text}`);
  return { link, token: new URL(link).searchParams.get("token")! };
}

// ---- a local SMTP server that keeps what it receives -----------------------------------------

export interface ReceivedMail {
  envelopeFrom: string;
  envelopeTo: string[];
  to: string;
  from: string;
  subject: string;
  text: string;
}

export interface TestSmtpServer {
  url: string;
  received: ReceivedMail[];
  /** Recipients the server answers 550 for (RCPT TO). */
  refuse: Set<string>;
  /** Milliseconds the server waits before accepting a message's data. */
  dataDelayMs: number;
  close(): Promise<void>;
}

export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const refuse = new Set<string>();
  const state = { dataDelayMs: 0 };
  const server = new SMTPServer({
    authOptional: true,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse.has(address.address)) {
        const error = Object.assign(new Error("Mailbox unavailable (test server refuses this recipient)"), { responseCode: 550 });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const message = parseMessage(Buffer.concat(chunks));
        received.push({
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          envelopeTo: session.envelope.rcptTo.map((a) => a.address),
          ...message,
        });
        setTimeout(() => callback(), state.dataDelayMs);
      });
    },
  });
  server.on("error", () => {
    // a client dropping its connection is not a test failure
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    // smtp-server offers STARTTLS with a self-signed certificate; nodemailer's URL form takes
    // transport options in the query, so the plain local connection is asked for there.
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    received,
    refuse,
    get dataDelayMs() {
      return state.dataDelayMs;
    },
    set dataDelayMs(ms: number) {
      state.dataDelayMs = ms;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Just enough MIME for one text/plain part: RFC 2047 headers, quoted-printable or base64 body. */
function parseMessage(raw: Buffer): { to: string; from: string; subject: string; text: string } {
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
  return { to: header("to"), from: header("from"), subject: header("subject"), text: decoded.replace(/\r\n/g, "\n").replace(/\n$/, "") };
}

