import { describe, expect, it } from "vitest";
import { SAMVERKANSSTOD_V1 } from "../process-type/samverkansstod.ts";
import { contributedMoney, missingAnswers, readStepAnswers, submittedFormOf as form } from "./answers.ts";

/** The city's goals are data; these stand for the ones an administrator keeps. */
const GOALS = { goalKeys: new Set(["trygghet", "delaktighet", "barn_och_unga"]) };

describe("application answers", () => {
  it("reads one step's fields and trims text", () => {
    const read = readStepAnswers(SAMVERKANSSTOD_V1, "forslaget", form({ challenges: "  Otrygghet  ", added_value: "Mervärde", purpose: "Syfte", city_goals: ["trygghet", "trygghet", "delaktighet"] }), GOALS);
    expect(read.errors).toEqual({});
    expect(read.values).toEqual({ challenges: "Otrygghet", added_value: "Mervärde", purpose: "Syfte", city_goals: ["trygghet", "delaktighet"] });
  });

  it("reads contribution rows, skipping empty ones, with money in whole kronor", () => {
    const read = readStepAnswers(
      SAMVERKANSSTOD_V1,
      "aktorer",
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
    expect(read.errors).toEqual({});
    expect(read.values.contributions).toEqual([
      { actor: "Föreningen", moneySek: 25000, resources: "", activities: "" },
      { actor: "Fastighetsägarna", moneySek: null, resources: "Lokal", activities: "" },
    ]);
    expect(contributedMoney(read.values)).toBe(25000);
  });

  it("reports each broken value by field and row", () => {
    const read = readStepAnswers(
      SAMVERKANSSTOD_V1,
      "aktorer",
      form({ actors_in_area: "x".repeat(10_001), contributions_rows: "1", contributions_0_money: "femtio", city_goals: "okänt" }),
      GOALS,
    );
    expect(read.errors).toEqual({ actors_in_area: "too_long", contributions_0_actor: "contribution_actor_missing", contributions_0_money: "money_invalid" });
  });

  it("refuses an unknown goal", () => {
    expect(readStepAnswers(SAMVERKANSSTOD_V1, "forslaget", form({ city_goals: ["trygghet", "påhittat"] }), GOALS).errors).toEqual({ city_goals: "unknown_goal" });
  });

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
});
