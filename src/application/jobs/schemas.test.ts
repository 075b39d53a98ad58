import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { problemsByField } from "../shared/schema.ts";
import { retryJobSchema } from "./schemas.ts";

const problems = (r: { error?: z.ZodError }) => (r.error ? problemsByField(r.error) : {});
const JOB = "0b1e6c2a-3f4d-4e5f-8a9b-0c1d2e3f4a5b";

describe("the retry schema ('Försök igen')", () => {
  it("takes one of Samverka's queues and a job id, and reads its own output again the same", () => {
    for (const queue of ["mail", "mail-upkeep", "sweep.avstamningar"]) {
      const data = retryJobSchema.parse({ queue, jobId: JOB });
      expect(data).toEqual({ queue, jobId: JOB });
      expect(retryJobSchema.parse(data)).toEqual(data);
    }
  });

  it("refuses pg-boss's own queues, made-up names and an id that is no UUID, with the same message", () => {
    expect(problems(retryJobSchema.safeParse({ queue: "__pgboss__send-it", jobId: JOB }))).toEqual({ queue: "jobs.error.job" });
    expect(problems(retryJobSchema.safeParse({ queue: "mail", jobId: "1 or 1=1" }))).toEqual({ jobId: "jobs.error.job" });
    expect(problems(retryJobSchema.safeParse({}))).toEqual({ queue: "jobs.error.job", jobId: "jobs.error.job" });
  });
});
