/**
 * Reading a form's body at the edge without buffering it: the CSRF token is looked for in a
 * bounded prefix (forms render the `_csrf` hidden field first, so it is the first field of a
 * URL-encoded body and the first part of a multipart one), and the action then gets a
 * request whose body is that prefix followed by the rest of the stream, counted against the
 * form's size limit. A request with a wrong token is refused after reading at most the
 * prefix; a body is parsed once, by the action.
 */
import { CSRF_FIELD, CSRF_HEADER } from "./csrf.ts";

/** How far into a body the CSRF token is looked for. */
export const TOKEN_PREFIX_BYTES = 16 * 1024;

export class BodyTooLargeError extends Error {
  readonly limit: number;
  constructor(limit: number) {
    super(`The request body is larger than ${limit} bytes`);
    this.limit = limit;
  }
}

export interface BodyStart {
  /** The token presented in the header or the body, or null. */
  token: string | null;
  /** The bytes read while looking for the token. */
  prefix: Uint8Array;
  /** The rest of the body, unread; null when the body ended within the prefix (or there is none). */
  rest: ReadableStreamDefaultReader<Uint8Array> | null;
}

/** Finds the CSRF token, reading at most about `maxBytes` of the body (one chunk more at worst). */
export async function readBodyStart(request: Request, maxBytes = TOKEN_PREFIX_BYTES): Promise<BodyStart> {
  const header = request.headers.get(CSRF_HEADER);
  const type = request.headers.get("content-type") ?? "";
  const find = formTokenFinder(type);
  if (!request.body) return { token: header, prefix: new Uint8Array(0), rest: null };
  const reader = request.body.getReader();
  if (header || !find) return { token: header, prefix: new Uint8Array(0), rest: reader };
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (value) {
      chunks.push(value);
      length += value.byteLength;
    }
    const prefix = concat(chunks, length);
    const found = find(prefix, done);
    if (found !== undefined || done || length >= maxBytes) {
      if (done) reader.releaseLock();
      return { token: found ?? null, prefix, rest: done ? null : reader };
    }
  }
}

/** Stops reading a body that will not be used. */
export async function discard(start: BodyStart): Promise<void> {
  await start.rest?.cancel().catch(() => {});
}

/**
 * The body again, as a stream: the prefix, then the rest as it arrives. More than `limit`
 * bytes in all errors the stream (the action's read then fails) and calls `onTooLarge`.
 */
export function bodyStream(start: BodyStart, limit: number, onTooLarge: () => void): ReadableStream<Uint8Array> {
  let total = start.prefix.byteLength;
  const rest = start.rest;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (total > limit) {
        onTooLarge();
        void rest?.cancel().catch(() => {});
        controller.error(new BodyTooLargeError(limit));
        return;
      }
      if (total > 0) controller.enqueue(start.prefix);
      if (!rest) controller.close();
    },
    async pull(controller) {
      if (!rest) return;
      const { done, value } = await rest.read();
      if (done) {
        controller.close();
        return;
      }
      total += value.byteLength;
      if (total > limit) {
        onTooLarge();
        await rest.cancel().catch(() => {});
        controller.error(new BodyTooLargeError(limit));
        return;
      }
      controller.enqueue(value);
    },
    async cancel(reason) {
      await rest?.cancel(reason).catch(() => {});
    },
  });
}

/** A new request like `request` whose body is `body` (the headers, method and URL stay). */
export function withBody(request: Request, body: ReadableStream<Uint8Array> | string | null, url = request.url): Request {
  return new Request(url, { method: request.method, headers: request.headers, body, signal: request.signal, ...(body ? { duplex: "half" } : {}) } as RequestInit);
}

// ---- finding the token ---------------------------------------------------------------------

/** undefined: not (yet) found; a string: the token. */
type Finder = (prefix: Uint8Array, done: boolean) => string | undefined;

function formTokenFinder(contentType: string): Finder | null {
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") return findInUrlEncoded;
  if (type === "multipart/form-data") {
    const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
    const value = boundary?.[1] ?? boundary?.[2];
    return value ? (prefix, done) => findInMultipart(prefix, done, value) : null;
  }
  return null;
}

const latin1 = new TextDecoder("latin1");
const utf8 = new TextDecoder("utf-8");

function findInUrlEncoded(prefix: Uint8Array, done: boolean): string | undefined {
  const text = latin1.decode(prefix);
  const pairs = text.split("&");
  // The last pair may be cut off, unless the body has ended.
  const complete = done ? pairs : pairs.slice(0, -1);
  for (const pair of complete) {
    const eq = pair.indexOf("=");
    const name = decodeFormComponent(eq < 0 ? pair : pair.slice(0, eq));
    if (name === CSRF_FIELD) return decodeFormComponent(eq < 0 ? "" : pair.slice(eq + 1)) ?? "";
  }
  return undefined;
}

function decodeFormComponent(s: string): string | undefined {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return undefined;
  }
}

function findInMultipart(prefix: Uint8Array, done: boolean, boundary: string): string | undefined {
  const text = latin1.decode(prefix); // one character per byte, so indexes are byte offsets
  const delimiter = `--${boundary}`;
  let at = text.indexOf(delimiter);
  while (at >= 0) {
    const headersStart = at + delimiter.length + 2; // after "--boundary\r\n"
    if (text.startsWith("--", at + delimiter.length)) return undefined; // the closing delimiter
    const headersEnd = text.indexOf("\r\n\r\n", headersStart);
    if (headersEnd < 0) return undefined;
    const next = text.indexOf(`\r\n${delimiter}`, headersEnd + 4);
    if (next < 0) return undefined; // this part goes on past the prefix
    const headers = text.slice(headersStart, headersEnd);
    const name = /content-disposition:[^\r\n]*;\s*name="([^"]*)"/i.exec(headers)?.[1];
    const isFile = /content-disposition:[^\r\n]*;\s*filename=/i.test(headers);
    if (name === CSRF_FIELD && !isFile) return utf8.decode(prefix.subarray(headersEnd + 4, next));
    at = next + 2;
  }
  void done;
  return undefined;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  chunks.splice(0, chunks.length, out);
  return out;
}
