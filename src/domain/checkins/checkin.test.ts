import { describe, expect, it } from "vitest";
import { actionReminderHorizon, actionState, checkinReminderHorizon, checkinRights, CHECKIN_LIMITS, mayMarkDone, mayReschedule, occurrenceDates, reminderOccasions, type ActionReminderFacts, type CheckinReminderFacts } from "./checkin.ts";

describe("the schedule of check-ins", () => {
  it("is one date when it does not repeat", () => {
    expect(occurrenceDates({ firstDate: "2026-12-03", repeat: "ingen", everyWeeks: null, until: null })).toEqual({ ok: true, value: ["2026-12-03"] });
  });

  it("repeats every N weeks up to and including the last day", () => {
    expect(occurrenceDates({ firstDate: "2026-12-03", repeat: "veckor", everyWeeks: 2, until: "2027-01-14" })).toEqual({ ok: true, value: ["2026-12-03", "2026-12-17", "2026-12-31", "2027-01-14"] });
    expect(occurrenceDates({ firstDate: "2026-12-03", repeat: "veckor", everyWeeks: 1, until: "2026-12-16" })).toEqual({ ok: true, value: ["2026-12-03", "2026-12-10"] });
  });

  it("repeats monthly on the same day, or on the month's last day when it is shorter", () => {
    expect(occurrenceDates({ firstDate: "2027-01-31", repeat: "manad", everyWeeks: null, until: "2027-05-31" })).toEqual({ ok: true, value: ["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31"] });
    expect(occurrenceDates({ firstDate: "2026-11-15", repeat: "manad", everyWeeks: null, until: "2027-02-14" })).toEqual({ ok: true, value: ["2026-11-15", "2026-12-15", "2027-01-15"] });
  });

  it("counts the leap day in a leap year", () => {
    expect(occurrenceDates({ firstDate: "2028-01-30", repeat: "manad", everyWeeks: null, until: "2028-03-01" })).toEqual({ ok: true, value: ["2028-01-30", "2028-02-29"] });
  });

  it("refuses a repeating schedule without an end, with its end before its start, or with an impossible gap", () => {
    expect(occurrenceDates({ firstDate: "2026-12-03", repeat: "veckor", everyWeeks: 2, until: null })).toEqual({ ok: false, error: "untilMissing" });
    expect(occurrenceDates({ firstDate: "2026-12-03", repeat: "manad", everyWeeks: null, until: "2026-12-01" })).toEqual({ ok: false, error: "untilBeforeStart" });
    expect(occurrenceDates({ firstDate: "2026-12-03", repeat: "veckor", everyWeeks: 0, until: "2027-12-01" })).toEqual({ ok: false, error: "everyWeeks" });
    expect(occurrenceDates({ firstDate: "2026-12-03", repeat: "veckor", everyWeeks: 13, until: "2027-12-01" })).toEqual({ ok: false, error: "everyWeeks" });
    expect(occurrenceDates({ firstDate: "2026-02-30", repeat: "ingen", everyWeeks: null, until: null })).toEqual({ ok: false, error: "date" });
  });

  it("makes at most the limit of check-ins, and says so rather than cutting the schedule short", () => {
    const weekly = occurrenceDates({ firstDate: "2026-12-03", repeat: "veckor", everyWeeks: 1, until: "2027-05-27" });
    expect(weekly.ok && weekly.value.length).toBe(CHECKIN_LIMITS.occurrencesMax);
    expect(occurrenceDates({ firstDate: "2026-12-03", repeat: "veckor", everyWeeks: 1, until: "2027-06-03" })).toEqual({ ok: false, error: "tooMany" });
  });
});

describe("who may do what with check-ins", () => {
  it("lets the city's side lead and everyone who works in the process add to the agenda, while the process runs", () => {
    expect(checkinRights({ works: true, cityStaff: true, phase: "utforande" })).toEqual({ lead: true, addAgenda: true });
    expect(checkinRights({ works: true, cityStaff: false, phase: "resultat" })).toEqual({ lead: false, addAgenda: true });
    expect(checkinRights({ works: false, cityStaff: false, phase: "utforande" })).toEqual({ lead: false, addAgenda: false });
    expect(checkinRights({ works: true, cityStaff: true, phase: "avslutad" })).toEqual({ lead: false, addAgenda: false });
  });

  it("lets the group mark its own actions done, and the city's side any", () => {
    expect(mayMarkDone({ works: true, cityStaff: false, phase: "utforande", owner: "grupp" })).toBe(true);
    expect(mayMarkDone({ works: true, cityStaff: false, phase: "utforande", owner: "namngiven" })).toBe(true);
    expect(mayMarkDone({ works: true, cityStaff: false, phase: "utforande", owner: "stad" })).toBe(false);
    expect(mayMarkDone({ works: true, cityStaff: true, phase: "utforande", owner: "grupp" })).toBe(true);
    expect(mayMarkDone({ works: true, cityStaff: true, phase: "avslutad", owner: "stad" })).toBe(false);
  });
});

describe("moving and cancelling", () => {
  it("is for a planned check-in not yet over", () => {
    const now = new Date("2026-12-03T10:30:00Z");
    expect(mayReschedule({ status: "planerad", endsAt: new Date("2026-12-03T11:00:00Z") }, now)).toBe(true);
    expect(mayReschedule({ status: "planerad", endsAt: new Date("2026-12-03T10:30:00Z") }, now)).toBe(false);
    expect(mayReschedule({ status: "installd", endsAt: new Date("2026-12-04T11:00:00Z") }, now)).toBe(false);
  });
});

describe("an action's state", () => {
  it("is overdue from the day after its due date, unless done", () => {
    expect(actionState({ dueOn: "2026-12-03", done: false }, "2026-12-03")).toBe("oppen");
    expect(actionState({ dueOn: "2026-12-03", done: false }, "2026-12-04")).toBe("forsenad");
    expect(actionState({ dueOn: "2026-12-03", done: true }, "2026-12-10")).toBe("klar");
  });
});

describe("the reminder schedule", () => {
  const checkin = (over: Partial<CheckinReminderFacts> = {}): CheckinReminderFacts => ({ id: "c1", startsAt: new Date("2026-12-03T09:00:00Z"), status: "planerad", phase: "utforande", ...over });
  const action = (over: Partial<ActionReminderFacts> = {}): ActionReminderFacts => ({ id: "a1", dueOn: "2026-12-10", done: false, phase: "utforande", ...over });
  const at = (iso: string) => new Date(iso);

  it("reminds of a check-in from two days before it until it starts, named by its time", () => {
    expect(reminderOccasions({ checkins: [checkin()], actions: [] }, at("2026-12-01T08:59:00Z"))).toEqual([]);
    expect(reminderOccasions({ checkins: [checkin()], actions: [] }, at("2026-12-01T09:00:00Z"))).toEqual([{ kind: "avstamning", reason: "checkin_soon", subjectId: "c1", occasion: "fore:2026-12-03T09:00:00.000Z" }]);
    expect(reminderOccasions({ checkins: [checkin()], actions: [] }, at("2026-12-03T08:59:00Z"))).toHaveLength(1);
    expect(reminderOccasions({ checkins: [checkin()], actions: [] }, at("2026-12-03T09:00:00Z"))).toEqual([]);
  });

  it("names a moved check-in's reminder by its new time, and gives a cancelled one none", () => {
    const moved = reminderOccasions({ checkins: [checkin({ startsAt: new Date("2026-12-03T13:00:00Z") })], actions: [] }, at("2026-12-02T09:00:00Z"));
    expect(moved.map((r) => r.occasion)).toEqual(["fore:2026-12-03T13:00:00.000Z"]);
    expect(reminderOccasions({ checkins: [checkin({ status: "installd" })], actions: [] }, at("2026-12-02T09:00:00Z"))).toEqual([]);
  });

  it("gives nothing of a closed process", () => {
    expect(reminderOccasions({ checkins: [checkin({ phase: "avslutad" })], actions: [action({ phase: "avslutad", dueOn: "2026-12-01" })] }, at("2026-12-02T09:00:00Z"))).toEqual([]);
  });

  it("reminds of an action from three days before its due date through that day, in Swedish days", () => {
    expect(reminderOccasions({ checkins: [], actions: [action()] }, at("2026-12-06T22:59:00Z"))).toEqual([]);
    // 23:00 UTC on 6 December is already 7 December in Sweden.
    expect(reminderOccasions({ checkins: [], actions: [action()] }, at("2026-12-06T23:00:00Z"))).toEqual([{ kind: "atgard", reason: "action_soon", subjectId: "a1", occasion: "fore:2026-12-10" }]);
    expect(reminderOccasions({ checkins: [], actions: [action()] }, at("2026-12-10T12:00:00Z"))).toEqual([{ kind: "atgard", reason: "action_soon", subjectId: "a1", occasion: "fore:2026-12-10" }]);
  });

  it("says once from the day after that an action is overdue, and nothing of a done one", () => {
    expect(reminderOccasions({ checkins: [], actions: [action()] }, at("2026-12-11T08:00:00Z"))).toEqual([{ kind: "atgard", reason: "action_overdue", subjectId: "a1", occasion: "forsenad:2026-12-10" }]);
    expect(reminderOccasions({ checkins: [], actions: [action({ done: true })] }, at("2026-12-11T08:00:00Z"))).toEqual([]);
  });

  it("reads windows that hold every reminder it can give", () => {
    const now = at("2026-12-06T23:00:00Z");
    expect(checkinReminderHorizon(now).toISOString()).toBe("2026-12-08T23:00:00.000Z");
    expect(actionReminderHorizon(now)).toBe("2026-12-10");
  });
});
