import { describe, expect, it } from "vitest";
import type { Actor } from "#src/domain/access/actor.ts";
import type { Role } from "#src/domain/roles.ts";
import type { CaseFilter } from "../cases/index.ts";
import { StartPage, type StartPageSources } from "./start-page.ts";

const actor = (role: Role): Actor => ({ userId: `u-${role}`, name: "Sara", email: "sara@malmo.test", role, organisationId: "o1", organisationName: "Malmö stad", committeeIds: [] });

/** Sources that record what was asked of them. */
function sources() {
  const asked: { cases: { filter: CaseFilter; pageSize: number | undefined }[]; areas: number; contactRequests: number } = { cases: [], areas: 0, contactRequests: 0 };
  const summary = { id: "c1" } as never;
  const s: StartPageSources = {
    cases: {
      page: async (_a, filter, opts) => {
        asked.cases.push({ filter, pageSize: opts.pageSize });
        return { items: [summary], total: 12, page: 1, pageCount: 2, pageSize: opts.pageSize ?? 50 } as never;
      },
    },
    areas: {
      areas: async () => {
        asked.areas++;
        return { ok: true as const, value: [1, 2, 3] };
      },
    },
    contactRequests: {
      countNew: async () => {
        asked.contactRequests++;
        return 4;
      },
    },
    setup: { progress: async (a) => (a.role === "administrator" ? ({ committees: 0 } as never) : null) },
  };
  return { s, asked };
}

describe("the start page, by role", () => {
  it("gives the contact person the queue of the first phases and the new contact requests", async () => {
    const { s, asked } = sources();
    const view = await new StartPage({ sources: s, processTypeCode: "samverkansstod" }).view(actor("kontaktperson"));
    expect(asked.cases).toEqual([{ filter: { phases: ["forsta_kontakt", "initiering"] }, pageSize: undefined }]);
    expect(view).toMatchObject({ newContactRequests: 4, areaCount: null, moreCases: true, setup: null, actor: { role: "kontaktperson", organisation: "Malmö stad" } });
  });

  it("gives the applicant their cases without a short page, and asks nothing of contact requests or areas", async () => {
    const { s, asked } = sources();
    const view = await new StartPage({ sources: s, processTypeCode: "samverkansstod" }).view(actor("aktor"));
    expect(asked).toEqual({ cases: [{ filter: {}, pageSize: undefined }], areas: 0, contactRequests: 0 });
    expect(view.newContactRequests).toBeNull();
  });

  it("gives the analyst the ten latest cases and the number of areas; an administrator what is left to set up", async () => {
    const { s, asked } = sources();
    const page = new StartPage({ sources: s, processTypeCode: "samverkansstod" });
    expect(await page.view(actor("analytiker"))).toMatchObject({ areaCount: 3, setup: null });
    expect(asked.cases[0]).toEqual({ filter: {}, pageSize: 10 });
    expect((await page.view(actor("administrator"))).setup).toEqual({ committees: 0 });
  });
});
