import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkbox, emailAddress, isoDate, joinedPath, kronor, list, optionalIsoDate, optionalText, optionalUuid, plainEmailAddress, problemsByField, text, uuid, whenRead } from "./schema.ts";

const messages = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe("the schemas' building blocks", () => {
  it("reads a text field trimmed, missing as empty, with the catalogue's keys for empty and too long", () => {
    const name = text(5, "x.tooLong", "x.empty");
    expect(name.parse("  Ada  ")).toBe("Ada");
    expect(messages(name, undefined)).toEqual(["x.empty"]);
    expect(messages(name, "   ")).toEqual(["x.empty"]);
    expect(messages(name, "Adaline")).toEqual(["x.tooLong"]);
    expect(messages(name, 42)).toEqual(["x.empty"]);
    expect(text(5, "x.tooLong").parse(undefined)).toBe("");
  });

  it("reads a blank optional text as null, and accepts null back", () => {
    const phone = optionalText(3, "x.tooLong");
    expect(phone.parse("  ")).toBeNull();
    expect(phone.parse(undefined)).toBeNull();
    expect(phone.parse(null)).toBeNull();
    expect(phone.parse(" 12 ")).toBe("12");
    expect(messages(phone, "1234")).toEqual(["x.tooLong"]);
  });

  it("checks addresses the strict way (zod's) or the plain way (any script, lower case)", () => {
    const strict = emailAddress({ empty: "e.empty", invalid: "e.invalid" });
    expect(strict.parse(" Ada@Example.se ")).toBe("Ada@Example.se");
    expect(messages(strict, "")[0]).toBe("e.empty");
    expect(messages(strict, "kö@exempel.se")).toEqual(["e.invalid"]);
    const plain = plainEmailAddress("e.invalid", "e.tooLong");
    expect(plain.parse(" Kö@Exempel.SE ")).toBe("kö@exempel.se");
    for (const bad of ["", "karin", "karin@malmo", "ka rin@malmo.se", "@malmo.se"]) expect(messages(plain, bad)).toEqual(["e.invalid"]);
    expect(messages(plain, `${"a".repeat(320)}@malmo.se`)).toEqual(["e.tooLong"]);
  });

  it("reads a field sent once or several times as a list, and a checkbox as ticked or not", () => {
    const codes = list(z.string());
    expect(codes.parse(undefined)).toEqual([]);
    expect(codes.parse("a")).toEqual(["a"]);
    expect(codes.parse(["a", "b"])).toEqual(["a", "b"]);
    const ticked = checkbox();
    expect([ticked.parse("1"), ticked.parse("on"), ticked.parse(true), ticked.parse(undefined), ticked.parse(""), ticked.parse(false)]).toEqual([true, true, true, false, false, false]);
  });

  it("takes a UUID, and nothing else, as an id", () => {
    const id = uuid("x.form");
    expect(id.parse("5f0c8a38-4d5a-4b9e-9c1e-2f3a4b5c6d7e")).toBe("5f0c8a38-4d5a-4b9e-9c1e-2f3a4b5c6d7e");
    expect(messages(id, "paging-1")).toEqual(["x.form"]);
    expect(messages(id, undefined)).toEqual(["x.form"]);
  });

  it("takes a UUID or nothing where an id may be left out", () => {
    const id = optionalUuid("x.form");
    expect([id.parse(""), id.parse(undefined), id.parse(null)]).toEqual([null, null, null]);
    expect(id.parse(" 5f0c8a38-4d5a-4b9e-9c1e-2f3a4b5c6d7e ")).toBe("5f0c8a38-4d5a-4b9e-9c1e-2f3a4b5c6d7e");
    expect(messages(id, "möte-1")).toEqual(["x.form"]);
  });

  it("takes dates that exist, written YYYY-MM-DD; an optional one reads blank as null", () => {
    const day = isoDate("x.date");
    expect(day.parse(" 2026-02-28 ")).toBe("2026-02-28");
    for (const bad of [undefined, "", "2026-02-30", "28/2 2026", 20260228]) expect(messages(day, bad)).toEqual(["x.date"]);
    const maybe = optionalIsoDate("x.date");
    expect([maybe.parse(""), maybe.parse(undefined), maybe.parse(null), maybe.parse("2024-02-29")]).toEqual([null, null, null, "2024-02-29"]);
    expect(messages(maybe, "2025-02-29")).toEqual(["x.date"]);
  });

  it("reads an amount in whole kronor as typed, blank as null, and accepts the number back", () => {
    const amount = kronor("x.amount");
    expect(["150000", " 150 000 ", "150\u00a0000 kr", "150000KR", 150000].map((v) => amount.parse(v))).toEqual([150000, 150000, 150000, 150000, 150000]);
    expect([amount.parse(""), amount.parse(" kr "), amount.parse(undefined), amount.parse(null)]).toEqual([null, null, null, null]);
    for (const bad of ["12,5", "12.5", "-5", "femtio", "1e6", 12.5, -1, 1_000_000_001, "99999999999", true]) expect(messages(amount, bad), String(bad)).toEqual(["x.amount"]);
  });

  it("runs a refinement across fields when the fields it reads were read, whatever else is wrong", () => {
    const schema = z
      .object({ a: text(5, "a.long", "a.empty"), from: z.number({ error: "from.type" }), to: z.number({ error: "to.type" }) })
      .superRefine((v, ctx) => {
        if (v.to < v.from) ctx.addIssue({ code: "custom", message: "to.before", path: ["to"] });
      }, whenRead("from", "to"));
    expect(problemsByField(schema.safeParse({ a: "", from: 2, to: 1 }).error!)).toEqual({ a: "a.empty", to: "to.before" });
    expect(problemsByField(schema.safeParse({ a: "", from: "två", to: 1 }).error!)).toEqual({ a: "a.empty", from: "from.type" });
    expect(schema.safeParse(null).error?.issues.map((i) => i.path)).toEqual([[]]);
  });

  it("gives the first problem of each field, by the path joined with _", () => {
    const schema = z.object({ a: text(1, "a.long", "a.empty"), rows: z.array(z.object({ theme: text(1, "t.long", "t.empty") })) }).refine(() => false, "whole");
    const r = schema.safeParse({ a: "", rows: [{ theme: "ok" }, { theme: "x" }] });
    expect(r.success).toBe(false);
    if (!r.success) expect(problemsByField(r.error)).toEqual({ a: "a.empty", rows_0_theme: "t.long", form: "whole" });
    expect(joinedPath([])).toBe("form");
  });
});
