import { describe, expect, it } from "vitest";
import { actorKey, checkMeetingTime, dedupeActors, invitationAddresses, type NetworkActorEntry } from "./network.ts";

const entry = (over: Partial<NetworkActorEntry>): NetworkActorEntry => ({
  processActorId: "pa",
  caseId: "c1",
  name: "Föreningen Gården",
  type: "forening",
  organisationId: null,
  orgNumber: null,
  contactName: null,
  email: null,
  phone: null,
  ...over,
});

describe("which mapped actors are the same actor", () => {
  it("is the registered organisation first, then the organisation number, then the name", () => {
    expect(actorKey(entry({ organisationId: "o1", orgNumber: "802400-1234" }))).toBe("org:o1");
    expect(actorKey(entry({ orgNumber: "16 802400-1234" }))).toBe("nr:8024001234");
    expect(actorKey(entry({ name: "  Föreningen  GÅRDEN. " }))).toBe("namn:föreningen gården");
  });

  it("merges the same organisation across processes, with each process and contact once", () => {
    const actors = dedupeActors([
      entry({ processActorId: "a", caseId: "c1", organisationId: "o1", email: "anna@garden.test", contactName: "Anna" }),
      entry({ processActorId: "b", caseId: "c2", organisationId: "o1", name: "Gården (föreningen)", email: "info@garden.test" }),
      entry({ processActorId: "c", caseId: "c2", name: "Fastighets AB Sofia", type: "fastighetsagare" }),
    ]);
    expect(actors.map((a) => [a.name, a.caseIds])).toEqual([
      ["Fastighets AB Sofia", ["c2"]],
      ["Föreningen Gården", ["c1", "c2"]],
    ]);
    expect(actors[1]!.contacts.map((c) => c.email)).toEqual(["anna@garden.test", "info@garden.test"]);
  });

  it("leads an entry known only by number or name to the organisation's actor", () => {
    const actors = dedupeActors([
      entry({ processActorId: "a", caseId: "c1", organisationId: "o1", orgNumber: "802400-1234" }),
      entry({ processActorId: "b", caseId: "c2", orgNumber: "8024001234", name: "Annat namn" }),
      entry({ processActorId: "c", caseId: "c3", name: "föreningen gården" }),
    ]);
    expect(actors).toHaveLength(1);
    expect(actors[0]!.caseIds).toEqual(["c1", "c2", "c3"]);
  });

  it("keeps different actors with different names apart", () => {
    expect(dedupeActors([entry({ name: "A" }), entry({ name: "B" })])).toHaveLength(2);
  });
});

describe("a network meeting", () => {
  it("ends after it starts and lasts at most a day", () => {
    const at = new Date("2026-12-10T16:00:00Z");
    expect(checkMeetingTime(at, new Date("2026-12-10T18:00:00Z"))).toBeNull();
    expect(checkMeetingTime(at, at)).toBe("endsBeforeStart");
    expect(checkMeetingTime(at, new Date("2026-12-12T18:00:00Z"))).toBe("tooLong");
  });

  it("invites each address once, skipping actors without one", () => {
    expect(
      invitationAddresses([
        { email: "Anna@Garden.test", name: "Gården", processActorId: "a" },
        { email: "anna@garden.test", name: "Gården", processActorId: "b" },
        { email: null, name: "Sofia", processActorId: "c" },
        { email: " ", name: "X", processActorId: "d" },
      ]),
    ).toEqual([{ email: "Anna@Garden.test", name: "Gården", processActorId: "a" }]);
  });
});
