import { describe, expect, it } from "vitest";
import { redactSecrets, SECRET_PLACEHOLDER, SECRET_PLACEHOLDER_NOT_SENT } from "./secrets.ts";

describe("redactSecrets", () => {
  const link = "https://samverka.test/aterstall-losenord?token=abc_DEF-123";

  it("hides every occurrence of a link and says so", () => {
    const text = `Öppna länken:\n${link}\n\nEller klistra in: ${link}`;
    const result = redactSecrets(text, [link]);
    expect(result.redacted).toBe(true);
    expect(result.text).toBe(`Öppna länken:\n${SECRET_PLACEHOLDER}\n\nEller klistra in: ${SECRET_PLACEHOLDER}`);
    expect(result.text).not.toContain("abc_DEF-123");
  });

  it("hides a link whole even when its token is listed too, and the token where it stands alone", () => {
    const result = redactSecrets(`${link} (kod abc_DEF-123)`, ["abc_DEF-123", link]);
    expect(result.text).toBe(`${SECRET_PLACEHOLDER} (kod ${SECRET_PLACEHOLDER})`);
  });

  it("changes nothing without secrets, for an empty secret, or when the secret is not in the text", () => {
    expect(redactSecrets("Hej!", undefined)).toEqual({ text: "Hej!", redacted: false });
    expect(redactSecrets("Hej!", [""])).toEqual({ text: "Hej!", redacted: false });
    expect(redactSecrets("Hej!", [link])).toEqual({ text: "Hej!", redacted: false });
  });

  it("says so when the link is not sent at all", () => {
    expect(redactSecrets(`Länk: ${link}`, [link], SECRET_PLACEHOLDER_NOT_SENT).text).toBe(`Länk: ${SECRET_PLACEHOLDER_NOT_SENT}`);
  });
});
