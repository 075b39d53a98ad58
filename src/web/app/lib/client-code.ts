/**
 * Which pages ship JavaScript. A page that works fully without it (a plain server-rendered form
 * or text) says so in its route module, `export const handle = NO_CLIENT_CODE;`, and the layout
 * then leaves out React Router's scripts: no hydration, no module preloads, nothing to
 * download. Every other page is hydrated as before (maps, enhanced forms).
 */
import type { UIMatch } from "react-router";

export interface RouteHandle {
  /** false: the page needs no client code at all. */
  clientCode?: boolean;
  /**
   * true: to a visitor who is not signed in, the page is the same for everyone, but for the
   * values the edge makes for each request (the CSRF token, the form's time stamp and key, the
   * CSP nonce). The edge may then render it once and fill those in (src/web/edge/kept-pages.ts).
   * The page's loader must take any per-visitor value from the request state, never make one.
   */
  sameForEveryVisitor?: boolean;
  /**
   * true: a page residents read, offered in every resident language (`?sprak=ar`, issue 13):
   * its text, `lang` and `dir` follow the chosen language (src/web/app/lib/page-language.ts).
   */
  residentLanguages?: boolean;
}

export const NO_CLIENT_CODE: RouteHandle = { clientCode: false };

/** A public page: no client code, and the same for every visitor who is not signed in. */
export const PUBLIC_PAGE: RouteHandle = { clientCode: false, sameForEveryVisitor: true };

/** A public page residents read, in their language (decision 0032). */
export const RESIDENT_PAGE: RouteHandle = { ...PUBLIC_PAGE, residentLanguages: true };

/** Whether the page of these matched routes is offered in the resident languages: its own route says so. */
export function isResidentPage(handles: readonly unknown[]): boolean {
  return ((handles.at(-1) ?? {}) as RouteHandle).residentLanguages === true;
}

/** The response header by which the app tells the edge that the page is the same for every visitor (the edge removes it). */
export const SAME_FOR_EVERY_VISITOR_HEADER = "x-samverka-same-for-every-visitor";

/** Whether the page of these matched routes (route handles, outermost first) is the same for every visitor: its own route says so. */
export function isSameForEveryVisitor(handles: readonly unknown[]): boolean {
  return ((handles.at(-1) ?? {}) as RouteHandle).sameForEveryVisitor === true;
}

/** Whether the page of these matched routes ships client code: unless its own route says it needs none (and no route above it says it does). */
export function pageNeedsClientCode(matches: readonly Pick<UIMatch, "handle">[]): boolean {
  const handles = matches.map((m) => (m.handle ?? {}) as RouteHandle);
  if (handles.some((h) => h.clientCode === true)) return true;
  return handles.at(-1)?.clientCode !== false;
}
