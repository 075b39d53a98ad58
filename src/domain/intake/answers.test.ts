import { describe, expect, it } from "vitest";
import { SAMVERKANSSTOD_V1 } from "../process-type/samverkansstod.ts";
import { contributedMoney, missingAnswers } from "./answers.ts";

// Reading a step's answers from its form is the step schema's (src/application/intake/schemas.test.ts).
describe("application answers", () => {
  it("lists every required answer that is missing, the area included", () => {
    const all = missingAnswers(SAMVERKANSSTOD_V1, {}, false).map((f) => f.key);
    expect(all).toEqual(SAMVERKANSSTOD_V1.applicationFields.filter((f) => f.required).map((f) => f.key));
    const complete = {
      title: "T",
      area_description: "A",
      actors_in_area: "B",
      interested_actors: "C",
      contributions: [{ actor: "D", moneySek: null, resources: "Lokal", activities: "" }],
      challenges: "E",
      added_value: "F",
      purpose: "G",
      city_goals: ["trygghet"],
      evidence_basis: "H",
      children_impact: "I",
    };
    expect(missingAnswers(SAMVERKANSSTOD_V1, complete, true)).toEqual([]);
    expect(missingAnswers(SAMVERKANSSTOD_V1, complete, false).map((f) => f.key)).toEqual(["area"]);
    // A contribution row with only a name says nothing about what is contributed.
    expect(missingAnswers(SAMVERKANSSTOD_V1, { ...complete, contributions: [{ actor: "D", moneySek: null, resources: "", activities: "" }] }, true).map((f) => f.key)).toEqual(["contributions"]);
  });

  it("adds up the money the actors contribute", () => {
    expect(contributedMoney({ contributions: [{ actor: "A", moneySek: 25_000, resources: "", activities: "" }, { actor: "B", moneySek: null, resources: "Lokal", activities: "" }] })).toBe(25_000);
    expect(contributedMoney({})).toBe(0);
  });
});
