import { describe, expect, it } from "vitest";
import { comparableText, linkCount, viewpointTextProblem } from "./viewpoint-text.ts";

describe("a viewpoint's text checks", () => {
  it("counts web addresses", () => {
    expect(linkCount("Se https://malmo.se/lekplatser och www.exempel.se, eller http://a.b/c")).toBe(3);
    expect(linkCount("Lekplatsen vid Rosens väg behöver fler gungor.")).toBe(0);
  });

  it("lets a resident name a page or two, and refuses a text full of links", () => {
    expect(viewpointTextProblem("Som på https://malmo.se/parker och https://malmo.se/lek", [])).toBeNull();
    expect(viewpointTextProblem("Köp https://a.example https://b.example https://c.example", [])).toBe("too_many_links");
  });

  it("reads a text alike whatever its case, spaces and punctuation", () => {
    expect(comparableText("  Mer BELYSNING, tack!!  Längs   gångvägen. ")).toBe("mer belysning tack längs gångvägen");
  });

  it("refuses the same text again on the activity, but never a short one many people say", () => {
    const given = ["Gångvägen mot skolan är mörk och otrygg på kvällarna."];
    expect(viewpointTextProblem("gångvägen mot skolan är MÖRK och otrygg på kvällarna", given)).toBe("repeat");
    expect(viewpointTextProblem("Gångvägen mot badet är mörk och otrygg på kvällarna.", given)).toBeNull();
    expect(viewpointTextProblem("Mer belysning!", ["Mer belysning!"])).toBeNull();
  });
});
