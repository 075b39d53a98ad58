/**
 * An area without a mouse, in Chromium, with axe on every page visited.
 *
 * - A keyboard-only user (page.keyboard only: Tab, Enter, Space, arrows, letters) signs in,
 *   starts an application, draws its area on the map with the crosshair, hears every step in
 *   the map's live region, finishes with Escape, fills in the other steps and submits it.
 * - With JavaScript off, an applicant types the corners in SWEREF 99 TM: a line in the wrong
 *   order is refused with the error summary and nothing is saved; corrected, the area is saved
 *   and shown.
 */
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD, expectAccessible, launch, newContext, signIn } from "./support/browser.ts";

const baseUrl = inject("baseUrl");
const APPLICANT = "aktor@demo.samverka.invalid";
const UUID = "[0-9a-f-]{36}";
const run = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
/** The walk visits some ten pages with axe on each, typing every answer key by key. */
const LONG = 240_000;

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

async function arrive(page: Page, url: RegExp, heading?: string | RegExp): Promise<void> {
  await page.waitForURL(url);
  if (heading !== undefined) await expect.poll(() => h1(page).textContent()).toMatch(heading);
}

/** Presses Tab (at most `max` times) until `target` has focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: Locator, max = 150): Promise<void> {
  await target.waitFor({ state: "attached" });
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab did not reach ${target.toString()} in ${max} presses`);
}

/** Moves to a field with Tab and types into it. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** Presses keys in order ("ArrowRight", "Enter" …). */
async function press(page: Page, ...keys: string[]): Promise<void> {
  for (const key of keys) await page.keyboard.press(key);
}

describe("an area without a mouse", () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  async function pageFor(opts: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const context = await newContext(browser, opts);
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
  });

  it("lets a keyboard-only user draw the area with the crosshair and submit the application", async () => {
    const page = await pageFor();
    const title = `Torget med tangentbordet ${run}`;

    await page.goto(`${baseUrl}/logga-in`);
    await typeInto(page, page.getByLabel("E-postadress"), APPLICANT);
    await typeInto(page, page.getByLabel("Lösenord", { exact: true }), DEMO_PASSWORD);
    await press(page, "Enter");
    await arrive(page, /\/start$/);
    await expectAccessible(page);

    await tabTo(page, page.getByRole("link", { name: "Starta en ny ansökan" }));
    await press(page, "Enter");
    await arrive(page, /\/ansokan\/ny$/, "Ny ansökan om samverkansstöd");
    await expectAccessible(page);
    await typeInto(page, page.getByLabel("Vad vill ni kalla samverkansprocessen?"), title);
    await tabTo(page, page.getByRole("button", { name: "Starta ansökan" }));
    await press(page, "Enter");
    await arrive(page, new RegExp(`/ansokan/${UUID}/steg/omrade$`), "Området");
    const caseId = /\/ansokan\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
    await expectAccessible(page);

    // The instructions are beside the map, before it.
    await expect.poll(() => page.locator("main").textContent()).toContain("Med tangentbordet: gå till kartan med Tab.");
    // An application to screen readers, so that they hand it the arrow keys and Enter.
    const map = page.getByRole("application", { name: "Karta för att rita områdets avgränsning" });
    const status = page.getByTestId("area-map-status");
    // The map is drawn in the browser; the drawing tools come last, with the keys.
    await map.locator(".leaflet-pm-toolbar").first().waitFor();
    await tabTo(page, map);
    // The crosshair shows while the map has keyboard focus, and the map says where it is.
    await expect.poll(() => page.locator(".sv-map__crosshair").isVisible()).toBe(true);
    await expect.poll(() => status.textContent()).toMatch(/^Hårkorset vid 55,\d{4} N 1[23],\d{4} E.*cirka [\d\s]+ meter per tryck, och tryck Enter för att lägga till ett hörn\.$/);
    expect(await status.getAttribute("aria-live")).toBe("polite");

    // Closer in, then a corner, and the map moved under the crosshair.
    await press(page, "+", "+", "+");
    await expect.poll(() => status.textContent()).toMatch(/^Zoomnivå \d+, cirka [\d\s]+ meter per tryck på en piltangent\. Hårkorset vid /);
    await press(page, "Enter");
    await expect.poll(() => status.textContent()).toMatch(/^Hörn 1 tillagt vid 55,\d{4} N 1[23],\d{4} E(, i [^.]+)?\. 1 hörn\. Lägg till minst 2 till\.$/);
    await press(page, "ArrowRight");
    await expect.poll(() => status.textContent()).toMatch(/^Hårkorset vid 55,\d{4} N 1[23],\d{4} E/);
    await press(page, "Shift+ArrowRight", "Enter");
    await expect.poll(() => status.textContent()).toMatch(/^Hörn 2 tillagt vid .+ 2 hörn\. Lägg till minst 1 till\.$/);
    // Escape before three corners says why nothing was finished.
    await press(page, "Escape");
    await expect.poll(() => status.textContent()).toBe("Området behöver minst tre hörn. Det har 2. Tryck Enter för att lägga till ett hörn vid hårkorset.");
    await press(page, "ArrowDown", "Shift+ArrowDown", "Enter");
    await expect.poll(() => status.textContent()).toMatch(/^Hörn 3 tillagt vid .+ 3 hörn\. Tryck Escape för att avsluta\.$/);
    // A corner added by mistake is taken back.
    await press(page, "ArrowUp", "Enter");
    await expect.poll(() => status.textContent()).toMatch(/^Hörn 4 tillagt vid /);
    await press(page, "Backspace");
    await expect.poll(() => status.textContent()).toBe("Hörn 4 borttaget. 3 hörn kvar.");
    await press(page, "ArrowDown", "ArrowLeft", "Shift+ArrowLeft", "Enter");
    await expect.poll(() => status.textContent()).toMatch(/^Hörn 4 tillagt vid /);
    // The corners show on the map while they are drawn.
    await expect.poll(() => map.locator("path.leaflet-interactive, path").count()).toBeGreaterThan(4);
    await press(page, "Escape");
    await expect.poll(() => status.textContent()).toMatch(/^Området är klart: 4 hörn, cirka \d+(,\d)? hektar\. Det sparas när du trycker på Spara och fortsätt\.$/);
    const hectares = Number(/cirka (\d+(?:,\d)?) hektar/.exec((await status.textContent()) ?? "")![1]!.replace(",", "."));
    expect(hectares).toBeGreaterThan(1);
    // The same hidden field as drawing with the mouse: one polygon, four corners and the closing one.
    await expect.poll(() => page.locator('input[name="area_drawn_changed"]').inputValue()).toBe("1");
    const drawn = JSON.parse(await page.locator('input[name="area_drawn"]').inputValue()) as { type: string; coordinates: number[][][][] };
    expect(drawn.type).toBe("MultiPolygon");
    expect(drawn.coordinates).toHaveLength(1);
    expect(drawn.coordinates[0]![0]!).toHaveLength(5);
    await expectAccessible(page);

    await typeInto(page, page.getByLabel("Beskrivning av området"), "Torget och gatorna runt omkring.");
    await tabTo(page, page.getByRole("button", { name: "Spara och fortsätt" }));
    await press(page, "Enter");
    await arrive(page, /\/steg\/aktorer$/, "Aktörerna");
    await expectAccessible(page);

    await typeInto(page, page.getByLabel("Vilka aktörer finns i området?"), "Handlare och boende.");
    await typeInto(page, page.getByLabel("Vilka aktörer är redan intresserade av att samverka?"), "Handlarföreningen.");
    await typeInto(page, page.locator("#field-contributions_0_actor"), "Handlarföreningen");
    await typeInto(page, page.locator("#field-contributions_0_money"), "25000");
    await tabTo(page, page.getByRole("button", { name: "Spara och fortsätt" }));
    await press(page, "Enter");
    await arrive(page, /\/steg\/forslaget$/, "Förslaget");
    await expectAccessible(page);

    await typeInto(page, page.getByLabel("Vilka utmaningar och möjligheter har området i dag, utifrån aktörernas perspektiv?"), "Otrygghet på kvällarna.");
    await typeInto(page, page.getByLabel("Vilket mervärde kan idén bidra till?"), "Ett tryggare torg.");
    await typeInto(page, page.getByLabel("Syfte", { exact: true }), "Göra torget tryggare.");
    await tabTo(page, page.getByLabel("Goda uppväxtvillkor för barn och unga"));
    await press(page, "Space");
    await tabTo(page, page.getByRole("button", { name: "Spara och fortsätt" }));
    await press(page, "Enter");
    await arrive(page, /\/steg\/underlag$/, "Underlag och barn");
    await expectAccessible(page);

    await typeInto(page, page.getByLabel("Vad bygger förslaget på?"), "Samtal med handlarna.");
    await typeInto(page, page.getByLabel("Hur påverkas barn och unga?"), "En tryggare skolväg.");
    await tabTo(page, page.getByRole("button", { name: "Spara och fortsätt" }));
    await press(page, "Enter");
    await arrive(page, new RegExp(`/ansokan/${caseId}/bilagor$`), "Bilagor");
    await expectAccessible(page);
    await tabTo(page, page.getByRole("link", { name: "Spara och fortsätt" }));
    await press(page, "Enter");
    await arrive(page, new RegExp(`/ansokan/${caseId}/granska$`), "Granska och skicka in");
    await expect.poll(() => page.getByText("Det här saknas innan ansökan kan skickas in").count()).toBe(0);
    expect(await page.locator("main").textContent()).toContain("Ritad på kartan eller angiven med koordinater");
    await expectAccessible(page);
    await tabTo(page, page.getByLabel("Vi intygar"));
    await press(page, "Space");
    await tabTo(page, page.getByRole("button", { name: "Skicka in ansökan" }));
    await press(page, "Enter");
    await arrive(page, /\/granska\?inskickad=1$/, "Ansökan är inskickad");
    await expect.poll(() => page.getByRole("status").first().textContent()).toMatch(/Ert ärendenummer är TN-\d{4}-\d{5}/);
    await expectAccessible(page);
  }, LONG);

  it("takes corners typed in SWEREF 99 TM without JavaScript: a bad line is refused and kept, then the area is saved", async () => {
    const page = await pageFor({ javaScriptEnabled: false });
    await signIn(page, baseUrl, APPLICANT);
    // axe runs as a script in the page: check each page, with the same session, in a context that has JavaScript.
    const checker = await browser.newContext({ locale: "sv-SE", storageState: await page.context().storageState() });
    contexts.push(checker);
    const same = await checker.newPage();
    const accessible = async () => {
      await same.goto(page.url());
      await expectAccessible(same);
    };

    await page.getByRole("link", { name: "Starta en ny ansökan" }).click();
    await arrive(page, /\/ansokan\/ny$/, "Ny ansökan om samverkansstöd");
    await page.getByLabel("Vad vill ni kalla samverkansprocessen?").fill(`Koordinater utan JavaScript ${run}`);
    await page.getByRole("button", { name: "Starta ansökan" }).click();
    await arrive(page, new RegExp(`/ansokan/${UUID}/steg/omrade$`), "Området");
    const stepUrl = page.url();
    await accessible();

    // Around Möllevångstorget, N before E; the second line has E first.
    const bad = "6163300 374600\n374900 6163300\n6163600 374900\n6163600 374600";
    await page.getByLabel(/^SWEREF 99 TM/).check();
    await page.getByLabel("Ange koordinater").fill(bad);
    await page.getByLabel("Beskrivning av området").fill("Torget.");
    await page.getByRole("button", { name: "Spara utkast" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    const summary = page.locator(".ds-error-summary");
    await expect.poll(() => summary.textContent()).toContain("Ange koordinater: Rad 2: talen står nog i fel ordning. Skriv latitud före longitud i WGS 84, och N före E i SWEREF 99 TM.");
    expect(await summary.getByRole("link").first().getAttribute("href")).toBe("#field-area_corners");
    // What was typed is kept, with the reference system chosen; the field says what is wrong.
    expect(await page.getByLabel("Ange koordinater").inputValue()).toBe(bad);
    expect(await page.getByLabel(/^SWEREF 99 TM/).isChecked()).toBe(true);
    expect(await page.getByLabel("Ange koordinater").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#field-area_corners-error").textContent()).toContain("Rad 2:");
    // Nothing was saved.
    await same.goto(stepUrl);
    await expect.poll(() => same.locator("main").textContent()).toContain("Nuvarande avgränsning: Ingen avgränsning ännu.");
    await expectAccessible(same);

    await page.getByLabel("Ange koordinater").fill("6163300 374600\n6163300 374900\n6163600 374900\n6163600 374600");
    await page.getByRole("button", { name: "Spara utkast" }).click();
    await arrive(page, /\/steg\/omrade\?sparat=1$/, "Området");
    const main = (await page.locator("main").textContent()) ?? "";
    expect(main).toContain("Utkastet är sparat.");
    expect(main).toContain("Ritad på kartan eller angiven med koordinater.");
    expect(main).toMatch(/Yta: 0,09 km²/);
    // The box is empty again: the saved area is the current boundary.
    expect(await page.getByLabel("Ange koordinater").inputValue()).toBe("");
    await accessible();
  }, LONG);
});
