/**
 * Every message a feature's input schema gives is a key of the message catalogues, in Swedish
 * and English: the schemas live in src/application and know no text, the pages translate.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as admin from "#src/application/admin/index.ts";
import * as areaIndex from "#src/application/area-index/index.ts";
import * as assessment from "#src/application/assessment/index.ts";
import * as auth from "#src/application/auth/index.ts";
import * as cases from "#src/application/cases/index.ts";
import * as collaboration from "#src/application/collaboration/index.ts";
import * as committee from "#src/application/committee/index.ts";
import * as coordination from "#src/application/coordination/index.ts";
import * as dialogue from "#src/application/dialogue/index.ts";
import * as checkins from "#src/application/checkins/index.ts";
import * as execution from "#src/application/execution/index.ts";
import * as intake from "#src/application/intake/index.ts";
import * as learning from "#src/application/learning/index.ts";
import * as jobs from "#src/application/jobs/index.ts";
import * as organisations from "#src/application/organisations/index.ts";
import * as outreach from "#src/application/outreach/index.ts";
import * as results from "#src/application/results/index.ts";
import { SAMVERKANSSTOD_V1 } from "#src/domain/process-type/samverkansstod.ts";
import { translator, type MessageKey } from "#src/text/index.ts";

const features = { admin, areaIndex, assessment, auth, cases, collaboration, committee, coordination, intake, organisations, outreach, dialogue, results, learning, checkins, execution, jobs };
const schemas = Object.entries(features).flatMap(([feature, exports]) =>
  Object.entries(exports as Record<string, unknown>)
    .filter(([name, value]) => name.endsWith("Schema") && value instanceof z.ZodType)
    .map(([name, value]) => [`${feature}.${name}`, value as z.ZodType] as const),
);

const isKey = (message: string) => [translator("sv"), translator("en")].every((t) => typeof t(message as MessageKey) === "string");

/** Inputs wrong in every way: nothing, too long, the wrong type, sent twice; for each field of an object schema. */
function wrongInputs(schema: z.ZodType): unknown[] {
  const fields = schema instanceof z.ZodObject ? Object.keys(schema.shape) : ["intent", "submissionKey", "email", "name", "password", "token"];
  const every = (value: unknown) => Object.fromEntries(fields.map((f) => [f, value]));
  return [{}, every(""), every("x".repeat(200_001)), every(42), every(["a", "b"]), every("2026-02-30")];
}

function messagesOf(schema: z.ZodType, inputs: unknown[]): string[] {
  return inputs.flatMap((input) => schema.safeParse(input).error?.issues.map((i) => i.message) ?? []);
}

describe("the input schemas' messages", () => {
  it("finds the features' schemas", () => {
    expect(schemas.length).toBeGreaterThan(30);
  });

  it.each(schemas)("%s gives catalogue keys only", (_name, schema) => {
    const messages = [...new Set(messagesOf(schema, wrongInputs(schema)))];
    expect(messages.filter((m) => !isKey(m))).toEqual([]);
  });

  it("a step's answers give catalogue keys only", () => {
    for (const step of SAMVERKANSSTOD_V1.applicationSteps) {
      const fields = SAMVERKANSSTOD_V1.applicationFields.filter((f) => f.step === step.key);
      const schema = intake.stepAnswersSchema(fields, { goalKeys: new Set(["trygghet"]) });
      const rows = [{ actor: "", money: "femtio", resources: "x".repeat(2_001), activities: "x".repeat(2_001) }, { actor: "x".repeat(301) }];
      const messages = messagesOf(schema, [Object.fromEntries(fields.map((f) => [f.key, f.kind === "contributions" ? rows : f.kind === "goals" ? ["okänt"] : "x".repeat(10_001)]))]);
      expect(messages.filter((m) => !isKey(m))).toEqual([]);
    }
  });

  it("every key written in a schema file is in the catalogues", () => {
    const root = new URL("../../../application/", import.meta.url);
    const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => /(^|\/)schemas?\.ts$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(8);
    const keys = files.flatMap((f) => [...readFileSync(new URL(f, root), "utf8").matchAll(/"([a-z][a-zA-Z]*(?:\.[a-zA-Z0-9_]+)+)"/g)].map((m) => m[1]!));
    const prefixes = keys.filter((k) => k.endsWith(".")); // none: templates are checked through their codes above
    expect(prefixes).toEqual([]);
    expect(keys.filter((k) => !isKey(k))).toEqual([]);
    // Keys made from the domain's codes: the process's period and the answers' rows.
    for (const key of ["reg.error.ends_before_start", "reg.error.no_area", "appl.error.too_many_rows", "admin.committee.error.responsibility.too_many", "admin.committee.error.responsibility.duplicate"]) expect(isKey(key)).toBe(true);
  });
});
