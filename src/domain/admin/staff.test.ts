import { describe, expect, it } from "vitest";
import { administratorChangeAllowed, needsACommittee } from "./staff.ts";

// The staff form's shape and lengths are read by the staff schema (src/application/admin/schemas.test.ts).
describe("needsACommittee", () => {
  it("asks contact persons and case officers for a committee, not analysts or administrators", () => {
    expect(needsACommittee("kontaktperson")).toBe(true);
    expect(needsACommittee("handlaggare")).toBe(true);
    expect(needsACommittee("analytiker")).toBe(false);
    expect(needsACommittee("administrator")).toBe(false);
  });
});

describe("administratorChangeAllowed", () => {
  const base = { actingUserId: "me", targetUserId: "other", targetRole: "administrator" as const, targetActive: true, newRole: "administrator" as const, newActive: true, activeAdministrators: 2 };

  it("keeps the last active administrator", () => {
    expect(administratorChangeAllowed({ ...base, newActive: false, activeAdministrators: 1 })).toBe("last_administrator");
    expect(administratorChangeAllowed({ ...base, newRole: "handlaggare", activeAdministrators: 1 })).toBe("last_administrator");
    expect(administratorChangeAllowed({ ...base, newActive: false, activeAdministrators: 2 })).toBeNull();
  });

  it("lets nobody deactivate or demote themselves", () => {
    expect(administratorChangeAllowed({ ...base, targetUserId: "me", newActive: false })).toBe("not_yourself");
    expect(administratorChangeAllowed({ ...base, targetUserId: "me", newRole: "analytiker" })).toBe("not_yourself");
    expect(administratorChangeAllowed({ ...base, targetUserId: "me" })).toBeNull();
  });

  it("lets other accounts change freely", () => {
    expect(administratorChangeAllowed({ ...base, targetRole: "handlaggare", newRole: "handlaggare", newActive: false, activeAdministrators: 1 })).toBeNull();
    expect(administratorChangeAllowed({ ...base, targetActive: false, newActive: true, activeAdministrators: 1 })).toBeNull();
  });
});
