import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { problemsByField } from "../shared/schema.ts";
import { themeAddSchema, themeDecisionSchema, themeMergeSchema, themeRenameSchema, viewpointTagSchema } from "./theme-schemas.ts";

const problems = (r: { error?: z.ZodError }) => (r.error ? problemsByField(r.error) : {});
const A = "5f0c6b1e-3f0a-4c1e-9a57-0c4d2f1b9a01";
const B = "5f0c6b1e-3f0a-4c1e-9a57-0c4d2f1b9a02";

describe("the themes page's schemas", () => {
  it("read the forms as they are sent, and read their own output the same", () => {
    const cases = [
      [themeDecisionSchema, { themeId: A, decision: "godkant" }],
      [themeRenameSchema, { themeId: A, name: "  Belysning  " }],
      [themeMergeSchema, { themeIds: [A, B], name: "" }],
      [themeAddSchema, { name: " Mötesplatser ", submissionKey: B }],
      [viewpointTagSchema, { viewpointId: A, themeId: B }],
    ] as const;
    for (const [schema, input] of cases) {
      const data = (schema as z.ZodType).parse(input);
      expect((schema as z.ZodType).parse(data)).toEqual(data);
    }
    expect(themeRenameSchema.parse({ themeId: A, name: "  Belysning  " }).name).toBe("Belysning");
    expect(themeMergeSchema.parse({ themeIds: [A, B], name: "" })).toEqual({ themeIds: [A, B], name: null });
  });

  it("say what to fix, by field", () => {
    expect(problems(themeRenameSchema.safeParse({ themeId: "", name: "" }))).toEqual({ themeId: "themes.error.chooseTheme", name: "themes.error.nameEmpty" });
    expect(problems(themeAddSchema.safeParse({ name: "x".repeat(121), submissionKey: A }))).toEqual({ name: "themes.error.nameTooLong" });
    expect(problems(themeMergeSchema.safeParse({ themeIds: A }))).toEqual({ themeIds: "themes.error.mergeTwo" });
    expect(problems(themeMergeSchema.safeParse({ themeIds: [A, A] }))).toEqual({ themeIds: "themes.error.mergeTwo" });
    expect(problems(viewpointTagSchema.safeParse({ viewpointId: A, themeId: "" }))).toEqual({ themeId: "themes.error.chooseTheme" });
    expect(problems(themeDecisionSchema.safeParse({ themeId: A, decision: "kanske" }))).toEqual({ decision: "appl.error.form" });
  });
});
