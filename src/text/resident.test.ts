import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { messagesOf } from "./index.ts";
import { catalogueChecks, findLanguage, pageLanguages, residentCatalogue } from "./resident-catalogues.ts";
import { checkCatalogue, fallsBack, isValidLanguageCode, residentKeys, residentTranslator } from "./resident.ts";

const good = { code: "xx", endonym: "Xish", nameSv: "Xiska", nameEn: "Xish", dir: "ltr", reviewed: false, messages: { "vp.submit": "Send it", "vp.public.part": "A dialogue in {process}." } };

describe("the resident languages' catalogues (src/text/languages/*.json)", () => {
  it("every catalogue file is sound: metadata, known keys, the Swedish entry's blanks, a code axe takes as a valid lang", () => {
    const checks = catalogueChecks();
    expect(checks.map((c) => c.file)).toEqual(expect.arrayContaining(["ar", "bs", "fa", "so"]));
    // axe's list of language codes (behind its valid-lang and html-lang-valid rules; not in its typings).
    const valid = new Set((axe.utils as unknown as { validLangs: () => string[] }).validLangs());
    for (const check of checks) {
      expect(check.errors, `${check.file}.json`).toEqual([]);
      expect(valid.has(check.file.split("-")[0]!), `${check.file}: axe's valid-lang/html-lang-valid would refuse it`).toBe(true);
      // Missing keys do not fail the test (they are said in Swedish): the list is printed, as by `npm run check:translations`.
      if (check.missing.length > 0) console.info(`${check.file}: ${check.missing.length} keys missing (shown in Swedish): ${check.missing.join(", ")}`);
    }
  });

  it("Arabic and Persian are right to left, the others left to right; none is reviewed by a translator yet", () => {
    expect(findLanguage("ar")?.dir).toBe("rtl");
    expect(findLanguage("fa")?.dir).toBe("rtl");
    expect(findLanguage("so")?.dir).toBe("ltr");
    expect(findLanguage("bs")?.dir).toBe("ltr");
    for (const code of ["ar", "fa", "so", "bs"]) expect(residentCatalogue(code)?.reviewed).toBe(false);
    expect(pageLanguages().slice(0, 2).map((l) => l.code)).toEqual(["sv", "en"]);
    expect(findLanguage("de")).toBeNull();
  });

  it("refuses a catalogue with structural errors and says what is wrong", () => {
    const errors = (raw: unknown, file = "xx") => checkCatalogue(file, raw).errors.join("\n");
    expect(checkCatalogue("xx", good).errors).toEqual([]);
    expect(checkCatalogue("xx", good).catalogue?.messages["vp.submit"]).toBe("Send it");
    expect(errors({ ...good, messages: { "vp.nonsense": "x" } })).toMatch(/unknown key vp\.nonsense/);
    expect(errors({ ...good, messages: { "vp.public.part": "A dialogue in {processen}." } })).toMatch(/vp\.public\.part: the blanks/);
    expect(errors({ ...good, messages: { "vp.public.part": "A dialogue." } })).toMatch(/the blanks/);
    expect(errors({ ...good, messages: { "vp.submit": " " } })).toMatch(/vp\.submit is empty/);
    expect(errors({ ...good, dir: "up" })).toMatch(/"dir" must be/);
    expect(errors({ ...good, code: "Arabic" }, "Arabic")).toMatch(/not a valid language code/);
    expect(errors(good, "yy")).toMatch(/differs from the file name/);
    expect(errors({ ...good, code: "sv" }, "sv")).toMatch(/built-in language/);
    expect(errors({ ...good, endonym: "" })).toMatch(/"endonym" is missing/);
    expect(errors({ ...good, reviewed: "no" })).toMatch(/"reviewed" must be true or false/);
    expect(errors({ ...good, reviewed: true })).toMatch(/names its "reviewer"/);
    expect(errors({ ...good, reviewed: true, reviewer: "A. Translator", reviewedOn: "2026-12-01" })).toBe("");
    expect(errors({ ...good, colour: "red" })).toMatch(/unknown field "colour"/);
    expect(errors([])).toMatch(/not a JSON object/);
    expect(checkCatalogue("xx", { ...good, messages: { "vp.nonsense": "x" } }).catalogue).toBeNull();
  });

  it("lists the resident keys a catalogue lacks", () => {
    const { missing } = checkCatalogue("xx", good);
    expect(missing).not.toContain("vp.submit");
    expect(missing).toContain("vp.body.label");
    expect(missing).toContain("contact.mailBody");
    expect(missing.length).toBe(residentKeys().length - 2);
    // Staff-only keys are not asked of a resident language.
    expect(residentKeys()).not.toContain("vp.age.legendOther");
    expect(residentKeys()).not.toContain("nav.jobs");
  });

  it("says a key the catalogue lacks in Swedish, and tells which keys fall back", () => {
    const t = residentTranslator(checkCatalogue("xx", good).catalogue!.messages);
    expect(t("vp.submit")).toBe("Send it");
    expect(t("vp.public.part", { process: "Parkstråket" })).toBe("A dialogue in Parkstråket.");
    expect(t("vp.body.label")).toBe(messagesOf("sv")["vp.body.label"]);
    expect(fallsBack(good.messages, "vp.body.label")).toBe(true);
    expect(fallsBack(good.messages, "vp.submit")).toBe(false);
    expect(fallsBack(null, "vp.body.label")).toBe(false);
  });

  it("takes language codes as lang takes them", () => {
    for (const code of ["ar", "fa", "so", "bs", "sr-Latn", "ckb"]) expect(isValidLanguageCode(code), code).toBe(true);
    for (const code of ["", "a", "arabic", "AR", "ar_SE", "ar-"]) expect(isValidLanguageCode(code), code).toBe(false);
  });
});
