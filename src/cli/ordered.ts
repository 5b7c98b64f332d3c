/**
 * Runs `work` over `items` with at most `limit` tasks in flight and hands each result to
 * `emit` in input order, as soon as it and every earlier result are done. Items are pulled
 * lazily, so a million-line batch never sits in memory at once.
 *
 * `work` must not reject (turn failures into results); a rejection stops the run.
 */
export async function mapOrdered<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  limit: number,
  work: (item: T) => Promise<R>,
  emit: (result: R) => void,
): Promise<void> {
  const pending: Promise<R>[] = [];
  // Mark rejections as handled while they wait their turn; the await below still rethrows.
  const track = (p: Promise<R>): Promise<R> => {
    p.catch(() => undefined);
    return p;
  };
  for await (const item of items) {
    pending.push(track(work(item)));
    if (pending.length >= limit) {
      const head = pending.shift();
      if (head) emit(await head);
    }
  }
  for (const p of pending) emit(await p);
}
