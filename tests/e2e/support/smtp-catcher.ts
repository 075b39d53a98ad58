/**
 * A local SMTP server that keeps every message it receives, for journeys that read a link out
 * of a delivered mail. Plain SMTP on 127.0.0.1 without authentication; the messages are the
 * envelope's recipient, the decoded subject and the decoded text body.
 */
import { SMTPServer } from "smtp-server";
import { freePort } from "./server.ts";

export interface CaughtMail {
  to: string;
  subject: string;
  text: string;
}

/** =?UTF-8?Q?…?= and =?UTF-8?B?…?= words of a header. */
function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=(\s+(?==\?))?/g, (_all, charset: string, enc: string, text: string) => {
    const bytes = enc.toUpperCase() === "B" ? Buffer.from(text, "base64") : Buffer.from(text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_h, x: string) => String.fromCharCode(parseInt(x, 16))), "latin1");
    return new TextDecoder(charset.toLowerCase()).decode(bytes);
  });
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const joined = body.replace(/=\r?\n/g, "");
    return Buffer.from(joined.replace(/=([0-9A-F]{2})/gi, (_h, x: string) => String.fromCharCode(parseInt(x, 16))), "latin1").toString("utf8");
  }
  return body;
}

export function parseMail(raw: string, to: string): CaughtMail {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, " ");
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, "");
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, "im").exec(head)?.[1]?.trim() ?? "";
  return { to, subject: decodeWords(header("Subject")), text: decodeBody(body, header("Content-Transfer-Encoding").toLowerCase()).replace(/\r\n/g, "\n").trimEnd() };
}

export async function startSmtpCatcher(): Promise<{ url: string; messages: CaughtMail[]; stop(): Promise<void> }> {
  const messages: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        for (const rcpt of session.envelope.rcptTo) messages.push(parseMail(raw, rcpt.address));
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
