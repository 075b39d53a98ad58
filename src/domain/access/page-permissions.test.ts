import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../roles.ts";
import type { Actor } from "./actor.ts";
import { can } from "./policy.ts";

const actor = (role: Role): Actor => ({ userId: "u", name: "N", email: "n@x.test", role, organisationId: "o", organisationName: "O", committeeIds: [] });
const who = (action: "handling.inbox" | "organisation.manage") => ROLES.filter((r) => can(actor(r), { action }));

describe("permissions of pages that had only role checks", () => {
  it("the handling inbox is for contact persons and case officers", () => {
    expect(who("handling.inbox")).toEqual(["kontaktperson", "handlaggare"]);
  });

  it("one's own organisation page is for applicants", () => {
    expect(who("organisation.manage")).toEqual(["aktor"]);
  });
});
