import { expect, test } from "vitest";
import { ExportSlots } from "./contacts-csv.server";

test("only a few CSV downloads run at once; the next waits its turn, and a full queue is refused", async () => {
  const slots = new ExportSlots(1, 1);
  const first = await slots.acquire();
  expect(first).toBeTypeOf("function");
  let secondStarted = false;
  const second = slots.acquire().then((release) => {
    secondStarted = true;
    return release;
  });
  await Promise.resolve();
  expect(secondStarted).toBe(false);
  // one running, one waiting: a third is refused at once (the route answers 503 "try again in a minute")
  expect(await slots.acquire()).toBeNull();
  first!();
  const release = await second;
  expect(secondStarted).toBe(true);
  release!();
  release!(); // releasing twice frees one slot, not two
  const a = await slots.acquire();
  expect(a).toBeTypeOf("function");
});

test("a download cancelled while it waits leaves the queue", async () => {
  const slots = new ExportSlots(1, 1);
  const running = await slots.acquire();
  const controller = new AbortController();
  const waiting = slots.acquire(controller.signal);
  controller.abort();
  expect(await waiting).toBeNull();
  running!();
  expect(await slots.acquire()).toBeTypeOf("function");
});
