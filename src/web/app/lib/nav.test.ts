import { describe, expect, it } from "vitest";
import type { Actor } from "#src/domain/access/actor.ts";
import { ROLES, type Role } from "#src/domain/roles.ts";
import { ADMIN_NAV, NAV, navFor, type NavGroup } from "./nav.ts";

const actor = (role: Role): Actor => ({ userId: "u", name: "N", email: "n@x.test", role, organisationId: "o", organisationName: "O", committeeIds: [] });

/** The menu as text: "Label" for a link, "Group: a, b" for a group. */
const shape = (role: Role) => navFor(actor(role)).map((e) => (e.kind === "link" ? e.label : `${e.label}: ${e.items.map((i) => i.label).join(", ")}`));

describe("the main menu", () => {
  it("groups each role's pages so that at most six entries stand in a row", () => {
    for (const role of ROLES) expect(navFor(actor(role)).length, role).toBeLessThanOrEqual(6);
  });

  it("gives each role its pages, as the access policy allows", () => {
    expect(shape("aktor")).toEqual(["nav.start", "nav.cases", "nav.organisation", "nav.account"]);
    expect(shape("kontaktperson")).toEqual([
      "nav.start",
      "nav.group.cases: nav.casesAll, nav.handling, nav.contactRequests",
      "nav.group.coordination: nav.register, nav.parallel, nav.network, nav.commitments",
      "nav.group.analysis: nav.index, equity.nav, nav.areas, nav.lessons, nav.comparison, nav.yearlyReport",
      "nav.account",
    ]);
    expect(shape("handlaggare")).toEqual([
      "nav.start",
      "nav.group.cases: nav.casesAll, nav.handling, nav.contactRequests, nav.meetings",
      "nav.group.coordination: nav.register, nav.parallel, nav.network, nav.commitments",
      "nav.group.analysis: nav.index, equity.nav, nav.areas, nav.lessons, nav.comparison, nav.yearlyReport",
      "nav.account",
    ]);
    expect(shape("analytiker")).toEqual(["nav.start", "nav.cases", "nav.group.coordination: nav.register, nav.parallel, nav.commitments", "nav.group.analysis: nav.index, equity.nav, nav.areas, nav.lessons, nav.comparison, nav.yearlyReport", "nav.account"]);
    expect(shape("administrator")).toEqual([
      "nav.start",
      "nav.group.cases: nav.casesAll, nav.meetings",
      "nav.group.coordination: nav.register, nav.parallel, nav.commitments",
      "nav.group.analysis: nav.index, equity.nav, nav.areas, nav.lessons, nav.comparison, nav.yearlyReport",
      "nav.group.admin: nav.staff, nav.committees, nav.goals, nav.audit, nav.outbox, nav.jobs, nav.languages",
      "nav.account",
    ]);
  });

  it("takes new administration pages from one list", () => {
    const withCommittees = NAV.map((e) => ("group" in e && e.group === "administration" ? ({ ...e, items: [...ADMIN_NAV, { to: "/admin/nytt", label: "nav.users" as const, permission: { action: "users.manage" as const } }] } satisfies NavGroup) : e));
    const admin = navFor(actor("administrator"), withCommittees).find((e) => e.kind === "group" && e.group === "administration");
    expect(admin?.kind === "group" && admin.items.map((i) => i.to)).toEqual(["/admin/anvandare", "/admin/namnder", "/admin/mal", "/admin/granskningslogg", "/utkorg", "/admin/jobb", "/admin/sprak", "/admin/nytt"]);
  });
});
