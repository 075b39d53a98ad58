/**
 * What the sign-in and password forms send, as the web form and (later) the API read it. The
 * messages are keys of the message catalogues. The password's length is the sign-in policy's
 * (`src/domain/auth/sign-in-policy.ts`).
 */
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "#src/domain/auth/sign-in-policy.ts";
import { anyText, emailAddress, FORM_ERROR, optionalString } from "../shared/schema.ts";

const signInEmail = emailAddress({ empty: "signIn.error.emailRequired", invalid: "signIn.error.emailInvalid" });

/** Sign-in: an address and a password (any length up to a bound: the policy applies when a password is set), and where to go next. */
export const signInSchema = z.object({
  email: signInEmail,
  password: z.string({ error: "signIn.error.passwordRequired" }).min(1, "signIn.error.passwordRequired").max(1000, "signIn.error.invalid").prefault(""),
  next: optionalString(),
});

/** "Forgot your password": the address to send a reset link to. */
export const passwordResetRequestSchema = z.object({ email: signInEmail });

/** A new password, as the sign-in policy allows it. */
export const newPasswordSchema = z.string({ error: "reset.error.tooShort" }).min(PASSWORD_MIN_LENGTH, "reset.error.tooShort").max(PASSWORD_MAX_LENGTH, "reset.error.tooLong");

/** A new password from a reset link, typed twice. */
export const passwordResetSchema = z
  .object({
    token: z.string({ error: "reset.invalidLink" }).min(1, "reset.invalidLink").max(200, "reset.invalidLink"),
    password: newPasswordSchema.prefault(""),
    confirm: anyText("reset.error.mismatch"),
  })
  .refine((v) => v.password === v.confirm, { message: "reset.error.mismatch", path: ["confirm"] });

/** Signing out: here, or on every device ("everywhere" = "yes"). */
export const signOutSchema = z.object({ everywhere: z.union([z.boolean(), z.string()], { error: FORM_ERROR }).optional().transform((v) => v === true || v === "yes") });
