import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formFields, parseForm, parseQuery } from "./forms.ts";

const form = (entries: Array<[string, string]>) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

describe("parsing a form with a feature's schema", () => {
  const schema = z.object({
    submissionKey: z.string({ error: "k.key" }).min(1, "k.key"),
    name: z.string().trim().min(1, "k.name"),
    password: z.string().min(3, "k.password"),
    committeeIds: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string())),
  });

  it("gives the typed input, reading the form's names and lists", () => {
    const parsed = parseForm(schema, form([["_csrf", "c"], ["submission_key", "k1"], ["name", " Ada "], ["password", "hemligt"], ["committeeIds", "a"], ["committeeIds", "b"]]), { names: { submissionKey: "submission_key" } });
    expect(parsed).toEqual({ ok: true, data: { submissionKey: "k1", name: "Ada", password: "hemligt", committeeIds: ["a", "b"] } });
    const one = parseForm(schema, form([["submission_key", "k1"], ["name", "Ada"], ["password", "hemligt"], ["committeeIds", "a"]]), { names: { submissionKey: "submission_key" } });
    expect(one.ok && one.data.committeeIds).toEqual(["a"]);
  });

  it("answers the first problem of each field by the form's name, with what was typed except the password", () => {
    const parsed = parseForm(schema, form([["_csrf", "c"], ["name", " "], ["password", "x"], ["committeeIds", "a"], ["committeeIds", "b"]]), { names: { submissionKey: "submission_key" }, keepOut: ["password"] });
    expect(parsed).toEqual({
      ok: false,
      errors: { submission_key: "k.key", name: "k.name", password: "k.password" },
      values: { name: " ", committeeIds: "b" },
      lists: { name: [" "], committeeIds: ["a", "b"] },
      vars: {},
    });
  });

  it("reads rows of fields through the route's reader, and puts a row's problem on the row's field", () => {
    const rows = z.object({ responsibilities: z.array(z.object({ theme: z.string().min(1, "k.theme") })) });
    const read = (f: ReturnType<typeof formFields>) => ({ responsibilities: Array.from({ length: Number(f.value("resp_rows")) }, (_, i) => ({ theme: f.value(`resp_${i}_theme`) ?? "" })) });
    const parsed = parseForm(rows, form([["resp_rows", "2"], ["resp_0_theme", "Miljö"], ["resp_1_theme", ""]]), { read, names: { responsibilities: "resp" } });
    expect(!parsed.ok && parsed.errors).toEqual({ resp_1_theme: "k.theme" });
  });

  it("still takes the fields to keep out as a list (the routes of other features)", () => {
    const parsed = parseForm(schema, form([["password", "x"]]), ["password"]);
    expect(!parsed.ok && parsed.values).toEqual({});
  });

  it("reads a query whose wrong fields fall back to their defaults, each reported", () => {
    const query = z.object({ draws: z.coerce.number().int("k.draws").min(10, "k.draws").default(1000), seed: z.coerce.number().int("k.seed").default(1) });
    const parsed = parseQuery(query, new URLSearchParams("dragningar=5&fro=7"), { names: { draws: "dragningar", seed: "fro" } });
    expect(parsed).toEqual({ data: { draws: 1000, seed: 7 }, errors: { dragningar: "k.draws" }, values: { dragningar: "5", fro: "7" } });
  });
});
