/**
 * Sign-in, sessions, sign-out and password reset; failed sign-ins per address; forms kept across an expired session.
 * The feature's public face: other features, the web layer and the adapters import from here only.
 */
export { AuthService, type AuthConfig } from "./auth-service.ts";
export { newPasswordSchema, passwordResetRequestSchema, passwordResetSchema, signInSchema, signOutSchema } from "./schemas.ts";
export { type KeptField, type PasswordResetRepository, type PendingSubmissionRepository, type RegistrationRequestRepository, type SessionRepository, type SignInFailureRepository, type UserListItem, type UserRepository } from "./ports.ts";
