/**
 * The readable text of a page's main content, as the LIX test measures it (decision 0033): what
 * the browser renders as text inside <main> (its innerText: headings, paragraphs, list items,
 * terms, labels, hints, options, buttons and links, each block on a line of its own), without what
 * is not shown (display: none). The list of demo sign-ins on /logga-in is left out: it is there
 * only in a demo installation, never in production.
 */
import type { Page } from "playwright-core";
import { lixOf, type LixCount } from "#src/domain/readability/lix.ts";

export async function mainText(page: Page): Promise<string> {
  return page.locator("main").evaluate((main) => {
    const demo = [...main.querySelectorAll<HTMLElement>(".sv-demo-accounts")];
    for (const e of demo) e.style.display = "none";
    const text = (main as HTMLElement).innerText;
    for (const e of demo) e.style.display = "";
    return text;
  });
}

export interface PageLix extends LixCount {
  readonly path: string;
}

export async function pageLix(page: Page, path: string): Promise<PageLix> {
  return { path, ...lixOf(await mainText(page)) };
}

/** A table of page → LIX, words, sentences and long words, for the test's output. */
export function lixTable(rows: readonly (PageLix & { limit: number })[]): string {
  const width = Math.max(...rows.map((r) => r.path.length), 4);
  const head = `${"page".padEnd(width)}   LIX  limit  words  sentences  long`;
  const lines = rows.map(
    (r) =>
      `${r.path.padEnd(width)}  ${r.lix.toFixed(1).padStart(4)}  ${String(r.limit).padStart(5)}  ${String(r.words).padStart(5)}  ${String(r.sentences).padStart(9)}  ${String(r.longWords).padStart(4)}`,
  );
  return [head, ...lines].join("\n");
}
