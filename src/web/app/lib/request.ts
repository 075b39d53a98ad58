/** Small helpers every loader and action uses to reach the request's facts and the services. */
import { redirect, type RouterContextProvider } from "react-router";
import type { Actor } from "#src/domain/access/actor.ts";
import { requestContext, servicesContext, type AppServices, type RequestState } from "../context.ts";
import { translator, type Translate } from "#src/text/index.ts";

export function requestState(context: Readonly<RouterContextProvider>): RequestState {
  return context.get(requestContext);
}

export function services(context: Readonly<RouterContextProvider>): AppServices {
  return context.get(servicesContext);
}

export function serverT(context: Readonly<RouterContextProvider>): Translate {
  return translator(context.get(requestContext).locale);
}

/** The signed-in actor, or a redirect to the sign-in page that comes back here afterwards. */
export function requireActor(context: Readonly<RouterContextProvider>, request: Request): Actor {
  const { actor } = context.get(requestContext);
  if (!actor) {
    const url = new URL(request.url);
    throw redirect(`/logga-in?next=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return actor;
}

export function requestMeta(context: Readonly<RouterContextProvider>) {
  const s = context.get(requestContext);
  return { ip: s.ip, userAgent: s.userAgent, requestId: s.requestId };
}

const PARSE_BASE = "http://samverka.invalid";

/**
 * Only a path on this site is allowed as a return address after sign-in (no open redirect).
 * The value is read the way a browser reads a Location header: URL parsing drops tabs and
 * newlines and turns `\\` into `/`, so `/\t/evil.example/` becomes `//evil.example/`, another
 * host. So it is parsed first and accepted only if it still points at this origin; what is
 * returned is the parsed path, query and fragment (never a raw newline, so a redirect header
 * built from it cannot fail). Never throws.
 */
export function safeNext(value: FormDataEntryValue | string | null | undefined, fallback = "/start"): string {
  if (typeof value !== "string" || value.length > 2_000 || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  let parsed: URL;
  try {
    parsed = new URL(value, PARSE_BASE);
  } catch {
    return fallback;
  }
  if (parsed.origin !== PARSE_BASE) return fallback;
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  // The parsed path itself must not read as a protocol-relative address either.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}

export function notFound(): never {
  throw new Response("Not found", { status: 404 });
}

export function forbidden(): never {
  throw new Response("Forbidden", { status: 403 });
}
