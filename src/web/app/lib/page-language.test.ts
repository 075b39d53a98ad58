import { describe, expect, it } from "vitest";
import { isolate, withLanguage } from "./page-language.ts";
import { pageLanguageFor, pageT } from "./page-language-server.ts";

describe("a resident page's language (?sprak=)", () => {
  it("carries the chosen language on a link, and leaves the link alone without one", () => {
    expect(withLanguage("/samverkansstod/kontakt", "so")).toBe("/samverkansstod/kontakt?sprak=so");
    expect(withLanguage("/synpunkt/abc?tack=1", "ar")).toBe("/synpunkt/abc?tack=1&sprak=ar");
    expect(withLanguage("/samverkansstod", null)).toBe("/samverkansstod");
  });

  it("isolates a name from the data in a right-to-left sentence only", () => {
    expect(isolate("Parkstråket", "rtl")).toBe("\u2068Parkstråket\u2069");
    expect(isolate("Parkstråket", "ltr")).toBe("Parkstråket");
    expect(isolate("Parkstråket", undefined)).toBe("Parkstråket");
  });

  it("knows the languages offered: a catalogue's messages, English and Swedish built in, nothing else", () => {
    expect(pageLanguageFor("ar")).toMatchObject({ code: "ar", dir: "rtl" });
    expect(pageLanguageFor("ar")?.messages?.["vp.submit"]).toBe("أرسل رأيك");
    expect(pageLanguageFor("en")).toEqual({ code: "en", dir: "ltr", messages: null });
    expect(pageLanguageFor("de")).toBeNull();
    expect(pageLanguageFor(null)).toBeNull();
  });

  it("words a resident page's action (the receipt mail) in its language, else in the interface language", () => {
    expect(pageT({ language: "so", locale: "sv" })("contact.mailSubject")).toBe("Waxaan helnay codsigaaga xiriirka ee ku saabsan taageerada iskaashiga");
    expect(pageT({ language: "en", locale: "sv" })("contact.submit")).toBe("Send contact request");
    expect(pageT({ language: null, locale: "sv" })("contact.submit")).toBe("Skicka kontaktförfrågan");
    expect(pageT({ language: "xx", locale: "en" })("contact.submit")).toBe("Send contact request");
  });
});
