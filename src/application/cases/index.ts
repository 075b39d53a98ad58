/**
 * A case as the parties and staff follow it: lists and pages, its message thread, and the lifecycle every status change goes through.
 * The feature's public face: other features, the web layer and the adapters import from here only.
 */
export { CaseMessagesService } from "./case-messages-service.ts";
export { CasePage, type CasePageActions, type CasePageParts, type CasePageView } from "./case-page.ts";
export { CaseService, type CaseListQuery, type CaseListView } from "./case-service.ts";
export { applyCaseEvent } from "./case-workflow.ts";
export { caseListQuerySchema, caseMessageSchema, casePageActionSchema, MESSAGE_MAX_LENGTH } from "./schemas.ts";
export { type CaseDetail, type CaseFilter, type CaseMessage, type CaseMessageKind, type CaseRepository, type CaseState, type CaseSummary, type MessageRepository } from "./ports.ts";
