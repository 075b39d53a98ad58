/**
 * The dialogue of a running process (issue 11): dialogue activities and their participation,
 * the residents' viewpoints, the themes suggested from them and the compilation. The feature's
 * public face: other features, the web layer and the adapters import from here only.
 */
export type { ActivityRecord, ActivityRepository, ActivityValues, CalendarEvent, CalendarWriter, ParticipationRecord, PublicActivityRecord, QrCodeMaker, SlugSource } from "./activity-ports.ts";
export { ActivityService, type ActivityError, type ActivityPoster, type ActivityView, type CalendarFile, type OneActivity, type ProcessActivities, type PublicActivity } from "./activities.ts";
export { activitySchema, newActivitySchema, participationField, participationSchema, type ActivityInput, type NewActivityInput, type ParticipationInput } from "./activity-schemas.ts";
export {
  type SwedishText,
  type ThemeRepository,
  type ThemeViewpoint,
  type ThemeRecord,
  type ThemeTag,
  type NewTheme,
  type CompilationActivity,
  type Compilation,
  type CompilationRenderer,
} from "./theme-ports.ts";
export { ThemeService, type ThemeError, type ThemesPage, type ThemeView } from "./themes.ts";
export { CompilationService, QUOTES_PER_THEME } from "./compilation.ts";
export { themeDecisionSchema, themeRenameSchema, themeMergeSchema, themeAddSchema, viewpointTagSchema, type ThemeDecisionInput, type ThemeRenameInput, type ThemeMergeInput, type ThemeAddInput, type ViewpointTagInput } from "./theme-schemas.ts";
export { type ActivityOption, type Moderation, type NewViewpoint, type ViewpointActivity, type ViewpointFilter, type ViewpointRecord, type ViewpointRepository } from "./viewpoint-ports.ts";
export { PublicViewpoints, type PublicViewpointError, type PublicViewpointPage } from "./public-viewpoint.ts";
export { MAX_IMPORT_ROWS, VIEWPOINT_CSV_COLUMNS, ViewpointService, comparableName, type ViewpointChangeError, type ViewpointCsvColumn, type ViewpointCsvError, type ViewpointCsvNames, type ViewpointCsvProblem, type ViewpointImportOutcome, type ViewpointView, type ViewpointsPage } from "./viewpoints.ts";
export { ENTERED_VIEWPOINT_MAX, PUBLIC_VIEWPOINT_MAX, publicViewpointSchema, viewpointEntrySchema, viewpointModerationSchema, type PublicViewpointInput, type ViewpointEntryInput, type ViewpointModerationInput } from "./viewpoint-schemas.ts";
