/**
 * Residents' viewpoints (issue 11) through the use cases against a real database: the public
 * form takes a viewpoint only for an open activity (closed by date, a process not in its
 * samarbetsfas, an unknown address), once per form, and refuses links and repeats; the group
 * lists, enters, imports (all rows or none), hides, shows and redacts (the original text kept
 * nowhere, the audit log included); an applicant of another organisation and staff of another
 * committee can do none of it, and a closed process is read-only. Behind the real edge: the
 * public form's limit per client address, and the group's page asks an anonymous visitor to
 * sign in.
 */
import { randomUUID } from "node:crypto";
import pino from "pino";
import type { RouterContextProvider } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { argon2idHasher } from "#src/adapters/crypto/argon2-hasher.ts";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { csvTableReader } from "#src/adapters/files/csv-table.ts";
import { PublicViewpoints, ViewpointService, type ViewpointCsvNames } from "#src/application/dialogue/index.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import { action as publicAction, loader as publicLoader } from "#src/web/app/routes/dialogue/public-viewpoint.tsx";
import { loader as listLoader } from "#src/web/app/routes/dialogue/viewpoints.tsx";
import { csrfTokenFor } from "#src/web/edge/csrf.ts";
import { createHttpApp } from "#src/web/edge/http-app.ts";
import { createServices, keepInOutbox } from "#src/web/server/services.ts";
import { DEMO_ACTIVITY_SLUG, loadViewpointDemoDataIfActivity } from "#src/adapters/db/demo/viewpoints.ts";
import { FakeClock, Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

const NOW = new Date("2026-11-23T09:00:00Z");

/** The words a file may use, as the import page gives them from the catalogues. */
const NAMES: ViewpointCsvNames = {
  columns: { text: ["Synpunkt"], activity: ["Dialogaktivitet"], ageBand: ["Ålder"], sex: ["Kön"], relations: ["Anknytning"], language: ["Språk"] },
  ageBand: { "0_12": ["12 år eller yngre"], "13_19": ["13–19 år"], "20_29": ["20–29 år"], "30_49": ["30–49 år"], "50_64": ["50–64 år"], "65_": ["65 år eller äldre"] },
  sex: { kvinna: ["Kvinna"], man: ["Man"], annat: ["Annat"] },
  relations: { bor: ["Jag bor här", "bor"], arbetar: ["Jag arbetar här", "arbetar"], besoker: ["Jag besöker området", "besöker"] },
  languages: { sv: ["Svenska"], en: ["Engelska"] },
};

describe("residents' viewpoints", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let publicForm: PublicViewpoints;
  let sut: ViewpointService;

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    const uow = new KyselyUnitOfWork(handle.db);
    const clock = new FakeClock(NOW);
    publicForm = new PublicViewpoints({ uow, clock });
    sut = new ViewpointService({ uow, clock, tables: csvTableReader });
  });
  afterAll(async () => handle?.close());

  let slugs = 0;
  /** A running process with its people and one dialogue activity. */
  async function process(phase: Phase = "samarbete", activity: { consultationEndsOn?: string | null; title?: string } = {}) {
    const org = await fx.organisation();
    const caseId = await fx.caseFor(org, { phase, title: "Parkstråket" });
    await handle.db.updateTable("collaboration_case").set({ status: phase === "avslutad" ? "avslutat" : "beslutat" }).where("id", "=", caseId).execute();
    const slug = `lekplats${String(++slugs).padStart(4, "0")}${randomUUID().slice(0, 4)}`;
    const row = await handle.db
      .insertInto("dialogue_activity")
      .values({ case_id: caseId, title: activity.title ?? "Pop-up vid lekplatsen", activity_type: "popup", starts_at: new Date("2026-11-20T14:00:00Z"), ends_at: new Date("2026-11-20T17:00:00Z"), place_address: "Rosengårdsstråket 12", public_slug: slug, consultation_ends_on: activity.consultationEndsOn ?? null })
      .returning("id")
      .executeTakeFirstOrThrow();
    return {
      caseId,
      slug,
      activityId: row.id,
      contact: await fx.staffFor("kontaktperson", caseId),
      applicant: await fx.user("aktor", org),
      otherApplicant: await fx.user("aktor"),
      otherCommittee: await fx.user("kontaktperson", undefined, undefined, { committees: [await fx.committee()] }),
    };
  }
  const stored = (caseId: string) => handle.db.selectFrom("viewpoint").selectAll().where("case_id", "=", caseId).orderBy("received_at").execute();
  const give = (slug: string, body: string, extra: Record<string, unknown> = {}) => publicForm.submit(slug, { submissionKey: randomUUID(), body, ...extra });

  describe("the public form", () => {
    it("shows an open activity with its process and committee, and nothing for an address that names none", async () => {
      const p = await process();
      const page = await publicForm.page(p.slug);
      expect(page).toMatchObject({ window: { open: true }, activity: { title: "Pop-up vid lekplatsen", caseTitle: "Parkstråket", placeAddress: "Rosengårdsstråket 12", consultationEndsOn: null } });
      expect(page!.activity.committeeName.sv).toMatch(/^Nämnd /);
      expect(await publicForm.page("finnsinte0000")).toBeUndefined();
      expect(await publicForm.page("../../etc")).toBeUndefined();
    });

    it("takes an anonymous viewpoint with its optional answers, and keeps nothing else about the person", async () => {
      const p = await process();
      const given = await give(p.slug, "Lekplatsen behöver fler gungor och skugga.", { ageBand: "0_12", sex: "", relations: ["bor", "besoker"] });
      expect(given).toMatchObject({ ok: true, value: { created: true } });
      const [row] = await stored(p.caseId);
      expect(row).toMatchObject({ activity_id: p.activityId, body: "Lekplatsen behöver fler gungor och skugga.", source: "formular", age_band: "0_12", sex: null, relations: ["bor", "besoker"], entered_by: null });
      const audit = await handle.db.selectFrom("audit_event").select(["action", "actor_label", "actor_user_id", "ip"]).where("entity_id", "=", row!.id).execute();
      expect(audit).toEqual([{ action: "viewpoint.submit", actor_label: "anonym", actor_user_id: null, ip: null }]);
    });

    it("stores one viewpoint for a form sent twice", async () => {
      const p = await process();
      const key = randomUUID();
      const first = await publicForm.submit(p.slug, { submissionKey: key, body: "Mer belysning längs gångvägen mot skolan." });
      const again = await publicForm.submit(p.slug, { submissionKey: key, body: "Mer belysning längs gångvägen mot skolan." });
      expect(first).toMatchObject({ ok: true, value: { created: true } });
      expect(again).toEqual({ ok: true, value: { id: first.ok ? first.value.id : "", created: false } });
      expect(await stored(p.caseId)).toHaveLength(1);
    });

    it("takes viewpoints through the last day, and refuses them after it, outside the samarbetsfas and for an unknown address", async () => {
      const lastDay = await process("samarbete", { consultationEndsOn: "2026-11-23" });
      expect((await give(lastDay.slug, "Sista dagen, men i tid.")).ok).toBe(true);

      const ended = await process("samarbete", { consultationEndsOn: "2026-11-22" });
      expect(await publicForm.page(ended.slug)).toMatchObject({ window: { open: false, why: "ended" }, activity: { consultationEndsOn: "2026-11-22" } });
      expect(await give(ended.slug, "För sent.")).toEqual({ ok: false, error: "closed" });

      const executing = await process("utforande");
      expect(await publicForm.page(executing.slug)).toMatchObject({ window: { open: false, why: "phase" } });
      expect(await give(executing.slug, "Processen har gått vidare.")).toEqual({ ok: false, error: "closed" });

      expect(await give("finnsinte0000", "Ingen aktivitet.")).toEqual({ ok: false, error: "not_found" });
      expect(await stored(ended.caseId)).toHaveLength(0);
      expect(await stored(executing.caseId)).toHaveLength(0);
    });

    it("refuses a text full of links and the same text again on the activity, and what it cannot read", async () => {
      const p = await process();
      expect(await give(p.slug, "Köp här https://a.example https://b.example https://c.example")).toEqual({ ok: false, error: "too_many_links" });
      expect((await give(p.slug, "Gångvägen mot skolan är mörk och otrygg på kvällarna.")).ok).toBe(true);
      expect(await give(p.slug, "gångvägen mot skolan är MÖRK och otrygg på kvällarna")).toEqual({ ok: false, error: "repeat" });
      expect((await give(p.slug, "Mer belysning!")).ok).toBe(true);
      expect((await give(p.slug, "Mer belysning!")).ok).toBe(true);
      expect(await give(p.slug, "x".repeat(2_001))).toMatchObject({ ok: false, error: "invalid", detail: { body: "vp.error.bodyTooLong" } });
      expect(await give(p.slug, "  ")).toMatchObject({ ok: false, error: "invalid", detail: { body: "vp.error.body" } });
      expect(await give(p.slug, "Bra", { ageBand: "100_" })).toMatchObject({ ok: false, error: "invalid", detail: { ageBand: "vp.error.ageBand" } });
      expect(await stored(p.caseId)).toHaveLength(3);
    });
  });

  describe("the group's work", () => {
    it("lets the contact person and the applicant group list, enter, hide, show and redact, each audited", async () => {
      const p = await process();
      await give(p.slug, "Min granne Kalle Svensson på nummer 14 spelar hög musik. Bättre ljudisolering vid lekplatsen!");
      const added = await sut.add(p.applicant, p.caseId, { submissionKey: randomUUID(), body: "Från vandringen: fler papperskorgar vid busshållplatsen.", activityId: p.activityId, ageBand: "65_", relations: "bor" });
      expect(added.ok).toBe(true);

      const list = await sut.list(p.contact, p.caseId);
      expect(list).toMatchObject({ caseTitle: "Parkstråket", mayChange: true, activities: [{ id: p.activityId }], viewpoints: { total: 2 } });
      // Both came in at the same moment (the test's clock stands still).
      expect(list!.viewpoints.items.find((v) => v.source === "manuell")).toMatchObject({ ageBand: "65_", relations: ["bor"], enteredByName: p.applicant.name, activityTitle: "Pop-up vid lekplatsen" });
      const formId = list!.viewpoints.items.find((v) => v.source === "formular")!.id;

      expect(await sut.moderate(p.contact, p.caseId, formId, { intent: "hide", reason: "  " })).toMatchObject({ ok: false, error: "invalid", detail: { reason: "vp.error.reason" } });
      expect(await sut.moderate(p.contact, p.caseId, formId, { intent: "hide", reason: "Pekar ut en granne." })).toEqual({ ok: true, value: undefined });
      expect((await sut.get(p.applicant, p.caseId, formId))!.viewpoint.hidden).toMatchObject({ reason: "Pekar ut en granne.", byName: p.contact.name });
      expect(await sut.moderate(p.applicant, p.caseId, formId, { intent: "show" })).toEqual({ ok: true, value: undefined });
      expect((await sut.get(p.contact, p.caseId, formId))!.viewpoint.hidden).toBeNull();

      const redacted = "Min granne [namn borttaget] spelar hög musik. Bättre ljudisolering vid lekplatsen!";
      expect(await sut.moderate(p.applicant, p.caseId, formId, { intent: "redact", body: redacted, reason: "En grannes namn och adress togs bort." })).toEqual({ ok: true, value: undefined });
      const after = (await sut.get(p.contact, p.caseId, formId))!.viewpoint;
      expect(after).toMatchObject({ body: redacted, redacted: { reason: "En grannes namn och adress togs bort.", byName: p.applicant.name } });

      const audit = await handle.db.selectFrom("audit_event").select(["action", "after", "before"]).where("entity_id", "=", formId).orderBy("id").execute();
      expect(audit.map((a) => a.action)).toEqual(["viewpoint.submit", "viewpoint.hide", "viewpoint.show", "viewpoint.redact"]);
      // The original text is nowhere: not in the viewpoint, not in any audit entry.
      expect(JSON.stringify(await stored(p.caseId))).not.toContain("Kalle Svensson");
      const everything = await handle.db.selectFrom("audit_event").select(["before", "after"]).execute();
      expect(JSON.stringify(everything)).not.toContain("Kalle Svensson");
    });

    it("filters by activity and pages on the server", async () => {
      const p = await process();
      const other = await handle.db.insertInto("dialogue_activity").values({ case_id: p.caseId, title: "Trygghetsvandring", activity_type: "vandring", starts_at: new Date("2026-11-21T17:00:00Z"), ends_at: new Date("2026-11-21T19:00:00Z"), public_slug: `vandring${randomUUID().slice(0, 8)}` }).returning("id").executeTakeFirstOrThrow();
      await handle.db
        .insertInto("viewpoint")
        .values(Array.from({ length: 55 }, (_, i) => ({ case_id: p.caseId, activity_id: i < 52 ? p.activityId : other.id, body: `Synpunkt nummer ${i}`, source: "import" as const, received_at: new Date(NOW.getTime() - i * 60_000) })))
        .execute();
      expect(await sut.list(p.contact, p.caseId, { page: 2 })).toMatchObject({ viewpoints: { total: 55, page: 2, pageCount: 2 } });
      expect((await sut.list(p.contact, p.caseId, { page: 2 }))!.viewpoints.items).toHaveLength(5);
      expect(await sut.list(p.contact, p.caseId, { activityId: other.id })).toMatchObject({ activityId: other.id, viewpoints: { total: 3 } });
      // An activity of another process is no filter at all.
      const elsewhere = await process();
      expect(await sut.list(p.contact, p.caseId, { activityId: elsewhere.activityId })).toMatchObject({ activityId: null, viewpoints: { total: 55 } });
    });

    it("imports a file all rows or none, with a report by row and column, and the same file once", async () => {
      const p = await process();
      const key = randomUUID();
      const bad = "Synpunkt;Dialogaktivitet;Ålder;Kön;Anknytning\nFler bänkar;Pop-up vid lekplatsen;30–49 år;Kvinna;bor, arbetar\n;Okänd aktivitet;140 år;;simmar\n";
      const refused = await sut.importCsv(p.contact, p.caseId, bad, NAMES, key);
      expect(refused).toEqual({
        ok: false,
        error: "invalid",
        problems: [
          { line: 3, column: "text", error: "required" },
          { line: 3, column: "activity", error: "unknown_activity", detail: "Okänd aktivitet" },
          { line: 3, column: "ageBand", error: "unknown_age_band", detail: "140 år" },
          { line: 3, column: "relations", error: "unknown_relation", detail: "simmar" },
        ],
      });
      expect(await stored(p.caseId)).toHaveLength(0);
      expect(await sut.importCsv(p.contact, p.caseId, "Text\nHej\n", NAMES, key)).toEqual({ ok: false, error: "invalid", problems: [{ line: 1, column: "text", error: "missing_column" }] });

      const good = "synpunkt,alder,kon,anknytning\nFler bänkar vid lekplatsen,30_49,kvinna,bor\nMer grönska,65 år eller äldre,,\"Jag besöker området, arbetar\"\n";
      expect(await sut.importCsv(p.applicant, p.caseId, good, NAMES, key)).toEqual({ ok: true, value: { imported: 2, again: false } });
      expect(await sut.importCsv(p.applicant, p.caseId, good, NAMES, key)).toEqual({ ok: true, value: { imported: 0, again: true } });
      const rows = (await stored(p.caseId)).sort((a, b) => a.body.localeCompare(b.body, "sv"));
      expect(rows.map((r) => [r.body, r.source, r.age_band, r.sex, r.relations, r.entered_by])).toEqual([
        ["Fler bänkar vid lekplatsen", "import", "30_49", "kvinna", ["bor"], p.applicant.userId],
        ["Mer grönska", "import", "65_", null, ["arbetar", "besoker"], p.applicant.userId],
      ]);
      const audit = await handle.db.selectFrom("audit_event").select(["action", "after"]).where("entity_id", "=", p.caseId).where("action", "=", "viewpoint.import").execute();
      expect(audit).toEqual([{ action: "viewpoint.import", after: { rows: 2 } }]);
    });

    it("lets an applicant of another organisation and staff of another committee do nothing, as if the process did not exist", async () => {
      const p = await process();
      await give(p.slug, "En synpunkt om gräsytorna.");
      const [row] = await stored(p.caseId);
      for (const who of [p.otherApplicant, p.otherCommittee]) {
        expect(await sut.list(who, p.caseId)).toBeUndefined();
        expect(await sut.get(who, p.caseId, row!.id)).toBeUndefined();
        expect(await sut.entryForm(who, p.caseId)).toBeUndefined();
        expect(await sut.add(who, p.caseId, { submissionKey: randomUUID(), body: "Försök" })).toEqual({ ok: false, error: "not_found" });
        expect(await sut.moderate(who, p.caseId, row!.id, { intent: "hide", reason: "Försök" })).toEqual({ ok: false, error: "not_found" });
        expect(await sut.moderate(who, p.caseId, row!.id, { intent: "redact", body: "Ändrad", reason: "Försök" })).toEqual({ ok: false, error: "not_found" });
        expect(await sut.importCsv(who, p.caseId, "Synpunkt\nFörsök\n", NAMES, randomUUID())).toEqual({ ok: false, error: "not_found" });
      }
      // A viewpoint of another process is not found through this one, nor a guessed id.
      const other = await process();
      expect(await sut.moderate(other.contact, other.caseId, row!.id, { intent: "hide", reason: "Fel process" })).toEqual({ ok: false, error: "not_found" });
      expect(await sut.get(p.contact, p.caseId, "not-an-id")).toBeUndefined();
      const [after] = await stored(p.caseId);
      expect(after).toMatchObject({ body: "En synpunkt om gräsytorna.", hidden_at: null, redacted_at: null });
      expect(await stored(p.caseId)).toHaveLength(1);
    });

    it("has no viewpoints before the samarbetsfas, and keeps a closed process's read-only", async () => {
      const early = await process("initiering");
      expect(await sut.list(early.contact, early.caseId)).toBeUndefined();

      const closed = await process("avslutad");
      await handle.db.insertInto("viewpoint").values({ case_id: closed.caseId, activity_id: closed.activityId, body: "Från förra året.", source: "formular" }).execute();
      const [row] = await stored(closed.caseId);
      expect(await sut.list(closed.applicant, closed.caseId)).toMatchObject({ mayChange: false, viewpoints: { total: 1 } });
      expect(await sut.entryForm(closed.contact, closed.caseId)).toBeUndefined();
      expect(await sut.add(closed.contact, closed.caseId, { submissionKey: randomUUID(), body: "Sent" })).toEqual({ ok: false, error: "closed" });
      expect(await sut.moderate(closed.contact, closed.caseId, row!.id, { intent: "hide", reason: "Sent" })).toEqual({ ok: false, error: "closed" });
      expect(await sut.importCsv(closed.contact, closed.caseId, "Synpunkt\nSent\n", NAMES, randomUUID())).toEqual({ ok: false, error: "closed" });
    });
  });

  it("loads the demo viewpoints on the demo activity once, when the demo set has one", async () => {
    await loadViewpointDemoDataIfActivity(handle.db);
    const p = await process();
    await handle.db.updateTable("dialogue_activity").set({ public_slug: DEMO_ACTIVITY_SLUG }).where("id", "=", p.activityId).execute();
    await loadViewpointDemoDataIfActivity(handle.db);
    await loadViewpointDemoDataIfActivity(handle.db);
    const rows = await stored(p.caseId);
    expect(rows.length).toBeGreaterThanOrEqual(25);
    expect(new Set(rows.map((r) => r.source))).toEqual(new Set(["formular", "manuell", "import"]));
    expect(rows.filter((r) => r.age_band === "0_12" || r.age_band === "13_19").length).toBeGreaterThan(3);
  });

  describe("behind the edge", () => {
    function site(opts: { perIp?: number } = {}) {
      const services = createServices({ db: handle.db, hasher: argon2idHasher, transport: keepInOutbox, publicUrl: "http://samverka.test", clock: new FakeClock(NOW), contactMinFillSeconds: 0, viewpointsPerIp: opts.perIp ?? 100 });
      const app = createHttpApp({
        services,
        csrfSecret: "a-test-secret-that-is-long-enough-0123456789",
        log: pino({ level: "silent" }),
        isReady: async () => true,
        trustProxy: 1,
        publicUrlIsHttps: false,
        async handleRequest(request: Request, context: RouterContextProvider) {
          const path = new URL(request.url).pathname;
          const slug = /^\/synpunkt\/([^/]+)$/.exec(path)?.[1];
          const caseId = /^\/arenden\/([^/]+)\/process\/synpunkter$/.exec(path)?.[1];
          const args = { request, context, params: { slug, caseId } } as never;
          try {
            const result = slug ? (request.method === "POST" ? await publicAction(args) : await publicLoader(args)) : await listLoader(args);
            return result instanceof Response ? result : Response.json(result);
          } catch (thrown) {
            if (thrown instanceof Response) return thrown;
            throw thrown;
          }
        },
      });
      const tokenFor = (cookie: string) => csrfTokenFor("a-test-secret-that-is-long-enough-0123456789", `b:${/samverka_bid=([^;]+)/.exec(cookie)![1]!}`);
      return {
        app,
        /** Opens the activity's page (as a browser at `ip`) and sends a viewpoint. */
        async send(slug: string, body: string, ip: string) {
          const page = await app.request(`http://samverka.test/synpunkt/${slug}`, { headers: { "x-forwarded-for": ip } });
          const cookie = page.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
          const shown = (await page.json()) as { submissionKey: string; started: string };
          const form = new URLSearchParams({ _csrf: tokenFor(cookie), submission_key: shown.submissionKey, started: shown.started, webbplats: "", body });
          return app.request(`http://samverka.test/synpunkt/${slug}`, { method: "POST", headers: { cookie, "x-forwarded-for": ip, "content-type": "application/x-www-form-urlencoded" }, body: form.toString() });
        },
      };
    }

    it("limits viewpoints per client address, keeping what was typed, and stores nothing refused", async () => {
      const p = await process();
      const form = site({ perIp: 2 });
      expect((await form.send(p.slug, "Första synpunkten om parken.", "198.51.100.7")).status).toBe(302);
      expect((await form.send(p.slug, "Andra synpunkten om parken.", "198.51.100.7")).status).toBe(302);
      const third = await form.send(p.slug, "Tredje synpunkten om parken.", "198.51.100.7");
      expect(await third.json()).toMatchObject({ errors: { form: "vp.error.rateLimited" }, values: { body: "Tredje synpunkten om parken." } });
      expect((await form.send(p.slug, "Från en annan anslutning.", "198.51.100.8")).status).toBe(302);
      expect((await stored(p.caseId)).map((r) => r.body).sort()).toEqual(["Andra synpunkten om parken.", "Från en annan anslutning.", "Första synpunkten om parken."]);
    });

    it("answers a filled-in trap field as sent, and stores nothing", async () => {
      const p = await process();
      const { app } = site();
      const page = await app.request(`http://samverka.test/synpunkt/${p.slug}`);
      const cookie = page.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
      const shown = (await page.json()) as { submissionKey: string; started: string };
      const token = csrfTokenFor("a-test-secret-that-is-long-enough-0123456789", `b:${/samverka_bid=([^;]+)/.exec(cookie)![1]!}`);
      const res = await app.request(`http://samverka.test/synpunkt/${p.slug}`, { method: "POST", headers: { cookie, "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ _csrf: token, submission_key: shown.submissionKey, started: shown.started, webbplats: "https://spam.example/", body: "Köp nu" }).toString() });
      expect(res.status).toBe(302);
      expect(res.headers.get("location")).toBe(`/synpunkt/${p.slug}?tack=1`);
      expect(await stored(p.caseId)).toHaveLength(0);
    });

    it("answers an unknown activity's address with 404, and sends an anonymous visitor of the group's page to sign in", async () => {
      const p = await process();
      const { app } = site();
      expect((await app.request("http://samverka.test/synpunkt/finnsinte0000")).status).toBe(404);
      const group = await app.request(`http://samverka.test/arenden/${p.caseId}/process/synpunkter`);
      expect(group.status).toBe(302);
      expect(group.headers.get("location")).toMatch(/^\/logga-in\?next=/);
    });
  });
});
