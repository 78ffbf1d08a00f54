import { Unzip, UnzipInflate, UnzipPassThrough } from "fflate";
import type { DocumentContentType } from "#shared/schemas/document.ts";
import { ApiError } from "../../lib/errors.ts";
import { documentMessages } from "./document-messages.ts";

/** Enough of the start of a file to tell its type and, for PNG/WebP, its size in pixels. */
export const SNIFF_BYTES = 64;
/** A JPEG's frame header may sit behind large metadata segments; this is how far we look for it. */
const JPEG_HEADER_SEARCH_BYTES = 512 * 1024;
export const MAX_IMAGE_PIXELS = 120_000_000;
/** DOCX/ODT: what all entries may unpack to together, and how many entries there may be. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 5000;

const M = documentMessages;

export const refused = (message: string) => new ApiError("unsupported_media_type", message);

/** Checks a file while it streams in: `push` each chunk, then `finish`; both throw 415 on refusal. */
export type ContentInspector = {
  readonly contentType: DocumentContentType;
  push: (chunk: Uint8Array) => void;
  finish: () => void;
};

const startsWith = (head: Uint8Array, bytes: readonly number[], offset = 0) =>
  bytes.every((byte, index) => head[offset + index] === byte);
const ascii = (head: Uint8Array, from: number, to: number) => String.fromCharCode(...head.subarray(from, to));

/** Decides the type from the first bytes; refuses everything that is not one of the accepted formats. */
export function inspectorFor(head: Uint8Array): ContentInspector {
  if (ascii(head, 0, 5) === "%PDF-") return pdfInspector();
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return pngInspector();
  if (startsWith(head, [0xff, 0xd8, 0xff])) return jpegInspector();
  if (ascii(head, 0, 4) === "RIFF" && ascii(head, 8, 12) === "WEBP") return webpInspector();
  if (ascii(head, 4, 8) === "ftyp" && /^(heic|heix|heim|heis|hevc|hevx|mif1|msf1)$/.test(ascii(head, 8, 12)))
    return passThrough("image/heic");
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return officeInspector();
  throw refused(M.typeRefused);
}

const passThrough = (contentType: DocumentContentType): ContentInspector => ({
  contentType,
  push: () => {},
  finish: () => {},
});

function checkPixels(width: number, height: number) {
  if (width <= 0 || height <= 0) throw refused(M.imageNoSize);
  if (width * height > MAX_IMAGE_PIXELS) throw refused(M.imageTooManyPixels(width, height, MAX_IMAGE_PIXELS));
}

/** Collects the first `limit` bytes of a stream, then hands them to `decide` once. */
function headInspector(
  contentType: DocumentContentType,
  limit: number,
  decide: (head: Uint8Array, complete: boolean) => boolean,
): ContentInspector {
  let head = new Uint8Array(0);
  let decided = false;
  const tryDecide = (complete: boolean) => {
    if (!decided) decided = decide(head, complete);
  };
  return {
    contentType,
    push: (chunk) => {
      if (decided || head.length >= limit) return;
      const next = new Uint8Array(Math.min(limit, head.length + chunk.length));
      next.set(head);
      next.set(chunk.subarray(0, next.length - head.length), head.length);
      head = next;
      tryDecide(head.length >= limit);
    },
    finish: () => {
      tryDecide(true);
      if (!decided) throw refused(M.imageBroken);
    },
  };
}

const pngInspector = () =>
  headInspector("image/png", 24, (head, complete) => {
    if (head.length < 24) {
      if (complete) throw refused(M.pngIncomplete);
      return false;
    }
    const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
    if (ascii(head, 12, 16) !== "IHDR") throw refused(M.pngBroken);
    checkPixels(view.getUint32(16), view.getUint32(20));
    return true;
  });

const webpInspector = () =>
  headInspector("image/webp", 30, (head, complete) => {
    if (head.length < 30) {
      if (complete) throw refused(M.webpIncomplete);
      return false;
    }
    const chunk = ascii(head, 12, 16);
    const u16 = (at: number) => (head[at] ?? 0) | ((head[at + 1] ?? 0) << 8);
    const u24 = (at: number) => u16(at) | ((head[at + 2] ?? 0) << 16);
    if (chunk === "VP8X") checkPixels(u24(24) + 1, u24(27) + 1);
    else if (chunk === "VP8 ") checkPixels(u16(26) & 0x3fff, u16(28) & 0x3fff);
    else if (chunk === "VP8L") {
      const bits =
        (head[21] ?? 0) | ((head[22] ?? 0) << 8) | ((head[23] ?? 0) << 16) | ((head[24] ?? 0) << 24);
      checkPixels((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
    } else throw refused(M.webpBroken);
    return true;
  });

/** Walks the JPEG segments up to the first frame header (SOFn), which holds the size in pixels. */
const jpegInspector = () =>
  headInspector("image/jpeg", JPEG_HEADER_SEARCH_BYTES, (head, complete) => {
    let at = 2;
    while (at + 9 <= head.length) {
      if (head[at] !== 0xff) throw refused(M.jpegBroken);
      const marker = head[at + 1] ?? 0;
      if (marker === 0xff) {
        at++;
        continue;
      }
      const length = ((head[at + 2] ?? 0) << 8) | (head[at + 3] ?? 0);
      const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
      if (isFrame) {
        checkPixels(
          ((head[at + 7] ?? 0) << 8) | (head[at + 8] ?? 0),
          ((head[at + 5] ?? 0) << 8) | (head[at + 6] ?? 0),
        );
        return true;
      }
      if (marker === 0xd9 || marker === 0xda) throw refused(M.jpegNoSize);
      at += 2 + length;
    }
    if (complete) throw refused(M.jpegIncomplete);
    return false;
  });

/** PDF names that run code or other programs when the file is opened. */
const ACTIVE_PDF_NAMES = new Set(["JavaScript", "JS", "Launch", "RichMedia", "EmbeddedFile"]);
const PDF_DELIMITERS = new Set("()<>[]{}/% \t\r\n\f\0".split("").map((char) => char.charCodeAt(0)));
const MAX_PDF_NAME = 127;
const STREAM = [..."stream"].map((char) => char.charCodeAt(0));
const END_STREAM = [..."endstream"].map((char) => char.charCodeAt(0));

/**
 * Reads every PDF name token (`/Name`, with `#xx` escapes decoded) across chunk borders and refuses active
 * content. Stream data (`stream` … `endstream`) is skipped, so compressed bytes cannot look like a name;
 * names inside compressed object streams are therefore not seen (decision 0034).
 */
function pdfInspector(): ContentInspector {
  let name: number[] | null = null;
  let inStream = false;
  /** How much of `stream` (outside) or `endstream` (inside stream data) the last bytes spell. */
  let matched = 0;
  let beforeKeyword = 0;
  let previous = 0;
  const endName = () => {
    if (name === null) return;
    const decoded = String.fromCharCode(...name).replace(/#([0-9a-fA-F]{2})/g, (_match, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
    name = null;
    if (ACTIVE_PDF_NAMES.has(decoded)) throw refused(M.pdfActive(decoded));
  };
  const follow = (byte: number, keyword: readonly number[]) => {
    if (byte === keyword[matched]) matched++;
    else matched = byte === keyword[0] ? 1 : 0;
  };
  return {
    contentType: "application/pdf",
    push: (chunk) => {
      for (const byte of chunk) {
        if (inStream) {
          follow(byte, END_STREAM);
          if (matched === END_STREAM.length) {
            inStream = false;
            matched = 0;
          }
          continue;
        }
        if (name !== null) {
          if (PDF_DELIMITERS.has(byte)) endName();
          else {
            if (name.length < MAX_PDF_NAME) name.push(byte);
            previous = byte;
            continue;
          }
        }
        if (matched === STREAM.length) {
          if (byte === 0x0a && beforeKeyword !== 0x64) {
            inStream = true;
            matched = 0;
            previous = byte;
            continue;
          }
          if (byte !== 0x0d) matched = 0;
        } else {
          if (matched === 0 && byte === STREAM[0]) beforeKeyword = previous;
          follow(byte, STREAM);
        }
        if (byte === 0x2f) name = [];
        previous = byte;
      }
    },
    finish: endName,
  };
}

const WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";
const MACRO_ENTRY = /(^|\/)(vbaProject\.bin|vbaData\.xml)$|^(Basic|Scripts)\//i;
const MAX_MANIFEST_BYTES = 1024 * 1024;

/**
 * A ZIP is only a DOCX when `[Content_Types].xml` names a Word main document, and only an ODT when its
 * `mimetype` entry says so. Macro-enabled documents are refused, and unpacking stops at MAX_UNPACKED_BYTES.
 */
function officeInspector(): ContentInspector {
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  let entries = 0;
  let unpacked = 0;
  const manifests = new Map<string, string>();
  const decoder = new TextDecoder();
  let failure: ApiError | null = null;
  const fail = (error: ApiError) => {
    failure ??= error;
  };
  unzip.onfile = (file) => {
    entries++;
    if (entries > MAX_ZIP_ENTRIES) return fail(refused(M.zipTooManyEntries));
    if (MACRO_ENTRY.test(file.name)) return fail(refused(M.macrosRefused));
    const keep = file.name === "[Content_Types].xml" || file.name === "mimetype";
    let text = "";
    file.ondata = (error, data, final) => {
      if (error) return fail(refused(M.documentBroken));
      unpacked += data.length;
      if (unpacked > MAX_UNPACKED_BYTES) return fail(refused(M.unpackedTooLarge));
      if (keep && text.length < MAX_MANIFEST_BYTES) text += decoder.decode(data, { stream: !final });
      if (final && keep) manifests.set(file.name, text);
    };
    try {
      file.start();
    } catch {
      fail(refused(M.documentBroken));
    }
  };
  const raise = () => {
    if (failure) throw failure;
  };
  let contentType: DocumentContentType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  return {
    get contentType() {
      return contentType;
    },
    push: (chunk) => {
      if (failure) raise();
      try {
        unzip.push(chunk, false);
      } catch {
        fail(refused(M.documentBroken));
      }
      raise();
    },
    finish: () => {
      try {
        unzip.push(new Uint8Array(0), true);
      } catch {
        fail(refused(M.documentBroken));
      }
      raise();
      const types = manifests.get("[Content_Types].xml");
      const mimetype = manifests.get("mimetype")?.trim();
      if (types !== undefined) {
        if (/macroEnabled/i.test(types)) throw refused(M.macrosRefusedDocx);
        if (!types.includes(WORD_MAIN)) throw refused(M.notWordDocument);
        contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        return;
      }
      if (mimetype === ODT_MIMETYPE) {
        contentType = "application/vnd.oasis.opendocument.text";
        return;
      }
      throw refused(M.zipNotDocument);
    },
  };
}

const extensions: Record<DocumentContentType, readonly string[]> = {
  "application/pdf": ["pdf"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/png": ["png"],
  "image/webp": ["webp"],
  "image/heic": ["heic", "heif"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
  "application/vnd.oasis.opendocument.text": ["odt"],
};

const UNSAFE_NAME_CHARACTERS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff<>:"/\\|?*]/g;

/** The name as shown and as downloaded: no path, no control or direction characters, the detected extension. */
export function sanitisedFileName(raw: string, contentType: DocumentContentType): string {
  const base = raw.normalize("NFC").split(/[/\\]/).pop() ?? "";
  let name = base
    .replace(UNSAFE_NAME_CHARACTERS, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, "");
  if (name === "") name = "dokument";
  const allowed = extensions[contentType];
  const extension = name.includes(".") ? (name.split(".").pop() ?? "").toLowerCase() : "";
  if (!allowed.includes(extension)) name = `${name}.${allowed[0]}`;
  if (name.length > 150) name = `${name.slice(0, 140).trim()}….${allowed[0]}`;
  return name;
}
