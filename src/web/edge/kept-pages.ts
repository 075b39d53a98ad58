/**
 * Public pages, rendered once and kept: a page whose route says it is the same for every
 * visitor (`PUBLIC_PAGE`, src/web/app/lib/client-code.ts), asked for by a visitor who is not
 * signed in, with no query string (or only a resident language's `?sprak=`), is rendered with stand-ins (markers) for the values that
 * belong to one request: the CSRF token, the contact form's time stamp and key, the CSP nonce.
 * Each request then gets the kept page with its own values put in. Rendering took most of
 * a public page's time; filling in takes microseconds.
 *
 * A page is kept only when it proves to be the same for everyone: rendered twice with other
 * markers, the two must agree; the request id must not appear in it (so nothing else of the
 * request does); and it must set no cookie. The pages are kept in the app's RecentReads, so
 * any committed change (a new committee, an edited text) has them rendered anew.
 */
import { randomBytes } from "node:crypto";
import type { RequestState } from "../app/context.ts";
import { SAME_FOR_EVERY_VISITOR_HEADER } from "../app/lib/client-code.ts";

/** The values a kept page gets for each request. */
export interface RequestValues {
  csrfToken: string;
  formTime: string;
  formKey: string;
  nonce: string;
}

export interface KeptPage {
  headers: [string, string][];
  html: string;
  markers: RequestValues;
}

/** Fresh markers: letters and digits only, so HTML escaping leaves them as they are. */
export function newMarkers(): RequestValues {
  const marker = (name: string) => `kept${name}${randomBytes(12).toString("hex")}`;
  return { csrfToken: marker("csrf"), formTime: marker("time"), formKey: marker("key"), nonce: marker("nonce") };
}

/** The request state a page is rendered with for keeping: a visitor with no session, and markers for the per-request values. */
export function stateForKeeping(base: Pick<RequestState, "locale" | "language" | "secureCookies">, markers: RequestValues, requestId: string): RequestState {
  return {
    actor: null,
    sessionToken: null,
    csrfToken: markers.csrfToken,
    nonce: markers.nonce,
    locale: base.locale,
    language: base.language,
    requestId,
    ip: null,
    userAgent: null,
    secureCookies: base.secureCookies,
    formTime: { issue: () => markers.formTime, secondsSince: () => null },
    formKey: markers.formKey,
    serverErrors: [],
  };
}

const withStandIns = (html: string, markers: RequestValues) =>
  (Object.keys(markers) as Array<keyof RequestValues>).reduce((text, name) => text.replaceAll(markers[name], `{${name}}`), html);

/**
 * Renders the page for keeping, twice, to prove it the same for everyone. `differs`: it is not
 * (the route's claim is wrong, and the page is never kept); `failed`: this render did not give a
 * page to keep (an error, a redirect, an outage), so the request is rendered for itself and the
 * page may be kept later.
 */
export async function renderForKeeping(render: (state: RequestState) => Promise<Response>, base: Pick<RequestState, "locale" | "language" | "secureCookies">): Promise<{ kept: KeptPage } | { kept: null; why: "differs" | "failed" }> {
  const pages: KeptPage[] = [];
  for (let i = 0; i < 2; i++) {
    const markers = newMarkers();
    const requestId = `keptrequest${randomBytes(12).toString("hex")}`;
    const state = stateForKeeping(base, markers, requestId);
    const response = await render(state);
    const html = response.status === 200 && (response.headers.get("content-type") ?? "").startsWith("text/html") ? await response.text() : null;
    if (html === null) await response.body?.cancel().catch(() => {});
    if (html === null || state.serverErrors.length > 0) return { kept: null, why: "failed" };
    const claimed = response.headers.get(SAME_FOR_EVERY_VISITOR_HEADER) === "1" && !response.headers.has("set-cookie");
    if (!claimed || html.includes(requestId)) return { kept: null, why: "differs" };
    const headers = [...response.headers.entries()].filter(([name]) => name !== SAME_FOR_EVERY_VISITOR_HEADER && name !== "content-length");
    pages.push({ headers, html, markers });
  }
  const [first, second] = pages as [KeptPage, KeptPage];
  return withStandIns(first.html, first.markers) === withStandIns(second.html, second.markers) ? { kept: first } : { kept: null, why: "differs" };
}

/** The kept page with this request's values. */
export function fillIn(page: KeptPage, values: RequestValues): Response {
  let html = page.html;
  for (const name of Object.keys(values) as Array<keyof RequestValues>) html = html.replaceAll(page.markers[name], values[name]);
  const headers = new Headers(page.headers);
  return new Response(html, { status: 200, headers });
}
