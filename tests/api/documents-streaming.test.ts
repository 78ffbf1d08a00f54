import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_DOCUMENT_BYTES } from "#shared/schemas/document.ts";
import { createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { createCaseFile } from "../factories/records.ts";
import { type Client, signIn } from "../setup/http.ts";
import { ORIGIN, setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let advisor: Client;
let centreId: string;

// A forced collection before each sample measures what the server keeps, not garbage waiting to be collected.
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;
const liveBytes = () => {
  collect();
  return process.memoryUsage().rss;
};

beforeAll(async () => {
  const cast = await createTwoCentres(db);
  centreId = cast.own.centre.id;
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
});

const MB = 1024 * 1024;
const encode = (text: string) => new TextEncoder().encode(text);

/** A multipart body that is made as it is read: the test itself never holds the file. */
function streamedUpload(fileBytes: number, boundary: string, samples: number[]) {
  const head = encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\ncv\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="gross.pdf"\r\n` +
      "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n",
  );
  const piece = new Uint8Array(64 * 1024).fill(0x20);
  let sent = 9;
  return new ReadableStream<Uint8Array>({
    start: (controller) => controller.enqueue(head),
    pull: (controller) => {
      if (sent >= fileBytes) {
        controller.enqueue(encode(`\r\n--${boundary}--\r\n`));
        controller.close();
        return;
      }
      const size = Math.min(piece.length, fileBytes - sent);
      controller.enqueue(piece.slice(0, size));
      sent += size;
      if (sent % (2 * MB) < size) samples.push(liveBytes());
    },
  });
}

describe("documents streaming", () => {
  it("takes and gives a 20 MB file without ever holding it twice (RSS measured every 2 MB)", async () => {
    const personId = (await createCaseFile(db, advisor, centreId)).personId;
    const fileBytes = MAX_DOCUMENT_BYTES - 4096;
    const boundary = "ankommen-streaming-test";
    const baseline = liveBytes();
    const uploadSamples: number[] = [];
    const headers: Record<string, string> = {
      origin: ORIGIN,
      "content-type": `multipart/form-data; boundary=${boundary}`,
    };
    if (advisor.cookie) headers.cookie = advisor.cookie;
    const response = await app.request(`/api/persons/${personId}/documents`, {
      method: "POST",
      headers,
      body: streamedUpload(fileBytes, boundary, uploadSamples),
      duplex: "half",
    } as RequestInit);
    expect(response.status, await response.clone().text()).toBe(201);
    const { document } = (await response.json()) as { document: { id: string; sizeBytes: number } };
    expect(document.sizeBytes).toBe(fileBytes);

    const download = await advisor.get(`/api/documents/${document.id}/content`);
    expect(download.status).toBe(200);
    const reader = (download.body as ReadableStream<Uint8Array>).getReader();
    const downloadSamples: number[] = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.length;
      if (received % (2 * MB) < value.length) downloadSamples.push(liveBytes());
    }
    expect(received).toBe(fileBytes);

    const growth = Math.max(...uploadSamples, ...downloadSamples) - baseline;
    console.info(
      `documents streaming: ${fileBytes} bytes, ${uploadSamples.length + downloadSamples.length} samples, RSS growth at most ${(growth / MB).toFixed(1)} MB`,
    );
    expect(uploadSamples.length).toBeGreaterThanOrEqual(9);
    expect(downloadSamples.length).toBeGreaterThanOrEqual(9);
    // Measured: about 30 MB on both databases (SQLite's page cache takes up to 16 MB; on PostgreSQL the
    // driver's buffers). The bound says the file is never held twice (upload and download, or in and
    // out of a buffer); a flat curve at the file's own size is the target, not yet reached on PostgreSQL.
    expect(growth).toBeLessThan(2 * fileBytes);
  });
});
