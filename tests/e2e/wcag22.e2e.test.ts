/**
 * The WCAG 2.2 criteria axe cannot check (decision 0034): target size (2.5.8) measured on a set of
 * pages of every kind, focus never hidden (2.4.11) while tabbing through long pages, accessible
 * sign-in (3.3.8: autocomplete attributes, a pasted password signs in), the same help in the same
 * place on every page (3.2.6), and the accessibility statement linked from every page's footer.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD, expectAccessible, launch, newContext, signIn } from "./support/browser.ts";
import { smallTargets } from "./support/targets.ts";

const baseUrl = inject("baseUrl");

/** Pages of every kind: public, forms, tables, maps (their zoom buttons), menus, per role. */
const PAGES: Array<{ role: string | null; paths: string[] }> = [
  { role: null, paths: ["/", "/samverkansstod", "/samverkansstod/kontakt", "/logga-in", "/glomt-losenord", "/registrera", "/tillganglighet"] },
  { role: "aktor@demo.samverka.invalid", paths: ["/start", "/arenden", "/organisation", "/konto", "/ansokan/ny"] },
  { role: "kontaktperson@demo.samverka.invalid", paths: ["/start", "/arenden", "/handlaggning", "/kontaktforfragningar", "/processer", "/processer/ny", "/fordelning", "/index", "/natverk", "/ataganden"] },
  { role: "admin@demo.samverka.invalid", paths: ["/admin/anvandare", "/admin/namnder", "/admin/mal", "/admin/granskningslogg", "/omraden"] },
];

/**
 * The focused element, and what covers it: for each box of it (a link that wraps has one per
 * line), whether the element at the box's middle is it (or inside it). Not obscured when any box
 * is uncovered ("not entirely hidden", the minimum of 2.4.11).
 */
async function focusedIsVisible(page: Page): Promise<{ what: string; covered: string | null } | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || !(el instanceof HTMLElement)) return null;
    const what = `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`;
    const boxes = [...el.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    if (boxes.length === 0) return { what, covered: "no box" };
    let covered = "outside the window";
    for (const r of boxes) {
      // The middle of the part of the box inside the window (a scroll region may be larger than the window).
      const left = Math.max(r.left, 0);
      const right = Math.min(r.right, window.innerWidth);
      const top_ = Math.max(r.top, 0);
      const bottom = Math.min(r.bottom, window.innerHeight);
      if (right <= left || bottom <= top_) continue;
      const x = (left + right) / 2;
      const y = (top_ + bottom) / 2;
      const top = document.elementFromPoint(x, y);
      if (top && (top === el || el.contains(top))) return { what, covered: null };
      covered = top ? `${top.tagName.toLowerCase()}.${String(top.className)}` : "nothing";
    }
    return { what, covered };
  });
}

describe("WCAG 2.2 beyond axe, in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("every target is at least 24 × 24 px or spaced, and every page has help and the accessibility statement in its footer", async () => {
    for (const { role, paths } of PAGES) {
      for (const javaScriptEnabled of [true, false]) {
        const context = await newContext(browser, { javaScriptEnabled });
        const page = await context.newPage();
        if (role) await signIn(page, baseUrl, role);
        for (const path of paths) {
          await page.goto(`${baseUrl}${path}`);
          await page.waitForLoadState("load");
          expect(await smallTargets(page), `small targets on ${path} (${role ?? "visitor"}, JavaScript ${javaScriptEnabled ? "on" : "off"})`).toEqual([]);
          const footer = page.getByRole("contentinfo");
          expect(await footer.locator('a[href="/tillganglighet"]').textContent(), `statement link on ${path}`).toBe("Tillgänglighet");
          expect(await footer.locator('a[href^="mailto:"]').textContent(), `help on ${path}`).toBe("samverkan.fgk@malmo.se");
        }
        await context.close();
      }
    }
  });

  it("small screens too: the targets of the public pages and a signed-in page on a phone-sized window", async () => {
    const context = await browser.newContext({ locale: "sv-SE", viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of ["/", "/samverkansstod", "/samverkansstod/kontakt", "/tillganglighet"]) {
      await page.goto(`${baseUrl}${path}`);
      expect(await smallTargets(page), `small targets on ${path} at 360 px`).toEqual([]);
    }
    await signIn(page, baseUrl, "kontaktperson@demo.samverka.invalid");
    for (const path of ["/start", "/arenden"]) {
      await page.goto(`${baseUrl}${path}`);
      expect(await smallTargets(page), `small targets on ${path} at 360 px`).toEqual([]);
    }
    await context.close();
  });

  it("tabbing through long pages, the focused element is never hidden behind anything", async () => {
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 360, height: 640 },
    ]) {
      const context = await browser.newContext({ locale: "sv-SE", viewport });
      const page = await context.newPage();
      const visits: Array<{ path: string; signInAs?: string }> = [{ path: "/samverkansstod" }, { path: "/tillganglighet" }, { path: "/arenden", signInAs: "handlaggare@demo.samverka.invalid" }, { path: "/fordelning" }, { path: "/index" }];
      for (const { path, signInAs } of visits) {
        if (signInAs) await signIn(page, baseUrl, signInAs);
        await page.goto(`${baseUrl}${path}`);
        let seen = 0;
        for (let i = 0; i < 80; i++) {
          await page.keyboard.press("Tab");
          const focused = await focusedIsVisible(page);
          if (!focused) continue;
          seen++;
          expect(focused.covered, `${focused.what} on ${path} at ${viewport.width} px`).toBeNull();
        }
        expect(seen, `focusable elements reached on ${path}`).toBeGreaterThan(10);
      }
      await context.close();
    }
  });

  it("sign-in and new passwords name their autocomplete, and a pasted password signs in", async () => {
    const context = await newContext(browser);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/registrera`);
    expect(await page.getByLabel("E-postadress").getAttribute("autocomplete")).toBe("email");
    expect(await page.getByLabel("Lösenord", { exact: true }).getAttribute("autocomplete")).toBe("new-password");
    await page.goto(`${baseUrl}/glomt-losenord`);
    expect(await page.getByLabel("E-postadress").getAttribute("autocomplete")).toBe("email");

    await page.goto(`${baseUrl}/logga-in`);
    const email = page.getByLabel("E-postadress");
    const password = page.getByLabel("Lösenord", { exact: true });
    expect(await email.getAttribute("autocomplete")).toBe("username");
    expect(await password.getAttribute("autocomplete")).toBe("current-password");
    // Nothing stops a paste: both come from the clipboard, as from a password manager.
    await page.evaluate(() => navigator.clipboard.writeText("kontaktperson@demo.samverka.invalid"));
    await email.focus();
    await page.keyboard.press("ControlOrMeta+V");
    await page.evaluate((p) => navigator.clipboard.writeText(p), DEMO_PASSWORD);
    await password.focus();
    await page.keyboard.press("ControlOrMeta+V");
    expect(await password.inputValue()).toBe(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForURL(`${baseUrl}/start`);
    await context.close();
  });

  it("the accessibility statement: public, linked from the footer, no JavaScript, with the law's parts", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/samverkansstod`);
    await page.getByRole("contentinfo").getByRole("link", { name: "Tillgänglighet" }).click();
    await page.waitForURL(`${baseUrl}/tillganglighet`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Tillgänglighet för Samverka");
    expect(await page.locator("script").count()).toBe(0);
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(headings).toEqual(["Hur bra fungerar tjänsten för alla?", "Om du inte kan använda en del av tjänsten", "Säg till om något inte fungerar", "Tillsyn", "Hur väl följer tjänsten lagen?", "Så har vi testat tjänsten"]);
    expect(await page.getByText("Tjänsten följer lagen till en del.").count()).toBe(1);
    expect(await page.getByRole("link", { name: "Anmäl till Digg (digg.se)" }).getAttribute("href")).toBe("https://www.digg.se/tdosanmalan");
    expect(await page.getByRole("link", { name: "Mejla samverkan.fgk@malmo.se" }).first().getAttribute("href")).toMatch(/^mailto:samverkan\.fgk@malmo\.se\?subject=/);
    expect(await page.getByTestId("a11y-gaps").locator("li").count()).toBeGreaterThanOrEqual(4);
    expect(await page.getByText(/Vi gjorde den senaste granskningen den \d+ \w+ \d{4}\./).count()).toBe(1);
    await context.close();
    // axe runs as a script in the page, which a context without JavaScript cannot do: the same page in one that has it.
    const checker = await newContext(browser);
    const same = await checker.newPage();
    await same.goto(`${baseUrl}/tillganglighet`);
    await expectAccessible(same);
    await checker.close();
  });
});
