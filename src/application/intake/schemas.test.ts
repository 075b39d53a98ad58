import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { reshapeContributionRows, submittedFormOf as form } from "#src/domain/intake/answers.ts";
import { SAMVERKANSSTOD_V1 } from "#src/domain/process-type/samverkansstod.ts";
import { problemsByField } from "../shared/schema.ts";
import { applicationStartSchema, attachmentActionSchema, diariumRegistrationSchema, readStepAnswers, stepAnswersSchema, stepFormSchema, stepQuerySchema, submissionSchema } from "./schemas.ts";

const problems = (r: { error?: z.ZodError }) => (r.error ? problemsByField(r.error) : {});
/** The city's goals are data; these stand for the ones an administrator keeps. */
const GOALS = { goalKeys: new Set(["trygghet", "delaktighet", "barn_och_unga"]) };
const fieldsOf = (step: string) => SAMVERKANSSTOD_V1.applicationFields.filter((f) => f.step === step);

// These were the domain's readStepAnswers: the same rules, read by the step's schema.
describe("a step's answers", () => {
  it("reads one step's fields and trims text", () => {
    const read = readStepAnswers(fieldsOf("forslaget"), form({ challenges: "  Otrygghet  ", added_value: "Mervärde", purpose: "Syfte", city_goals: ["trygghet", "trygghet", "delaktighet"] }), GOALS);
    expect(read).toEqual({ ok: true, values: { challenges: "Otrygghet", added_value: "Mervärde", purpose: "Syfte", city_goals: ["trygghet", "delaktighet"] } });
  });

  it("reads contribution rows, skipping empty ones, with money in whole kronor", () => {
    const read = readStepAnswers(
      fieldsOf("aktorer"),
      form({
        actors_in_area: "Handlare",
        interested_actors: "Föreningen",
        contributions_rows: "3",
        contributions_0_actor: "Föreningen",
        contributions_0_money: "25 000 kr",
        contributions_1_actor: "",
        contributions_2_actor: "Fastighetsägarna",
        contributions_2_resources: "Lokal",
      }),
      GOALS,
    );
    expect(read.ok && read.values.contributions).toEqual([
      { actor: "Föreningen", moneySek: 25000, resources: "", activities: "" },
      { actor: "Fastighetsägarna", moneySek: null, resources: "Lokal", activities: "" },
    ]);
  });

  it("reports each broken value by the form's field and row, as the domain's code", () => {
    const read = readStepAnswers(fieldsOf("aktorer"), form({ actors_in_area: "x".repeat(10_001), contributions_rows: "1", contributions_0_money: "femtio", city_goals: "okänt" }), GOALS);
    expect(read).toEqual({ ok: false, errors: { actors_in_area: "too_long", contributions_0_actor: "contribution_actor_missing", contributions_0_money: "money_invalid" } });
    const many = Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`contributions_${i}_actor`, `Aktör ${i}`]));
    expect(readStepAnswers(fieldsOf("aktorer"), form({ ...many, contributions_rows: "31" }), GOALS)).toEqual({ ok: false, errors: { contributions: "too_many_rows" } });
  });

  it("refuses an unknown goal, with the catalogue's key as the schema's message", () => {
    expect(readStepAnswers(fieldsOf("forslaget"), form({ city_goals: ["trygghet", "påhittat"] }), GOALS)).toEqual({ ok: false, errors: { city_goals: "unknown_goal" } });
    expect(problems(stepAnswersSchema(fieldsOf("forslaget"), GOALS).safeParse({ city_goals: ["påhittat"] }))).toEqual({ city_goals: "appl.error.unknown_goal" });
  });

  it("reads the rows left after 'Ta bort' (the rows below moved up)", () => {
    const sent = { contributions_rows: "3", contributions_0_actor: "Handlarna", contributions_0_money: "5000", contributions_1_actor: "Föreningen", contributions_1_resources: "Lokal", contributions_2_actor: "" };
    const read = readStepAnswers(fieldsOf("aktorer"), form(reshapeContributionRows(sent, "contributions", { remove: 0 })), { goalKeys: new Set() });
    expect(read.ok && read.values.contributions).toEqual([{ actor: "Föreningen", moneySek: null, resources: "Lokal", activities: "" }]);
  });
});

describe("the application's other forms", () => {
  it("starts a draft once per key, with a title of at most 300 characters and the committee chosen", () => {
    const key = randomUUID();
    expect(applicationStartSchema.parse({ submissionKey: key, title: " Sommargata ", committeeId: "" })).toEqual({ submissionKey: key, title: "Sommargata", committeeId: null });
    expect(problems(applicationStartSchema.safeParse({ submissionKey: "x", title: "x".repeat(301) }))).toEqual({ submissionKey: "appl.error.form", title: "appl.error.title" });
  });

  it("reads a step's button, its way back and its area", () => {
    expect(stepFormSchema.parse({})).toEqual({ intent: "save", back: false, areaIds: [], areaDrawn: "", areaDrawnChanged: false, areaClear: false, areaCorners: "", areaSystem: "wgs84" });
    expect(stepFormSchema.parse({ areaCorners: "6163000 374000", areaSystem: "sweref99tm" })).toMatchObject({ areaCorners: "6163000 374000", areaSystem: "sweref99tm" });
    expect(stepFormSchema.parse({ areaSystem: "epsg:3857" }).areaSystem).toBe("wgs84");
    expect(stepFormSchema.parse({ intent: "remove-row-3", back: "granska", areaIds: ["a", ""], areaDrawnChanged: "1" })).toMatchObject({ intent: "remove-row-3", back: true, areaIds: ["a"], areaDrawnChanged: true });
    expect(stepFormSchema.parse({ intent: "radera-allt" }).intent).toBe("save");
    expect(stepQuerySchema.parse({ rows: "5", saved: "1" })).toEqual({ rows: 5, saved: true, back: false });
    expect(stepQuerySchema.parse({ rows: "999" }).rows).toBe(0);
  });

  it("uploads an attachment once per key, or removes one", () => {
    const key = randomUUID();
    expect(attachmentActionSchema.parse({ intent: "upload", submissionKey: key })).toEqual({ intent: "upload", submissionKey: key });
    expect(attachmentActionSchema.parse({ intent: "remove", attachmentId: "a" })).toEqual({ intent: "remove", attachmentId: "a" });
    expect(problems(attachmentActionSchema.safeParse({ submissionKey: "x" }))).toEqual({ submissionKey: "appl.error.form" });
  });

  it("submits only when the applicant confirms", () => {
    expect(submissionSchema.safeParse({ confirm: "1" }).success).toBe(true);
    expect(problems(submissionSchema.safeParse({}))).toEqual({ confirm: "appl.error.confirm" });
  });
});

describe("the diarium number (the registrar's form)", () => {
  it("reads the number trimmed and in capitals, as Platina writes it", () => {
    expect(diariumRegistrationSchema.parse({ diariumNumber: " tn-2026-000123 " })).toEqual({ diariumNumber: "TN-2026-000123" });
    expect(diariumRegistrationSchema.parse({ diariumNumber: "TN-2026-000123" })).toEqual({ diariumNumber: "TN-2026-000123" });
  });

  it("refuses anything else with the catalogue's key", () => {
    for (const bad of [undefined, "", "diarienummer 12", "TN-26-1", "TN-2026-0001234", 2026]) expect(diariumRegistrationSchema.safeParse({ diariumNumber: bad }).error?.issues.map((i) => i.message)).toEqual(["diarium.error.invalid"]);
  });
});
