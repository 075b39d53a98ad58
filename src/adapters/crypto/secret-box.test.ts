import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { aesGcmSecretBox } from "./secret-box.ts";

describe("aesGcmSecretBox", () => {
  const keyMaterial = randomBytes(48).toString("base64url");
  const box = aesGcmSecretBox(keyMaterial);
  const text = "Öppna länken: https://samverka.test/aterstall-losenord?token=abc";

  it("opens what it sealed, for the same associated data", () => {
    const sealed = box.seal(text, "anna@test.invalid");
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain("token");
    expect(box.open(sealed, "anna@test.invalid")).toBe(text);
    // The same key material (a restart) opens it too.
    expect(aesGcmSecretBox(keyMaterial).open(sealed, "anna@test.invalid")).toBe(text);
  });

  it("uses a fresh nonce each time", () => {
    expect(box.seal(text, "a")).not.toBe(box.seal(text, "a"));
  });

  it("refuses another recipient, another key, and a changed or malformed sealed text", () => {
    const sealed = box.seal(text, "anna@test.invalid");
    expect(box.open(sealed, "mallory@test.invalid")).toBeUndefined();
    expect(aesGcmSecretBox(randomBytes(48).toString("base64url")).open(sealed, "anna@test.invalid")).toBeUndefined();
    const [v, iv, tag, body] = sealed.split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(box.open([v, iv, tag, flipped.toString("base64url")].join("."), "anna@test.invalid")).toBeUndefined();
    expect(box.open("v1.x.y", "anna@test.invalid")).toBeUndefined();
    expect(box.open("not sealed", "anna@test.invalid")).toBeUndefined();
    expect(box.open([v, iv, "", body].join("."), "anna@test.invalid")).toBeUndefined();
  });

  it("refuses short key material", () => {
    expect(() => aesGcmSecretBox("kort")).toThrow(/32/);
  });
});
