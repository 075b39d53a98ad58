import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { problemsByField } from "../shared/schema.ts";
import { configurationActionSchema, configurationSchema, sensitivityQuerySchema, yearQuerySchema } from "./schemas.ts";

const problems = (r: { error?: z.ZodError }) => (r.error ? problemsByField(r.error) : {});

describe("the area index's forms and addresses", () => {
  it("reads a year of four digits, anything else as none", () => {
    expect(yearQuerySchema.parse({ year: "2024" })).toEqual({ year: 2024 });
    for (const year of [undefined, "", "24", "2024a", ["2023", "2024"]]) expect(yearQuerySchema.parse({ year }).year).toBe(Array.isArray(year) ? 2023 : undefined);
  });

  it("reads the sensitivity options, blank as their defaults, each wrong one with its message (the page checked them by hand)", () => {
    expect(sensitivityQuerySchema.parse({})).toEqual({ year: undefined, draws: 1000, jitter: 25, seed: 1, methods: [] });
    expect(sensitivityQuerySchema.parse({ draws: " 500 ", jitter: "0", seed: "42", methods: ["rank", "påhittad", "zscore"] })).toEqual({ year: undefined, draws: 500, jitter: 0, seed: 42, methods: ["rank", "zscore"] });
    expect(problems(sensitivityQuerySchema.safeParse({ draws: "9", jitter: "91", seed: "-1" }))).toEqual({ draws: "index.sens.error.draws", jitter: "index.sens.error.jitter", seed: "index.sens.error.seed" });
    expect(problems(sensitivityQuerySchema.safeParse({ draws: "20001" }))).toEqual({ draws: "index.sens.error.draws" });
  });

  it("reads a configuration version's name trimmed and whether to activate it", () => {
    expect(configurationSchema.parse({ name: " Utkast 2 ", text: "{}", activate: "1" })).toEqual({ name: "Utkast 2", text: "{}", activate: true });
    expect(configurationSchema.parse({})).toEqual({ name: "", text: "", activate: false });
  });
});

describe("the configuration page's buttons", () => {
  it("saves a new version (the form's intent, or none) or activates a saved one", () => {
    expect(configurationActionSchema.parse({ intent: "create", name: "x", text: "{}" })).toEqual({ intent: "create", name: "x", text: "{}", activate: false });
    expect(configurationActionSchema.parse({ text: "{}" })).toMatchObject({ intent: "create" });
    expect(configurationActionSchema.parse({ intent: "activate", id: "abc" })).toEqual({ intent: "activate", id: "abc" });
    expect(configurationActionSchema.safeParse({ intent: "radera" }).error?.issues[0]?.message).toBe("appl.error.form");
  });
});
