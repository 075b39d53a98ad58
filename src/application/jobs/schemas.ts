/** What the "Försök igen" button of the job page sends: the queue and the job. Messages are catalogue keys. */
import { z } from "zod";
import { queueKind } from "#src/domain/jobs/queues.ts";
import { uuid } from "../shared/schema.ts";

export const retryJobSchema = z.object({
  queue: z.string({ error: "jobs.error.job" }).refine((q) => queueKind(q) !== undefined, "jobs.error.job"),
  jobId: uuid("jobs.error.job"),
});
export type RetryJobInput = z.input<typeof retryJobSchema>;
