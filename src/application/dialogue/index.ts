/**
 * The dialogue with residents in a running process (issue 11): dialogue activities and their
 * participation, residents' viewpoints. The feature's public face: other features, the web layer
 * and the adapters import from here only.
 */
export type { ActivityRecord, ActivityRepository, ActivityValues, CalendarEvent, CalendarWriter, ParticipationRecord, PublicActivityRecord, QrCodeMaker, SlugSource } from "./activity-ports.ts";
export { ActivityService, type ActivityError, type ActivityPoster, type ActivityView, type CalendarFile, type OneActivity, type ProcessActivities, type PublicActivity } from "./activities.ts";
export { activitySchema, newActivitySchema, participationField, participationSchema, type ActivityInput, type NewActivityInput, type ParticipationInput } from "./activity-schemas.ts";
