/**
 * Check-ins (avstämningar, issue 12): scheduling, agenda, notes, agreed actions, calendar files and
 * reminders. The feature's public face: other features, the web layer and the adapters import from here only.
 */
export { type ActionForReminder, type ActionRecord, type AgendaPointRecord, type CheckinCalendarEvent, type CheckinCalendarWriter, type CheckinForReminder, type CheckinRecord, type CheckinReminderText, type CheckinRepository, type CheckinTime, type CheckinWithDetails, type NewCheckin, type ProcessPerson } from "./ports.ts";
export { actionDoneSchema, agendaPointSchema, checkinActionSchema, checkinNotesSchema, moveCheckinSchema, scheduleCheckinSchema, type ActionDoneInput, type AgendaPointInput, type CheckinActionInput, type CheckinNotesInput, type MoveCheckinInput, type ScheduleCheckinInput } from "./schemas.ts";
export { CheckinService, checkinLink, type ActionView, type CalendarFile, type CheckinError, type CheckinPage, type CheckinsPage, type CheckinView } from "./checkins.ts";
export { CheckinReminders } from "./reminders.ts";
