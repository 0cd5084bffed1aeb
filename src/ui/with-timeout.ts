export class TimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`No answer within ${ms} ms`);
  }
}

/** `promise`, or a TimeoutError after `ms`. The work itself is not cancelled; its answer is ignored. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
