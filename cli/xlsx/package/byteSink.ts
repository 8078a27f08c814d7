import type { FileHandle } from "node:fs/promises";

/** Where an archive's bytes go, in order. A write may keep a view of the bytes until its promise settles. */
export interface ByteSink {
  write(bytes: Uint8Array): Promise<void>;
  /** Writes whatever is still held back. */
  flush(): Promise<void>;
}

/** Writes held back until this many bytes are waiting, so small headers do not each cost a system call. */
const BATCH = 1 << 20;

/** A sink into an open file, writing in batches of about a megabyte. */
export function fileSink(handle: FileHandle): ByteSink {
  let waiting: Uint8Array[] = [];
  let waitingBytes = 0;
  const flush = async (): Promise<void> => {
    if (waiting.length === 0) return;
    const batch = waiting;
    waiting = [];
    waitingBytes = 0;
    await handle.writev(batch);
  };
  return {
    async write(bytes) {
      waiting.push(bytes);
      waitingBytes += bytes.length;
      if (waitingBytes >= BATCH) await flush();
    },
    flush,
  };
}

/** A sink that keeps every byte in memory; `bytes()` joins them. For tests and benchmarks. */
export function memorySink(): ByteSink & { bytes(): Uint8Array } {
  const parts: Uint8Array[] = [];
  return {
    write(bytes) {
      parts.push(bytes);
      return Promise.resolve();
    },
    flush: () => Promise.resolve(),
    bytes: () => Buffer.concat(parts),
  };
}
