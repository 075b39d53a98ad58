/**
 * The background work as administrators see it: the queues' counts, the failed jobs, and a
 * retry. The feature's public face: other features, the web layer and the adapters import from here only.
 */
export { DONE_LATELY_HOURS, FAILED_SHOWN, JobAdministration, type JobOverview } from "./job-administration.ts";
export type { FailedJob, JobRepository, QueueCounts } from "./ports.ts";
export { retryJobSchema, type RetryJobInput } from "./schemas.ts";
