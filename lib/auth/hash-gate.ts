/**
 * A global bound on password hashing. Each scrypt costs 128 MiB and a core for a few hundred milliseconds, so
 * unbounded sign-in traffic (say 100 sign-ins with random usernames at once) would starve page rendering on a
 * small server. At most `concurrency` hashes run at once, at most `queue` more wait (each for at most `waitMs`);
 * anything beyond is refused at once, without hashing, and the caller answers "busy, try again".
 */
export class HashBusyError extends Error {
  constructor() {
    super("Password hashing is at capacity.");
    this.name = "HashBusyError";
  }
}

export type HashGate = {
  /** Runs `fn` inside a slot; throws HashBusyError without running it when the queue is full or the wait too long. */
  run<T>(fn: () => Promise<T>): Promise<T>;
  /** Running and waiting, for tests and benchmarks. */
  load(): { running: number; waiting: number };
};

export function createHashGate({ concurrency, queue, waitMs }: { concurrency: number; queue: number; waitMs: number }): HashGate {
  let running = 0;
  const waiting: { start: () => void; timer: ReturnType<typeof setTimeout> }[] = [];

  function release() {
    running--;
    const next = waiting.shift();
    if (next) {
      clearTimeout(next.timer);
      next.start();
    }
  }

  async function enter(): Promise<void> {
    if (running < concurrency) {
      running++;
      return;
    }
    if (waiting.length >= queue) throw new HashBusyError();
    await new Promise<void>((resolve, reject) => {
      const entry = {
        start: () => {
          running++;
          resolve();
        },
        timer: setTimeout(() => {
          const i = waiting.indexOf(entry);
          if (i >= 0) waiting.splice(i, 1);
          reject(new HashBusyError());
        }, waitMs),
      };
      waiting.push(entry);
    });
  }

  return {
    async run(fn) {
      await enter();
      try {
        return await fn();
      } finally {
        release();
      }
    },
    load: () => ({ running, waiting: waiting.length }),
  };
}
