/**
 * Dialogue: a running process's dialogue with residents (issue 11). The feature's public face:
 * other features, the web layer and the adapters import from here only.
 */
export { type ActivityOption, type Moderation, type NewViewpoint, type PublicActivity, type ViewpointFilter, type ViewpointRecord, type ViewpointRepository } from "./viewpoint-ports.ts";
export { PublicViewpoints, type PublicViewpointError, type PublicViewpointPage } from "./public-viewpoint.ts";
export { MAX_IMPORT_ROWS, VIEWPOINT_CSV_COLUMNS, ViewpointService, comparableName, type ViewpointChangeError, type ViewpointCsvColumn, type ViewpointCsvError, type ViewpointCsvNames, type ViewpointCsvProblem, type ViewpointImportOutcome, type ViewpointView, type ViewpointsPage } from "./viewpoints.ts";
export { ENTERED_VIEWPOINT_MAX, PUBLIC_VIEWPOINT_MAX, publicViewpointSchema, viewpointEntrySchema, viewpointModerationSchema, type PublicViewpointInput, type ViewpointEntryInput, type ViewpointModerationInput } from "./viewpoint-schemas.ts";
