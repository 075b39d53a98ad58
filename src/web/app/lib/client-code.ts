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
}

export const NO_CLIENT_CODE: RouteHandle = { clientCode: false };

/** Whether the page of these matched routes ships client code: unless its own route says it needs none (and no route above it says it does). */
export function pageNeedsClientCode(matches: readonly Pick<UIMatch, "handle">[]): boolean {
  const handles = matches.map((m) => (m.handle ?? {}) as RouteHandle);
  if (handles.some((h) => h.clientCode === true)) return true;
  return handles.at(-1)?.clientCode !== false;
}
