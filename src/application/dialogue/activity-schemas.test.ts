import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { problemsByField } from "../shared/schema.ts";
import { activitySchema, activityValues, newActivitySchema, participationRecord, participationSchema } from "./activity-schemas.ts";

const problems = (r: { error?: z.ZodError }) => (r.error ? problemsByField(r.error) : {});
const form = {
  title: " Pop-up vid torget ",
  activityType: "popup",
  description: "",
  startDate: "2026-06-10",
  startTime: "9.30",
  endDate: "2026-06-10",
  endTime: "12:00",
  placeAddress: "",
  lat: "55,6050",
  lon: "13.0038",
  targetGroups: "barn",
  accessibility: "",
  languages: "svenska; arabiska",
  consultationEndsOn: "",
};

describe("the activity form's schema", () => {
  it("reads a form (a single checkbox, a time with a dot, a decimal comma, blanks) and gives back what it accepts again", () => {
    const data = activitySchema.parse(form);
    expect(data).toMatchObject({ title: "Pop-up vid torget", startTime: "09:30", targetGroups: ["barn"], placeAddress: null, consultationEndsOn: null });
    expect(activitySchema.parse(data)).toEqual(data);
    expect(activityValues(data)).toMatchObject({ startsAt: new Date("2026-06-10T07:30:00Z"), point: { lat: 55.605, lon: 13.0038 }, languages: ["svenska", "arabiska"] });
    const withKey = { ...form, submissionKey: randomUUID() };
    expect(newActivitySchema.parse(newActivitySchema.parse(withKey))).toEqual(newActivitySchema.parse(withKey));
  });

  it("reports every problem at once, the domain's by the form's field", () => {
    expect(problems(activitySchema.safeParse({ ...form, title: "", activityType: "fest", startTime: "25:00", lat: "norr", targetGroups: ["barn", "alla"] }))).toEqual({
      title: "activity.error.title_missing",
      activityType: "activity.error.type_unknown",
      startTime: "activity.error.time",
      lat: "activity.error.point_invalid",
      targetGroups: "activity.error.target_group_unknown",
    });
    expect(problems(activitySchema.safeParse({ ...form, title: "", endTime: "09:00", lat: "", lon: "", consultationEndsOn: "2026-06-09" }))).toEqual({
      title: "activity.error.title_missing",
      endTime: "activity.error.ends_before_start",
      placeAddress: "activity.error.place_missing",
      consultationEndsOn: "activity.error.consultation_before_activity",
    });
    expect(problems(newActivitySchema.safeParse({ ...form, submissionKey: "x" }))).toEqual({ submissionKey: "appl.error.form" });
  });
});

describe("the participation form's schema", () => {
  it("reads counts (blank is not counted) and gives back what it accepts again", () => {
    const data = participationSchema.parse({ total: "12", kon_kvinna: "7", kon_man: " 5 ", kon_annat: "", alder_13_19: "0" });
    expect(participationSchema.parse(data)).toEqual(data);
    expect(participationRecord(data)).toEqual({
      total: 12,
      dimensions: [
        { dimension: "kon", cells: [{ category: "kvinna", count: 7 }, { category: "man", count: 5 }] },
        { dimension: "alder", cells: [{ category: "13_19", count: 0 }] },
        { dimension: "funktionsnedsattning", cells: [] },
      ],
    });
  });

  it("says which count is no number and which breakdown does not add up", () => {
    expect(problems(participationSchema.safeParse({ total: "-1", kon_kvinna: "2,5" }))).toEqual({ total: "activity.error.count_invalid", kon_kvinna: "activity.error.count_invalid" });
    expect(problems(participationSchema.safeParse({ total: "10", funktionsnedsattning_ja: "2", funktionsnedsattning_nej: "7", alder_65_: "11" }))).toEqual({
      funktionsnedsattning: "activity.error.sum_differs_from_total",
      alder: "activity.error.sum_exceeds_total",
    });
  });
});
