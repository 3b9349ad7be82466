import { describe, expect, test } from "vitest";
import { createPasswordSlots, PasswordSlotsBusyError } from "./password-slots";

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("password slots: a few hashes at once, a short queue, the rest told to wait", () => {
  test("one runs, two wait their turn, the fourth and fifth are refused at once", async () => {
    const slots = createPasswordSlots({ running: 1, waiting: 2, maxWaitMs: 1_000 });
    let running = 0;
    let mostAtOnce = 0;
    const work = async () => {
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      await later(20);
      running--;
      return "done";
    };
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => slots.run(work)));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "rejected", "rejected"]);
    expect((results[4] as PromiseRejectedResult).reason).toBeInstanceOf(PasswordSlotsBusyError);
    expect(mostAtOnce).toBe(1);
    expect(slots.started()).toBe(3);
  });

  test("a wait longer than allowed is refused; a failed piece of work frees its slot", async () => {
    const slots = createPasswordSlots({ running: 1, waiting: 5, maxWaitMs: 30 });
    const slow = slots.run(() => later(100));
    await expect(slots.run(async () => "late")).rejects.toBeInstanceOf(PasswordSlotsBusyError);
    await slow;
    await expect(slots.run(() => Promise.reject(new Error("broken")))).rejects.toThrow("broken");
    await expect(slots.run(async () => "free again")).resolves.toBe("free again");
  });
});
