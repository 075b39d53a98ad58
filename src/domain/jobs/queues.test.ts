import { describe, expect, it } from "vitest";
import { MAIL_ATTEMPTS, MAIL_QUEUE, MAIL_UPKEEP_QUEUE, failureMessage, isLastTry, queueKind, retryPolicy, sweepQueue } from "./queues.ts";

describe("the queues' retry policy", () => {
  it("tries a mail MAIL_ATTEMPTS times, 30 s after the first failure, doubling to at most an hour", () => {
    const p = retryPolicy("mail");
    expect(p.retryLimit + 1).toBe(MAIL_ATTEMPTS);
    expect(p).toMatchObject({ retryDelay: 30, retryBackoff: true, retryDelayMax: 3600 });
  });

  it("tries a sweep three times, 30 s apart, and lets a stuck one count as failed well within its next runs", () => {
    expect(retryPolicy("sweep")).toMatchObject({ retryLimit: 2, retryDelay: 30, retryBackoff: false });
    expect(retryPolicy("mailUpkeep").retryLimit).toBe(2);
    expect(retryPolicy("sweep").expireInSeconds).toBeLessThanOrEqual(600);
  });

  it("knows the last try: a job tried retryLimit times before this try gives up if this one fails", () => {
    const { retryLimit } = retryPolicy("mail");
    expect(isLastTry(0, retryLimit)).toBe(false);
    expect(isLastTry(retryLimit - 1, retryLimit)).toBe(false);
    expect(isLastTry(retryLimit, retryLimit)).toBe(true);
    // A job an administrator tried again after it failed is past its limit: one more try, then failed again.
    expect(isLastTry(retryLimit + 1, retryLimit)).toBe(true);
  });
});

describe("queue names", () => {
  it("gives each reminder sweep its own queue and reads it back", () => {
    expect(sweepQueue("checkin-reminders")).toBe("sweep.checkin-reminders");
    expect(queueKind("sweep.checkin-reminders")).toEqual({ kind: "sweep", sweep: "checkin-reminders" });
    expect(queueKind(MAIL_QUEUE)).toEqual({ kind: "mail" });
    expect(queueKind(MAIL_UPKEEP_QUEUE)).toEqual({ kind: "mailUpkeep" });
  });

  it("makes any sweep name a queue name pg-boss takes, and refuses one with nothing left", () => {
    expect(sweepQueue("Avstämningar")).toBe("sweep.avstamningar");
    expect(sweepQueue("årlig uppföljning")).toBe("sweep.arlig-uppfoljning");
    expect(sweepQueue("a/b")).toBe("sweep.a-b");
    expect(() => sweepQueue("")).toThrow();
    expect(() => sweepQueue(" / ")).toThrow();
  });

  it("does not take pg-boss's own queues or made-up names for Samverka's", () => {
    expect(queueKind("__pgboss__send-it")).toBeUndefined();
    expect(queueKind("sweep.")).toBeUndefined();
    expect(queueKind("sweep.Ö")).toBeUndefined();
    expect(queueKind("mailx")).toBeUndefined();
  });
});

describe("failure messages for the administrators", () => {
  it("keeps one line and cuts a long message", () => {
    expect(failureMessage("connect ECONNREFUSED\n  127.0.0.1:25")).toBe("connect ECONNREFUSED 127.0.0.1:25");
    const long = failureMessage("x".repeat(1000))!;
    expect(long).toHaveLength(300);
    expect(long.endsWith("…")).toBe(true);
  });

  it("masks every e-mail address, as a mail server's refusal names the recipient", () => {
    expect(failureMessage("Can't send mail - all recipients were rejected: 550 5.1.1 <anna.svensson@example.se>: Recipient address rejected")).toBe(
      "Can't send mail - all recipients were rejected: 550 5.1.1 <…@…>: Recipient address rejected",
    );
    expect(failureMessage("to a@b.se, c@d.se")).toBe("to …@…, …@…");
  });

  it("has nothing to say of an empty message", () => {
    expect(failureMessage("")).toBeNull();
    expect(failureMessage("   ")).toBeNull();
    expect(failureMessage(undefined)).toBeNull();
  });
});
