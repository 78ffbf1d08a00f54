import { deflateSync } from "node:zlib";
import { zipSync } from "fflate";
import { samplePdf } from "#server/seed/sample-pdf.ts";
import type { Client } from "../setup/http.ts";
import { ORIGIN, type TestApp } from "../setup/test-app.ts";

export { samplePdf };

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Uint8Array) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

function pngChunk(type: string, data: Uint8Array) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A real PNG of the given size in one grey (IHDR may claim a size its data lacks, for the pixel cap). */
export function samplePng(width = 4, height = 3, claimed?: { width: number; height: number }): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(claimed?.width ?? width, 0);
  header.writeUInt32BE(claimed?.height ?? height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(rows)),
    pngChunk("IEND", new Uint8Array(0)),
  ]);
}

const enc = (text: string) => new TextEncoder().encode(text);
const WORD_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

export function sampleDocx(options: { macros?: boolean } = {}): Uint8Array {
  const types = options.macros
    ? WORD_TYPES.replace("document.main+xml", "document.macroEnabled.main+xml").replace(
        "wordprocessingml.document.macroEnabled",
        "ms-word.document.macroEnabled",
      )
    : WORD_TYPES;
  return zipSync({
    "[Content_Types].xml": enc(types),
    "word/document.xml": enc('<w:document xmlns:w="x"><w:body><w:p/></w:body></w:document>'),
    ...(options.macros && { "word/vbaProject.bin": new Uint8Array([1, 2, 3, 4]) }),
  });
}

export const sampleOdt = () =>
  zipSync({
    mimetype: [enc("application/vnd.oasis.opendocument.text"), { level: 0 }],
    "content.xml": enc("<office:document-content/>"),
  });

export const zipOf = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, enc(text)])));

export type UploadInput = {
  bytes: Uint8Array;
  name?: string;
  type?: string;
  validUntil?: string;
  note?: string;
  mime?: string;
};

/** `POST /api/persons/:id/documents` the way the browser sends it: multipart/form-data, same origin. */
export function uploadFile(app: TestApp, client: Client, personId: string, input: UploadInput) {
  const form = new FormData();
  if (input.type !== undefined || !("type" in input)) form.append("type", input.type ?? "other");
  if (input.validUntil) form.append("validUntil", input.validUntil);
  if (input.note) form.append("note", input.note);
  form.append(
    "file",
    new Blob([input.bytes as Uint8Array<ArrayBuffer>], { type: input.mime ?? "application/octet-stream" }),
    input.name ?? "dokument.pdf",
  );
  const headers: Record<string, string> = { origin: ORIGIN };
  if (client.cookie) headers.cookie = client.cookie;
  return app.request(`/api/persons/${personId}/documents`, { method: "POST", headers, body: form });
}
