/**
 * Paging for the lists that grow (contact requests, cases, the register, the audit log): a page
 * number asked for, the total from one count query, and the rows of that page from one query
 * with OFFSET/LIMIT over a stable order (every list ends its ORDER BY on a unique column). Two
 * queries per page, however many rows there are.
 */

/** Rows per page on every paged list. */
export const PAGE_SIZE = 50;

/** Which rows a repository returns: OFFSET and LIMIT. */
export interface PageWindow {
  offset: number;
  limit: number;
}

export interface Page<T> {
  items: T[];
  /** Rows matching the filter, on all pages. */
  total: number;
  /** The page shown (1-based), after clamping to 1…pageCount. */
  page: number;
  pageSize: number;
  /** At least 1, so an empty list is page 1 of 1. */
  pageCount: number;
}

/**
 * The page to show and its window. A page below 1 or not a whole number is page 1; a page
 * beyond the end is the last page (a bookmark to page 7 of a list that has shrunk to 3 pages
 * shows page 3, not an empty table).
 */
export function pageWindow(requested: number, total: number, pageSize = PAGE_SIZE): PageWindow & { page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(Math.max(0, total) / pageSize));
  const asked = Number.isSafeInteger(requested) && requested >= 1 ? requested : 1;
  const page = Math.min(asked, pageCount);
  return { page, pageCount, offset: (page - 1) * pageSize, limit: pageSize };
}

/** Counts, clamps the page, then fetches that page's rows: the two queries of every paged list. */
export async function fetchPage<T>(requested: number, count: () => Promise<number>, rows: (window: PageWindow) => Promise<T[]>, pageSize = PAGE_SIZE): Promise<Page<T>> {
  const total = await count();
  const w = pageWindow(requested, total, pageSize);
  const items = total === 0 ? [] : await rows({ offset: w.offset, limit: w.limit });
  return { items, total, page: w.page, pageSize, pageCount: w.pageCount };
}
