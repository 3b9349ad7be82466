// A small queue in front of the password hash. scrypt runs on libuv's thread pool (4 threads),
// which sqlite3 shares: with 60 sign-ins at once every pool thread hashed and the database
// waited, so even /healthz took seconds. Here at most `running` hashes run at once, a few more
// wait their turn for a short while, and the rest are told at once to wait a moment (decision 013).

export class PasswordSlotsBusyError extends Error {
  constructor() {
    super("Too many password checks at once; try again in a moment.");
  }
}

export interface SlotLimits {
  /** hashes that may run at the same time */
  running: number;
  /** hashes that may wait for a free slot; one more is refused at once */
  waiting: number;
  /** how long one may wait before it is refused after all (ms) */
  maxWaitMs: number;
}

export interface PasswordSlots {
  /** Run `work` in a slot; rejects with PasswordSlotsBusyError when the queue is full or the wait too long. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** How many pieces of work have started so far (the tests count password checks with it). */
  started(): number;
}

export function createPasswordSlots(limits: SlotLimits): PasswordSlots {
  let active = 0;
  let startedCount = 0;
  const queue: { go: () => void; timer: ReturnType<typeof setTimeout> }[] = [];

  const release = () => {
    const next = queue.shift();
    if (next) {
      clearTimeout(next.timer);
      next.go(); // the slot passes straight to the next in line
    } else {
      active--;
    }
  };

  const waitForSlot = (): Promise<void> => {
    if (active < limits.running) {
      active++;
      return Promise.resolve();
    }
    if (queue.length >= limits.waiting) return Promise.reject(new PasswordSlotsBusyError());
    return new Promise((resolve, reject) => {
      const entry = {
        go: resolve,
        timer: setTimeout(() => {
          queue.splice(queue.indexOf(entry), 1);
          reject(new PasswordSlotsBusyError());
        }, limits.maxWaitMs),
      };
      queue.push(entry);
    });
  };

  return {
    async run(work) {
      await waitForSlot();
      startedCount++;
      try {
        return await work();
      } finally {
        release();
      }
    },
    started: () => startedCount,
  };
}
