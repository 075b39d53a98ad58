import { describe, expect, it } from "vitest";
import { activityProblems, isPublicSlug, isRunningPhase, splitLanguages, stockholmMoment, stockholmParts, type ActivityDraft } from "./activity.ts";

const draft = (over: Partial<ActivityDraft> = {}): ActivityDraft => ({
  title: "Trygghetsvandring längs parkstråket",
  activityType: "vandring",
  description: "",
  startsAt: new Date("2026-05-12T15:00:00Z"),
  endsAt: new Date("2026-05-12T17:00:00Z"),
  placeAddress: "Amiralsgatan 1, Malmö",
  point: null,
  targetGroups: ["boende", "barn"],
  accessibility: "",
  languages: ["svenska", "ar"],
  consultationEndsOn: "2026-06-01",
  ...over,
});

describe("a dialogue activity", () => {
  it("is whole with a title, a type, a time, a place, target groups and languages", () => {
    expect(activityProblems(draft())).toEqual({});
    expect(activityProblems(draft({ placeAddress: null, point: { lat: 55.58, lon: 13.03 } }))).toEqual({});
    expect(activityProblems(draft({ activityType: "digital", placeAddress: null, languages: [], consultationEndsOn: null }))).toEqual({});
  });

  it("says what is missing or wrong, field by field", () => {
    expect(activityProblems(draft({ title: "  ", activityType: "fest", targetGroups: [] }))).toEqual({ title: "title_missing", activityType: "type_unknown", targetGroups: "target_groups_missing" });
    expect(activityProblems(draft({ title: "x".repeat(201), targetGroups: ["alla"] }))).toEqual({ title: "title_too_long", targetGroups: "target_group_unknown" });
    expect(activityProblems(draft({ endsAt: new Date("2026-05-12T15:00:00Z") }))).toEqual({ endsAt: "ends_before_start" });
    expect(activityProblems(draft({ startsAt: new Date(Number.NaN) }))).toMatchObject({ startsAt: "time_invalid" });
    expect(activityProblems(draft({ placeAddress: null }))).toEqual({ placeAddress: "place_missing" });
    expect(activityProblems(draft({ point: { lat: 48.85, lon: 2.35 } }))).toEqual({ point: "point_outside" });
    expect(activityProblems(draft({ point: { lat: 95, lon: 13 } }))).toEqual({ point: "point_invalid" });
    expect(activityProblems(draft({ languages: ["svenska", "=1+1"] }))).toEqual({ languages: "languages_invalid" });
    expect(activityProblems(draft({ consultationEndsOn: "2026-05-11" }))).toEqual({ consultationEndsOn: "consultation_before_activity" });
    expect(activityProblems(draft({ consultationEndsOn: "2026-05-12" }))).toEqual({});
    expect(activityProblems(draft({ consultationEndsOn: "2026-02-30" }))).toEqual({ consultationEndsOn: "consultation_invalid" });
  });

  it("reads the consultation's last day against the activity's day in Sweden", () => {
    // 23:30 UTC on 11 May is 01:30 on 12 May in Malmö.
    const late = { startsAt: new Date("2026-05-11T23:30:00Z"), endsAt: new Date("2026-05-12T01:00:00Z") };
    expect(activityProblems(draft({ ...late, consultationEndsOn: "2026-05-11" }))).toEqual({ consultationEndsOn: "consultation_before_activity" });
    expect(activityProblems(draft({ ...late, consultationEndsOn: "2026-05-12" }))).toEqual({});
  });

  it("splits languages written as a list", () => {
    expect(splitLanguages("svenska, arabiska;engelska\n Svenska ,, lätt  svenska")).toEqual(["svenska", "arabiska", "engelska", "lätt svenska"]);
  });
});

describe("the public slug", () => {
  it("is lowercase letters and digits, 6 to 32", () => {
    expect(isPublicSlug("demolekplats2026")).toBe(true);
    expect(isPublicSlug("abc12")).toBe(false);
    expect(isPublicSlug("demo-lekplats")).toBe(false);
    expect(isPublicSlug("Demolekplats")).toBe(false);
    expect(isPublicSlug("a".repeat(33))).toBe(false);
    expect(isPublicSlug(42)).toBe(false);
  });
});

describe("when an activity may change", () => {
  it("changes while the process runs, not once it is closed", () => {
    expect(["samarbete", "utforande", "resultat"].every((p) => isRunningPhase(p as never))).toBe(true);
    expect(isRunningPhase("avslutad")).toBe(false);
    expect(isRunningPhase("initiering")).toBe(false);
  });
});

describe("Swedish local time", () => {
  it("reads a date and a time in summer and in winter", () => {
    expect(stockholmMoment("2026-05-12", "17:00")?.toISOString()).toBe("2026-05-12T15:00:00.000Z");
    expect(stockholmMoment("2026-12-12", "17:00")?.toISOString()).toBe("2026-12-12T16:00:00.000Z");
    expect(stockholmParts(new Date("2026-12-12T16:00:00Z"))).toEqual({ date: "2026-12-12", time: "17:00" });
    expect(stockholmParts(new Date("2026-05-11T23:30:00Z"))).toEqual({ date: "2026-05-12", time: "01:30" });
  });

  it("takes the first of the hour that repeats, moves a skipped time on, and refuses what is no time", () => {
    expect(stockholmMoment("2026-10-25", "02:30")?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(stockholmMoment("2026-03-29", "02:30")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(stockholmMoment("2026-02-30", "10:00")).toBeNull();
    expect(stockholmMoment("2026-05-12", "24:00")).toBeNull();
    expect(stockholmMoment("2026-05-12", "9")).toBeNull();
  });
});
