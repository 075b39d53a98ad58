/**
 * The page number of a paged list, from the address (`?sida=3`). Anything that is not a whole
 * number from 1 is page 1; a page beyond the end is clamped to the last page by the use case,
 * which knows the total (see src/application/shared/paging.ts).
 */
import { z } from "zod";

export const PAGE_PARAM = "sida";

const pageNumber = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).catch(1);

export function pageParam(url: URL): number {
  const raw = url.searchParams.get(PAGE_PARAM);
  return raw === null ? 1 : pageNumber.parse(raw.trim() === "" ? "x" : raw);
}

/** The address of another page of the same list: every other parameter (the filters) is kept. */
export function pageHref(pathname: string, search: string, page: number): string {
  const params = new URLSearchParams(search);
  if (page <= 1) params.delete(PAGE_PARAM);
  else params.set(PAGE_PARAM, String(page));
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/**
 * Which page numbers to link: the first, the last, and the current with its neighbours; null
 * stands for a gap (an ellipsis). Short lists link every page.
 */
export function pageNumbers(page: number, pageCount: number): Array<number | null> {
  if (pageCount <= 7) return Array.from({ length: pageCount }, (_, i) => i + 1);
  const shown = new Set([1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount));
  // Near an end, show enough pages that a gap never hides a single page.
  if (page <= 3) [2, 3, 4].forEach((n) => shown.add(n));
  if (page >= pageCount - 2) [pageCount - 3, pageCount - 2, pageCount - 1].forEach((n) => shown.add(n));
  const sorted = [...shown].sort((a, b) => a - b);
  const out: Array<number | null> = [];
  for (const n of sorted) {
    const prev = out.at(-1);
    if (typeof prev === "number" && n - prev === 2) out.push(prev + 1);
    else if (typeof prev === "number" && n - prev > 2) out.push(null);
    out.push(n);
  }
  return out;
}
