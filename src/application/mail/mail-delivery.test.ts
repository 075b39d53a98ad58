import { describe, expect, it } from "vitest";
import { DeliveryFailed, MAX_ATTEMPTS, MailDelivery, retryDelaySeconds, SECRET_UNAVAILABLE } from "./mail-delivery.ts";
import type { MailTransport, OutboxDelivery, OutboxRepository, OutgoingMail, Repositories, UnitOfWork } from "../shared/ports.ts";

describe("retryDelaySeconds", () => {
  it("waits 30 s after the first failure and doubles after each further one", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(retryDelaySeconds)).toEqual([30, 60, 120, 240, 480, 960, 1920]);
  });

  it("caps the wait at one hour", () => {
    expect(retryDelaySeconds(8)).toBe(3600);
    expect(retryDelaySeconds(9)).toBe(3600);
    expect(retryDelaySeconds(50)).toBe(3600);
    expect(retryDelaySeconds(2000)).toBe(3600); // 2 ** 1999 is Infinity; still one hour
  });

  it("treats no attempts yet (or a nonsense count) like the first", () => {
    expect(retryDelaySeconds(0)).toBe(30);
    expect(retryDelaySeconds(-3)).toBe(30);
  });

  it("never shrinks as attempts grow", () => {
    for (let n = 1; n < 40; n++) expect(retryDelaySeconds(n + 1)).toBeGreaterThanOrEqual(retryDelaySeconds(n));
  });

  it("gives a message about an hour of retries before it is marked failed", () => {
    let total = 0;
    for (let n = 1; n < MAX_ATTEMPTS; n++) total += retryDelaySeconds(n);
    expect(total).toBe(3810); // 30 + 60 + … + 1920 s ≈ 1 h 4 min
  });
});

describe("MailDelivery with an in-memory outbox", () => {
  const now = new Date("2026-05-04T08:00:00Z");

  function setup(entries: Array<Partial<OutboxDelivery> & { id: string }>, send: MailTransport["send"], delivers = true) {
    const calls: string[] = [];
    const rows = entries.map((e) => ({ to: `${e.id}@test.invalid`, subject: "s", text: "t", deliveryText: "t", attempts: 0, ...e }));
    const outbox: OutboxRepository = {
      enqueue: () => Promise.reject(new Error("not used")),
      list: () => Promise.reject(new Error("not used")),
      async wipeSecrets(expiredBy) {
        calls.push(`wipe ${expiredBy ? expiredBy.toISOString() : "all"}`);
        return 0;
      },
      async claimDue(at, limit) {
        calls.push(`claim ${at.toISOString()} ${limit}`);
        return rows.map((r) => ({ createdAt: at, status: "pending", nextAttemptAt: at, lastError: null, sentAt: null, ...r }) as OutboxDelivery);
      },
      async claim(id, at) {
        calls.push(`claim ${id} ${at.toISOString()}`);
        const r = rows.find((row) => row.id === id);
        return r && ({ createdAt: at, status: "pending", nextAttemptAt: at, lastError: null, sentAt: null, ...r } as OutboxDelivery);
      },
      reopen: () => Promise.reject(new Error("not used")),
      async markSent(id, at) {
        calls.push(`sent ${id} ${at.toISOString()}`);
      },
      async markFailedAttempt(id, error, next) {
        calls.push(`failed ${id} ${error.length} ${next ? next.toISOString() : "null"}`);
      },
    };
    const uow: UnitOfWork = {
      transaction: (work) => work({ outbox } as Repositories),
      read: (work) => work({ outbox } as Repositories),
    };
    return { calls, delivery: new MailDelivery({ uow, transport: { delivers, send }, clock: { now: () => now } }) };
  }

  it("marks sent mail sent and schedules a retry for a failure, each on its own", async () => {
    const { calls, delivery } = setup([{ id: "a" }, { id: "b", attempts: 2 }], async (mail) => {
      if (mail.to.startsWith("b")) throw new Error("421 try again later");
    });
    expect(await delivery.deliverDue(7)).toEqual({ sent: 1, failed: 1 });
    expect(calls).toEqual([
      "wipe 2026-05-04T08:00:00.000Z",
      "claim 2026-05-04T08:00:00.000Z 7",
      "sent a 2026-05-04T08:00:00.000Z",
      // third attempt failed: next one after retryDelaySeconds(3) = 120 s
      `failed b ${"421 try again later".length} 2026-05-04T08:02:00.000Z`,
    ]);
  });

  it("gives up (no next attempt) on the last allowed attempt and keeps at most 500 characters of the error", async () => {
    const { calls, delivery } = setup([{ id: "c", attempts: MAX_ATTEMPTS - 1 }], async () => {
      throw "x".repeat(2000);
    });
    expect(await delivery.deliverDue()).toEqual({ sent: 0, failed: 1 });
    expect(calls.at(-1)).toBe("failed c 500 null");
  });

  it("sends the delivery text (the secrets included), never the copy staff see", async () => {
    const sentMail: OutgoingMail[] = [];
    const { delivery } = setup([{ id: "d", text: "Länk: [länk dold]", deliveryText: "Länk: https://x.test/?token=hemligt" }], async (mail) => {
      sentMail.push(mail);
    });
    expect(await delivery.deliverDue()).toEqual({ sent: 1, failed: 0 });
    expect(sentMail.map((m) => m.text)).toEqual(["Länk: https://x.test/?token=hemligt"]);
  });

  it("does not send a mail whose secret is gone and gives it up at once", async () => {
    let sends = 0;
    const { calls, delivery } = setup([{ id: "e", text: "Länk: [länk dold]", deliveryText: null }], async () => {
      sends++;
    });
    expect(await delivery.deliverDue()).toEqual({ sent: 0, failed: 1 });
    expect(sends).toBe(0);
    expect(calls.at(-1)).toBe(`failed e ${SECRET_UNAVAILABLE.length} null`);
  });

  it("wipes every secret at start-up without a mail server, and only the expired ones with one", async () => {
    const kept = setup([], async () => {}, false);
    await kept.delivery.wipeUnusableSecrets();
    expect(kept.calls).toEqual(["wipe all"]);
    const smtp = setup([], async () => {}, true);
    await smtp.delivery.wipeUnusableSecrets();
    expect(smtp.calls).toEqual(["wipe 2026-05-04T08:00:00.000Z"]);
  });

  describe("one mail, as the job queue's mail job tries it", () => {
    it("sends it and marks it sent", async () => {
      const sent: string[] = [];
      const { calls, delivery } = setup([{ id: "a" }], async (mail) => void sent.push(mail.to));
      expect(await delivery.deliverOne("a", { lastTry: false })).toBe("sent");
      expect(sent).toEqual(["a@test.invalid"]);
      expect(calls).toEqual(["claim a 2026-05-04T08:00:00.000Z", "sent a 2026-05-04T08:00:00.000Z"]);
    });

    it("leaves a mail alone that is no longer pending (sent, given up, kept)", async () => {
      const { calls, delivery } = setup([], async () => {});
      expect(await delivery.deliverOne("gone", { lastTry: false })).toBe("not_due");
      expect(calls).toEqual(["claim gone 2026-05-04T08:00:00.000Z"]);
    });

    it("throws DeliveryFailed when the server refuses, noting when the queue tries next; on the last try it gives up", async () => {
      const refuse = async () => {
        throw new Error("421 try again later");
      };
      const first = setup([{ id: "b", attempts: 2 }], refuse);
      await expect(first.delivery.deliverOne("b", { lastTry: false })).rejects.toBeInstanceOf(DeliveryFailed);
      expect(first.calls.at(-1)).toBe(`failed b ${"421 try again later".length} 2026-05-04T08:02:00.000Z`);
      const last = setup([{ id: "b", attempts: 7 }], refuse);
      await expect(last.delivery.deliverOne("b", { lastTry: true })).rejects.toThrow("421 try again later");
      expect(last.calls.at(-1)).toBe(`failed b ${"421 try again later".length} null`);
    });

    it("does not send a mail whose secret is gone, and does not ask for another try", async () => {
      const sent: string[] = [];
      const { calls, delivery } = setup([{ id: "s", deliveryText: null }], async (mail) => void sent.push(mail.to));
      expect(await delivery.deliverOne("s", { lastTry: false })).toBe("secret_unavailable");
      expect(sent).toEqual([]);
      expect(calls.at(-1)).toBe(`failed s ${SECRET_UNAVAILABLE.length} null`);
    });
  });
});
