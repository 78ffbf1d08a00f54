import { Zip, ZipPassThrough } from "fflate";

/** One file of the archive: its path inside it and its bytes, read as the archive is written. */
export type ZipEntry = {
  path: string;
  modifiedAt: string;
  content: () => ReadableStream<Uint8Array> | Uint8Array;
};

async function* partsOf(content: ReadableStream<Uint8Array> | Uint8Array) {
  if (content instanceof Uint8Array) {
    yield content;
    return;
  }
  const reader = content.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** Stored, not deflated: PDFs and images are compressed already, and storing keeps the CPU free. */
async function* zipParts(entries: readonly ZipEntry[]): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else ready.push(data);
  });
  function* drain() {
    if (failure) throw failure;
    yield* ready.splice(0);
  }
  for (const entry of entries) {
    const file = new ZipPassThrough(entry.path);
    file.mtime = new Date(entry.modifiedAt);
    zip.add(file);
    for await (const part of partsOf(entry.content())) {
      file.push(part);
      yield* drain();
    }
    file.push(new Uint8Array(0), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}

/**
 * A ZIP archive as a stream that is written as the client reads it: one document chunk at a time is in
 * memory, never the archive or a whole file.
 */
export function zipStream(entries: readonly ZipEntry[]): ReadableStream<Uint8Array> {
  const parts = zipParts(entries);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await parts.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      await parts.return(undefined);
    },
  });
}
