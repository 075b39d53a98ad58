/**
 * What the process's phase form sends: the event (a button) and, when a process ends before its
 * resultatfas, the reason. The messages are keys of the message catalogues.
 */
import { z } from "zod";
import { PHASE_EVENTS } from "#src/domain/collaboration/process-phase.ts";
import { optionalText } from "../shared/schema.ts";

export const phaseChangeSchema = z.object({
  event: z.enum(PHASE_EVENTS, { error: "process.error.event" }),
  reason: optionalText(2_000, "process.error.reasonTooLong"),
});
export type PhaseChangeInput = z.input<typeof phaseChangeSchema>;
