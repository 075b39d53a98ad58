/**
 * The maps in Chromium, with axe on every page visited.
 *
 * - A base map: a tiny tile server of this file's own (a generated PNG for any /z/x/y.png,
 *   counting requests) and a server of its own with MAP_TILES_URL pointing at it. The area step
 *   and the equity view fetch and draw its tiles (the CSP lets them through) and show the
 *   attribution, as text, with the city's areas drawn over the tiles.
 * - Without a base map (the shared server): the city's areas are the background, no tile is
 *   fetched and no attribution is shown.
 * - Hostile labels: an imported area and a registered process whose names are markup. Every
 *   label shows the literal characters, and no element is created from them.
 * - Labels: an area's name shows on hover and on keyboard focus (the list beside the map on the
 *   area step, the areas themselves on the equity map), never as permanent overlapping labels.
 */
import { createServer, type Server } from "node:http";
import { crc32, deflateSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible, launch, newContext, signIn } from "./support/browser.ts";
import { startApp, type RunningApp } from "./support/server.ts";

const sharedBaseUrl = inject("baseUrl");
const buildDir = inject("buildDir");

const APPLICANT = "aktor@demo.samverka.invalid";
const CONTACT_PERSON = "kontaktperson@demo.samverka.invalid";
const ANALYST = "analytiker@demo.samverka.invalid";

/** Shown as text: the markup in it must stay characters on the map. */
const ATTRIBUTION = "© Testkarta <b>Malmö</b>";
const HOSTILE_AREA = `<img src=x onerror="document.title='pwned'">Husie <b>fet</b>`;
const HOSTILE_PROCESS = `<b>fet</b> <img src=x onerror="document.title='pwned'"> Lekplatsdialog`;
/** Husie's demo cell (GESO-06 in the 7 × 2 grid of demo-data.ts), imported again under the hostile name. */
const HUSIE = [[[13.06, 55.585], [13.092, 55.585], [13.092, 55.63], [13.06, 55.63], [13.06, 55.585]]];
/** The hostile process's own boundary, inside Husie, so that its outline is its own. */
const PROCESS_BOUNDARY = { type: "Polygon", coordinates: [[[13.066, 55.592], [13.086, 55.592], [13.086, 55.622], [13.066, 55.622], [13.066, 55.592]]] };

/** A 256 × 256 PNG: a pale green tile with a darker grid line on two edges, so tiles are visible in screenshots. */
function tilePng(): Buffer {
  const size = 256;
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const raw = Buffer.alloc((size * 3 + 1) * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = y * (size * 3 + 1) + 1 + x * 3;
      const line = x === 0 || y === 0;
      raw[i] = line ? 150 : 226;
      raw[i + 1] = line ? 160 : 236;
      raw[i + 2] = line ? 150 : 214;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

/** Yesterday in Stockholm, as YYYY-MM-DD: a validity start the server surely counts as begun. */
function yesterday(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date(Date.now() - 86_400_000));
}

const map = (page: Page) => page.locator(".leaflet-container");
const areaPaths = (page: Page) => page.locator("path.sv-map__area");
/** The one name label open on the map (hover or focus). */
const label = (page: Page) => page.locator(".leaflet-tooltip.sv-map__tooltip");

/** Nothing on the map was made from a label's markup: the only images are tiles, and no <b> exists. */
async function expectNoElementsFromLabels(page: Page): Promise<void> {
  expect(await map(page).locator("img:not(.leaflet-tile)").count()).toBe(0);
  expect(await map(page).locator("b").count()).toBe(0);
  expect(await page.title()).not.toBe("pwned");
}

/** Waits until tiles have loaded and checks that each one drawn is the tile server's 256 px image. */
async function expectTilesDrawn(page: Page): Promise<void> {
  await expect.poll(() => map(page).locator("img.leaflet-tile.leaflet-tile-loaded").count(), { timeout: 20_000 }).toBeGreaterThan(0);
  const drawn = await map(page)
    .locator("img.leaflet-tile.leaflet-tile-loaded")
    .evaluateAll((imgs) => imgs.map((i) => ({ src: (i as HTMLImageElement).src, width: (i as HTMLImageElement).naturalWidth, alt: i.getAttribute("alt") })));
  for (const tile of drawn) {
    expect(tile.src).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\d+\/\d+\/\d+\.png$/);
    expect(tile.width).toBe(256);
    // Decoration: screen readers skip the tiles.
    expect(tile.alt).toBe("");
  }
}

async function startApplication(page: Page, baseUrl: string, title: string): Promise<void> {
  await page.goto(`${baseUrl}/ansokan/ny`);
  await page.getByLabel("Vad vill ni kalla samverkansprocessen?").fill(title);
  await page.getByRole("button", { name: "Starta ansökan" }).click();
  await page.waitForURL(/\/ansokan\/[0-9a-f-]{36}\/steg\/omrade$/);
  await map(page).waitFor();
}

describe("maps with a base map of the city's choosing", () => {
  let browser: Browser;
  let tiles: Server;
  let app: RunningApp;
  const tileRequests: string[] = [];

  beforeAll(async () => {
    const png = tilePng();
    tiles = createServer((req, res) => {
      tileRequests.push(req.url ?? "");
      if (/^\/\d+\/\d+\/\d+\.png$/.test(req.url ?? "")) {
        res.writeHead(200, { "content-type": "image/png", "content-length": png.length });
        res.end(png);
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => tiles.listen(0, "127.0.0.1", resolve));
    const port = (tiles.address() as { port: number }).port;
    app = await startApp(buildDir, { MAP_TILES_URL: `http://127.0.0.1:${port}/{z}/{x}/{y}.png`, MAP_TILES_ATTRIBUTION: ATTRIBUTION });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await new Promise((resolve) => tiles?.close(resolve));
  });

  it("draws the area step over the tiles, with the areas as outlines and the attribution as text", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, app.baseUrl, APPLICANT);
    const before = tileRequests.length;
    await startApplication(page, app.baseUrl, "Torget på kartan");
    await expectTilesDrawn(page);
    expect(tileRequests.length).toBeGreaterThan(before);
    expect(tileRequests.slice(before).every((u) => /^\/\d+\/\d+\/\d+\.png$/.test(u))).toBe(true);
    // The city's 14 areas over the tiles: outlines, barely filled, so the streets show.
    await expect.poll(() => areaPaths(page).count()).toBe(14);
    expect(await areaPaths(page).first().getAttribute("fill-opacity")).toBe("0.04");
    const attribution = map(page).locator(".sv-map__attribution");
    expect(await attribution.textContent()).toBe(ATTRIBUTION);
    expect(await attribution.isVisible()).toBe(true);
    await expectNoElementsFromLabels(page);
    // No name is printed on the map until asked for.
    expect(await label(page).count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });

  it("draws the equity map over the tiles, an area's name on keyboard focus", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, app.baseUrl, ANALYST);
    const before = tileRequests.length;
    await page.goto(`${app.baseUrl}/fordelning?ar=2024`);
    await map(page).waitFor();
    await expectTilesDrawn(page);
    expect(tileRequests.length).toBeGreaterThan(before);
    await expect.poll(() => areaPaths(page).count()).toBe(14);
    expect(await map(page).locator(".sv-map__attribution").textContent()).toBe(ATTRIBUTION);
    // The count per area stays on the map; the names do not.
    expect(await map(page).locator(".sv-map__figure").count()).toBe(14);
    expect(await label(page).count()).toBe(0);
    // Tab from the map to its first area: the area has focus and its name, rank and count show.
    await map(page).focus();
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => ({ tag: document.activeElement?.tagName, name: document.activeElement?.getAttribute("aria-label") ?? "" }));
    expect(focused.tag).toBe("path");
    expect(focused.name).toMatch(/^.+ – rang \d+, pågående processer: \d+$/);
    await expect.poll(() => label(page).textContent()).toBe(focused.name);
    expect(await label(page).isVisible()).toBe(true);
    await expectAccessible(page);
    await page.keyboard.press("Tab");
    await expect.poll(() => label(page).textContent()).not.toBe(focused.name);
    await context.close();
  });

  it("shows an imported area's and a process's names as text, never as markup", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();

    // The contact person registers a running process with a hostile name and its own boundary.
    await signIn(page, app.baseUrl, CONTACT_PERSON);
    await page.goto(`${app.baseUrl}/processer/ny`);
    await page.getByLabel("Processens namn").fill(HOSTILE_PROCESS);
    await page.getByLabel("Förvaltning").check();
    await page.getByLabel("Vem driver processen?").fill("Fastighets- och gatukontoret");
    await page.getByLabel("Barn och unga").check();
    await page.getByLabel("Egen avgränsning som GeoJSON (frivilligt)").fill(JSON.stringify(PROCESS_BOUNDARY));
    await page.getByLabel("Startdatum").fill("2024-01-01");
    await page.getByLabel("Pågående", { exact: true }).check();
    await page.getByRole("button", { name: "Registrera processen" }).click();
    await page.waitForURL(/sparad=1/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(HOSTILE_PROCESS);
    await context.clearCookies();

    // The analyst imports a new version of Husie under a hostile name.
    await signIn(page, app.baseUrl, ANALYST);
    await page.goto(`${app.baseUrl}/omraden/import`);
    const areas = { type: "FeatureCollection", features: [{ type: "Feature", properties: { kod: "GESO-06", namn: HOSTILE_AREA }, geometry: { type: "Polygon", coordinates: HUSIE } }] };
    await page.locator("#field-file").setInputFiles({ name: "omraden.geojson", mimeType: "application/geo+json", buffer: Buffer.from(JSON.stringify(areas)) });
    await page.getByLabel("Gäller från").fill(yesterday());
    await page.getByLabel("Källa").fill("Test av etiketter");
    await page.getByRole("button", { name: "Importera områden" }).click();
    await page.waitForURL(/importerade=1/);

    // The equity map of this year: the hostile area's name on focus, the process's on hover.
    await page.goto(`${app.baseUrl}/fordelning?ar=${new Date().getFullYear()}`);
    await expect.poll(() => areaPaths(page).count()).toBe(14);
    const hostileArea = page.getByRole("img", { name: HOSTILE_AREA });
    expect(await hostileArea.count()).toBe(1);
    await hostileArea.focus();
    await expect.poll(() => label(page).textContent()).toMatch(/ – ingen rang, pågående processer: \d+$/);
    expect((await label(page).textContent())!.startsWith(HOSTILE_AREA)).toBe(true);
    await expectNoElementsFromLabels(page);
    await expectAccessible(page);
    await hostileArea.blur();
    await expect.poll(() => label(page).count()).toBe(0);
    // Hover each process outline (dashed, not filled) on its left edge until the hostile one names itself.
    // The outlines come from /fordelning/processer.geojson once the map is drawn.
    const outlines = map(page).locator('path[stroke="#e3a200"]');
    await expect.poll(() => outlines.count()).toBeGreaterThan(0);
    const names: string[] = [];
    const areaLabel = / – (ingen rang|rang \d+), pågående processer: \d+$/;
    for (let i = 0; i < (await outlines.count()); i++) {
      const box = (await outlines.nth(i).boundingBox())!;
      // A 2 px line dashed 4–3: try points down its left edge until one is on a dash, not the area under it.
      for (let d = 0; d < 8; d++) {
        await page.mouse.move(box.x, box.y + box.height / 2 + d);
        await expect.poll(() => label(page).count()).toBe(1);
        const text = (await label(page).textContent()) ?? "";
        await page.mouse.move(0, 0);
        if (!areaLabel.test(text)) {
          names.push(text);
          break;
        }
      }
    }
    expect(names, JSON.stringify(names)).toContain(HOSTILE_PROCESS);
    await expectNoElementsFromLabels(page);
    await context.clearCookies();

    // The applicant's area step: the list names the area in text; its focus shows it on the map.
    await signIn(page, app.baseUrl, APPLICANT);
    await startApplication(page, app.baseUrl, "Etiketter som text");
    await expect.poll(() => areaPaths(page).count()).toBe(14);
    const checkbox = page.getByLabel(HOSTILE_AREA, { exact: true });
    await checkbox.focus();
    await expect.poll(() => label(page).textContent()).toBe(HOSTILE_AREA);
    await expectNoElementsFromLabels(page);
    // The area with focus in the list is outlined on the map; hovering it names it too.
    const outlined = await areaPaths(page).evaluateAll((paths) => paths.flatMap((p, i) => (p.getAttribute("stroke-width") === "4" ? [i] : [])));
    expect(outlined).toHaveLength(1);
    await checkbox.blur();
    await expect.poll(() => label(page).count()).toBe(0);
    await areaPaths(page).nth(outlined[0]!).hover();
    await expect.poll(() => label(page).textContent()).toBe(HOSTILE_AREA);
    await expectNoElementsFromLabels(page);
    // Ticking an area fills it on the map.
    await checkbox.check();
    await page.mouse.move(0, 0);
    await expect.poll(() => map(page).locator('path.sv-map__area[fill="#0062ba"]').count()).toBe(1);
    await expectAccessible(page);
    await context.close();
  });
});

describe("maps without a base map", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("draw the city's areas as the background and fetch nothing from elsewhere", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(sharedBaseUrl)) foreign.push(r.url());
    });
    await signIn(page, sharedBaseUrl, APPLICANT);
    await startApplication(page, sharedBaseUrl, "Utan bakgrundskarta");
    // The shared server's areas: the demo's 14, and any another test file has imported (a sub-area).
    await expect.poll(() => areaPaths(page).count()).toBeGreaterThanOrEqual(14);
    expect(await areaPaths(page).first().getAttribute("fill-opacity")).toBe("0.35");
    expect(await map(page).locator("img.leaflet-tile").count()).toBe(0);
    expect(await map(page).locator(".sv-map__attribution, .leaflet-control-attribution").count()).toBe(0);
    // The list beside the map names an area on the map while it has focus.
    await page.getByLabel("Rosengård", { exact: true }).focus();
    await expect.poll(() => label(page).textContent()).toBe("Rosengård");
    await expectAccessible(page);
    expect(foreign.filter((u) => !u.startsWith("data:") && !u.startsWith("blob:"))).toEqual([]);
    await context.close();
  });
});
