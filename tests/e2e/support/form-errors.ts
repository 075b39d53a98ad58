/**
 * Every form in its error states, table-driven: one entry per form (where it is, who may use
 * it, its submit button, what to type for the wrong case). Each form is submitted empty and
 * with wrong values; after each the page must say so the same way everywhere: "Fel: " first in
 * the title, one error summary (role alert) that has the focus, every summary link pointing
 * to a control that exists and is marked invalid, every invalid control described by its
 * message, and no axe violation. Nothing may be stored: the page stays where it was.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible, launch, newContext, signIn } from "./browser.ts";
import { startApp, type RunningApp } from "./server.ts";

export type Role = "public" | "kontaktperson" | "handlaggare" | "aktor" | "forening" | "analytiker" | "admin";

/** A value to put in a field, by the field's name; a file by its name, type and content. */
export type Fill = string | { file: { name: string; mimeType: string; buffer: Buffer } } | { check: string[] };

export interface FormCase {
  /** What the form is, as the test names it. */
  name: string;
  role: Role;
  /** The page, as a path or found from other pages (a case's process by its title). */
  at: string | ((page: Page, base: string) => Promise<string>);
  /** The form's submit button (its accessible name); the first form with it is used. */
  button: string;
  /** The wrong values: bad e-mail, too long, date in the past, end before start, letters in numbers, wrong file type. */
  wrong: Record<string, Fill>;
  /** Skip the empty submit (a form that cannot be sent empty: nothing in it can be emptied). */
  noEmpty?: string;
  /** Also submit with JavaScript turned off (public forms and a few others). */
  withoutJs?: boolean;
  /** A count that must not change: what the form would add to (a list's rows). */
  count?: (page: Page) => Promise<number>;
}

/** The rows of the page's tables: what a form that adds to a list would add to. */
export const tableRows = (page: Page) => page.locator("main tbody tr").count();

/** A form left out of the tables, and why. */
export interface Exempt {
  form: string;
  why: string;
}

export const DEMO = (role: Role) => `${role}@demo.samverka.invalid`;

/** A plain text file, where a PDF, an image or a CSV of another shape is asked for. */
export const TEXT_FILE = { file: { name: "anteckning.txt", mimeType: "text/plain", buffer: Buffer.from("Det här är ingen riktig fil.\n") } };
/** A PDF where a CSV or GeoJSON is asked for. */
export const PDF_FILE = { file: { name: "fel.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") } };
export const LONG_TEXT = "x".repeat(20_001);

const caseIds = new Map<string, string>();

/** The case page of the demo case with `title` (found once through the case list). */
export async function casePath(page: Page, base: string, title: string): Promise<string> {
  const known = caseIds.get(title);
  if (known) return known;
  await page.goto(`${base}/arenden`);
  const href = await page.getByRole("link", { name: title, exact: true }).first().getAttribute("href");
  if (!href) throw new Error(`no case called ${title}`);
  caseIds.set(title, href);
  return href;
}

/** The first link on `path` whose address matches `pattern`. */
export async function firstLink(page: Page, base: string, path: string, pattern: RegExp): Promise<string> {
  await page.goto(`${base}${path}`);
  const hrefs = await page.$$eval("a[href^='/']", (as) => as.map((a) => a.getAttribute("href") ?? ""));
  const found = hrefs.find((h) => pattern.test(h));
  if (!found) throw new Error(`no link matching ${pattern} on ${path}`);
  return found;
}

function formWith(page: Page, button: string): Locator {
  return page.locator("form", { has: page.getByRole("button", { name: button, exact: true }) }).first();
}

/** Empties every field of the form: text cleared, the empty choice of a list, boxes and radios unchecked. */
async function emptyForm(form: Locator): Promise<void> {
  await form.evaluate((f: HTMLFormElement) => {
    for (const el of Array.from(f.elements)) {
      if (el instanceof HTMLTextAreaElement) el.value = "";
      else if (el instanceof HTMLSelectElement) {
        const empty = Array.from(el.options).findIndex((o) => o.value === "");
        if (empty >= 0) el.selectedIndex = empty;
      } else if (el instanceof HTMLInputElement) {
        if (el.type === "checkbox" || el.type === "radio") el.checked = false;
        else if (!["hidden", "submit", "button", "file"].includes(el.type)) el.value = "";
      }
    }
  });
}

async function fillForm(form: Locator, values: Record<string, Fill>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const field = form.locator(`[name="${name}"]`);
    if (typeof value === "string") {
      const tag = await field.first().evaluate((el) => `${el.tagName}:${(el as HTMLInputElement).type}`);
      if (tag.startsWith("SELECT")) await field.first().selectOption(value);
      else if (tag === "INPUT:radio") await form.locator(`[name="${name}"][value="${value}"]`).check();
      else await field.first().evaluate((el, v) => ((el as HTMLInputElement).value = v), value);
    } else if ("file" in value) await field.first().setInputFiles(value.file);
    else {
      await field.evaluateAll((els, wanted) => els.forEach((el) => ((el as HTMLInputElement).checked = wanted.includes((el as HTMLInputElement).value))), value.check);
    }
  }
}

/** What is wrong with the page's error state (an empty list when all is right). */
async function errorStateProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const summaries = document.querySelectorAll(".ds-error-summary");
    if (summaries.length !== 1) problems.push(`${summaries.length} error summaries`);
    const summary = summaries[0];
    if (!summary) return problems;
    if (summary.getAttribute("role") !== "alert") problems.push("the summary has no role alert");
    const isMessage = (id: string) => {
      const el = document.getElementById(id);
      return !!el && el.classList.contains("ds-validation-message") && (el.textContent ?? "").trim().length > 0;
    };
    const describedByMessage = (el: Element) => {
      const ids = [el.getAttribute("aria-describedby"), el.closest("fieldset")?.getAttribute("aria-describedby")].join(" ").split(/\s+/).filter(Boolean);
      return ids.some(isMessage);
    };
    const links = Array.from(summary.querySelectorAll("a"));
    // An import's report lists its problems by line and column in a table instead.
    if (links.length === 0 && !summary.querySelector("table")) problems.push("the summary lists no error");
    for (const a of links) {
      const id = decodeURIComponent((a.getAttribute("href") ?? "").replace(/^#/, ""));
      const target = document.getElementById(id);
      if (!target) {
        problems.push(`summary link "${a.textContent}" points to #${id}, which does not exist`);
        continue;
      }
      if (id === "main") continue;
      const invalid = target.matches("[aria-invalid=true]") ? target : target.querySelector("[aria-invalid=true]");
      if (!invalid && !describedByMessage(target)) problems.push(`summary link "${a.textContent}" points to #${id}, which is not marked invalid`);
    }
    for (const el of Array.from(document.querySelectorAll("[aria-invalid=true]"))) {
      if (!describedByMessage(el)) problems.push(`${el.tagName.toLowerCase()} ${el.getAttribute("name") ?? el.id} is invalid but not described by its message`);
    }
    return problems;
  });
}

/** Asserts the page is in the error state every form shares. */
export async function expectErrorState(page: Page, what: string, javaScriptEnabled: boolean): Promise<void> {
  await expect.poll(() => page.title(), { message: `${what}: title`, timeout: 15_000 }).toMatch(/^Fel: /);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.classList.contains("ds-error-summary") ?? false), { message: `${what}: focus on the error summary`, timeout: 5_000 })
    .toBe(true);
  expect(await errorStateProblems(page), what).toEqual([]);
  if (javaScriptEnabled) await expectAccessible(page);
  else await expectAccessibleAsServed(page);
}

/**
 * axe runs as a script in the page, which a context without JavaScript cannot do, and the page
 * is the answer to a POST, which cannot be asked for again: the same HTML, without its scripts,
 * is served to a context with JavaScript (same session) at the same address and checked there.
 */
async function expectAccessibleAsServed(page: Page): Promise<void> {
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  const checker = await page.context().browser()!.newContext({ locale: "sv-SE", storageState: await page.context().storageState() });
  try {
    const same = await checker.newPage();
    const url = page.url();
    await same.route(url, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }));
    await same.goto(url);
    await expectAccessible(same);
  } finally {
    await checker.close();
  }
}

async function open(page: Page, base: string, c: FormCase, path: string): Promise<Locator> {
  await page.goto(`${base}${path}`);
  // With JavaScript the page's modules load and hydrate after "load": a form emptied and sent in
  // between can be sent by the browser half-way through, racing React Router. Wait for them.
  await page.waitForLoadState("networkidle");
  const form = formWith(page, c.button);
  expect(await form.count(), `${c.name}: a form with the button "${c.button}" on ${path}`).toBe(1);
  return form;
}

async function submit(page: Page, form: Locator, c: FormCase): Promise<void> {
  await form.getByRole("button", { name: c.button, exact: true }).first().click();
  await page.waitForLoadState();
}

/** Submits the form empty and with wrong values, with JavaScript on (and off where asked), checking each result. */
export async function checkForm(browser: Browser, base: string, c: FormCase): Promise<void> {
  for (const javaScriptEnabled of c.withoutJs ? [true, false] : [true]) {
    const context = await newContext(browser, { javaScriptEnabled });
    // A step that cannot happen fails with what it waited for, instead of waiting for ever.
    context.setDefaultTimeout(30_000);
    let page = await context.newPage();
    try {
      if (c.role !== "public") await signIn(page, base, DEMO(c.role));
      const path = typeof c.at === "string" ? c.at : await c.at(page, base);
      const label = `${c.name} (${path}, JavaScript ${javaScriptEnabled ? "on" : "off"})`;
      let form = await open(page, base, c, path);
      const before = c.count ? await c.count(page) : undefined;
      const pathname = new URL(page.url()).pathname;
      if (!c.noEmpty) {
        await emptyForm(form);
        await submit(page, form, c);
        await expectErrorState(page, `${label}, empty`, javaScriptEnabled);
        expect(new URL(page.url()).pathname, `${label}, empty: stays on the page`).toBe(pathname);
        // A fresh tab for the second round: with JavaScript off, Chromium may not load the page
        // again in the tab that has just shown the POST's answer.
        await page.close();
        page = await context.newPage();
        form = await open(page, base, c, path);
      }
      await fillForm(form, c.wrong);
      await submit(page, form, c);
      await expectErrorState(page, `${label}, wrong values`, javaScriptEnabled);
      expect(new URL(page.url()).pathname, `${label}, wrong values: stays on the page`).toBe(pathname);
      if (c.count) {
        await page.goto(`${base}${path}`);
        expect(await c.count(page), `${label}: nothing stored`).toBe(before);
      }
    } finally {
      await context.close();
    }
  }
}

// The demo cases the tables find their forms in (by title: the ids are new on each start).
export const DIALOGUE = "Dialog om parkstråket i Rosengård (demo)";
export const EXECUTION = "Sommargata i Södra innerstaden (demo)";
export const RESULTS = "Belysning och trygghet i Hyllie (demo)";
export const ASSESSED = "Trygg och levande Sofielundsgata (demo)";
export const COORDINATED = "Limhamns torg som mötesplats (demo)";
export const ID = "[0-9a-f-]{36}";

/** A page of the process of the case called `title`. */
export const proc = (title: string, rest: string) => async (page: Page, base: string) => `${await casePath(page, base, title)}/process${rest}`;
/** A handling page (/handlaggning/:id/...) of the case called `title`. */
export const handling = (title: string, rest: string) => async (page: Page, base: string) => `${(await casePath(page, base, title)).replace("/arenden/", "/handlaggning/")}${rest}`;
/** The first item linked from a page of the process of `title`. */
export const item = (title: string, rest: string, pattern: RegExp) => async (page: Page, base: string) => firstLink(page, base, await proc(title, rest)(page, base), pattern);

/**
 * One table of forms as a test file: each form checked empty and with wrong values, on a server
 * of the table's own (the other e2e files change the demo data the forms need as it was: a
 * proposal sent, a report approved; and a table's own steps — a draft, an assessment started —
 * must not change theirs).
 */
export function describeFormTable(title: string, forms: readonly FormCase[]): void {
  describe(title, () => {
    let browser: Browser;
    let app: RunningApp;
    beforeAll(async () => {
      [app, browser] = await Promise.all([startApp(inject("buildDir")), launch()]);
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
      await app?.stop();
    });

    for (const form of forms) {
      it(`${form.name}: empty and wrong values`, async () => {
        await checkForm(browser, app.baseUrl, form);
      });
    }
  });
}
