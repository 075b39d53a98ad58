import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import type { ProcessInput } from "#src/domain/coordination/process.ts";
import { problemsByField } from "../shared/schema.ts";
import { areaImportSchema, coordinationRecordSchema, processProblemCode, processRegistrationSchema, processSchema } from "./schemas.ts";

const problems = (r: { error?: z.ZodError }) => (r.error ? problemsByField(r.error) : {});
const codes = (r: { error?: z.ZodError }) => Object.fromEntries(Object.entries(problems(r)).map(([field, message]) => [field, processProblemCode(message)]));
const base: ProcessInput = { name: "BID Sofielund", ownerKind: "civilsamhalle", ownerName: "Fastighetsägare BID Sofielund", contactName: "", contactEmail: "", themes: ["trygghet"], areaCodes: ["GESO-13"], startsOn: "2024-01-01", endsOn: "", status: "pagaende", link: "" };

// This was the domain's checkProcess: the same rules, read by the schema the form and the CSV import parse with.
describe("the process schema", () => {
  it("accepts a complete process and reads blanks as null", () => {
    const data = processSchema.parse(base);
    expect(data).toMatchObject({ name: "BID Sofielund", contactName: null, endsOn: null, link: null, themes: ["trygghet"], geojson: "" });
    expect(processSchema.parse(data)).toEqual(data);
  });

  it("reports each wrong field, every one at once, as the catalogue's key of the domain's code", () => {
    const r = processSchema.safeParse({ ...base, name: " ", ownerKind: "kommun", themes: ["trygghet", "rymdfart"], startsOn: "2024-02-30", endsOn: "", status: "kanske", contactEmail: "ingen-at", link: "ftp://x", areaCodes: [] });
    expect(problems(r)).toMatchObject({ name: "reg.error.required", areaCodes: "reg.error.no_area" });
    expect(codes(r)).toEqual({ name: "required", ownerKind: "unknown_owner_kind", themes: "unknown_theme", startsOn: "invalid_date", status: "unknown_status", contactEmail: "invalid_email", link: "invalid_link", areaCodes: "no_area" });
    expect(codes(processSchema.safeParse({ ...base, ownerKind: "", status: " ", startsOn: "" }))).toEqual({ ownerKind: "required", status: "required", startsOn: "required" });
  });

  it("refuses an end before the start (the domain's rule, by the refinement), also beside other problems", () => {
    expect(codes(processSchema.safeParse({ ...base, endsOn: "2023-12-31" }))).toEqual({ endsOn: "ends_before_start" });
    expect(codes(processSchema.safeParse({ ...base, name: "", endsOn: "2023-12-31" }))).toEqual({ name: "required", endsOn: "ends_before_start" });
  });

  it("needs an area unless the process has a boundary of its own", () => {
    expect(codes(processSchema.safeParse({ ...base, areaCodes: [" "] }))).toEqual({ areaCodes: "no_area" });
    expect(processSchema.safeParse({ ...base, areaCodes: [], geojson: '{"type":"Polygon"}' }).success).toBe(true);
  });

  it("registers from the form once per submission key", () => {
    expect(problems(processRegistrationSchema.safeParse({ ...base, submissionKey: "x" }))).toEqual({ submissionKey: "appl.error.form" });
    expect(processRegistrationSchema.safeParse({ ...base, submissionKey: randomUUID(), endsOn: "2023-01-01" }).success).toBe(false);
  });
});

describe("the contact person's and the analysts' forms", () => {
  it("records a coordination with a chosen process and how", () => {
    expect(problems(coordinationRecordSchema.safeParse({ registerId: "", how: " ", submissionKey: randomUUID() }))).toEqual({ registerId: "coord.error.unknown_process", how: "coord.error.empty" });
    expect(problems(coordinationRecordSchema.safeParse({ registerId: "x", how: "x".repeat(5_001), submissionKey: randomUUID() }))).toEqual({ how: "coord.error.too_long" });
  });

  it("imports areas valid from a real day, with a source", () => {
    expect(areaImportSchema.parse({ validFrom: " 2026-01-01 ", source: " Stadsbyggnadskontoret " })).toEqual({ validFrom: "2026-01-01", source: "Stadsbyggnadskontoret" });
    expect(problems(areaImportSchema.safeParse({ validFrom: "2026-02-30", source: "" }))).toEqual({ validFrom: "areaImport.error.invalid_date", source: "areaImport.error.source_missing" });
  });
});
