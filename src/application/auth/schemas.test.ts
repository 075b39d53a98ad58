import { describe, expect, it } from "vitest";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "#src/domain/auth/sign-in-policy.ts";
import { newPasswordSchema, passwordResetSchema, signInSchema, signOutSchema } from "./schemas.ts";

import { problemsByField } from "../shared/schema.ts";
import type { z } from "zod";

const errors = (r: { success: boolean; error?: z.ZodError }) => (r.error ? problemsByField(r.error) : {});

describe("the sign-in and password forms' schemas", () => {
  it("asks for an address and a password to sign in", () => {
    expect(signInSchema.parse({ email: " ada@malmo.se ", password: "x", next: "/start" })).toEqual({ email: "ada@malmo.se", password: "x", next: "/start" });
    expect(errors(signInSchema.safeParse({}))).toEqual({ email: "signIn.error.emailRequired", password: "signIn.error.passwordRequired" });
    expect(errors(signInSchema.safeParse({ email: "ada", password: "x".repeat(1001) }))).toEqual({ email: "signIn.error.emailInvalid", password: "signIn.error.invalid" });
  });

  it("takes a new password as the sign-in policy allows it (the rule the reset use case checked by hand)", () => {
    expect(newPasswordSchema.safeParse("x".repeat(PASSWORD_MIN_LENGTH)).success).toBe(true);
    expect(newPasswordSchema.safeParse("x".repeat(PASSWORD_MIN_LENGTH - 1)).error?.issues[0]?.message).toBe("reset.error.tooShort");
    expect(newPasswordSchema.safeParse("x".repeat(PASSWORD_MAX_LENGTH + 1)).error?.issues[0]?.message).toBe("reset.error.tooLong");
  });

  it("wants the new password typed twice the same, and a link's token", () => {
    const password = "ett långt nytt lösenord";
    expect(passwordResetSchema.safeParse({ token: "t", password, confirm: password }).success).toBe(true);
    expect(errors(passwordResetSchema.safeParse({ token: "t", password, confirm: "något annat" }))).toEqual({ confirm: "reset.error.mismatch" });
    expect(errors(passwordResetSchema.safeParse({ password, confirm: password }))).toEqual({ token: "reset.invalidLink" });
  });

  it("signs out everywhere only when asked", () => {
    expect(signOutSchema.parse({ everywhere: "yes" })).toEqual({ everywhere: true });
    expect(signOutSchema.parse({})).toEqual({ everywhere: false });
  });
});
