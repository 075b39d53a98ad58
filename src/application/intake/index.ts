/**
 * The application (ansökan): drafts, steps, the area, attachments, submission and numbering; starting one from an invitation to apply.
 * The feature's public face: other features, the web layer and the adapters import from here only.
 */
export { ApplicationService, type ApplicationView, type AreaInput, type CaseNumberSource, type StartError } from "./application-service.ts";
export { ApplyInvitation } from "./apply-invitation.ts";
export { applicationStartSchema, attachmentActionSchema, diariumRegistrationSchema, readStepAnswers, stepAnswersSchema, stepFormSchema, stepQuerySchema, submissionSchema } from "./schemas.ts";
export { type ApplicationRecord, type ApplicationRepository, type AttachmentRecord, type FileInspector } from "./ports.ts";
