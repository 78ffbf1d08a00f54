import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import sharp from "sharp";
import { MAX_IMAGE_PIXELS } from "./content-check.ts";

/** The longest edge of a preview: a thumbnail in the list, a readable view of a passport photo page. */
export const PREVIEW_EDGE = 480;
export const PREVIEW_CONTENT_TYPE = "image/webp";

// One image at a time and no decoded-image cache: previews are rare, the machine is small and shared.
sharp.concurrency(1);
sharp.cache(false);

/**
 * Re-encodes an image into a small WebP: turned upright by its EXIF orientation, every metadata block dropped
 * (GPS, camera, comments), decoding refused above the pixel cap. `null` when the decoder cannot read it
 * (HEIC: the prebuilt libvips has no HEVC decoder), so the document simply has no preview.
 */
export async function renderPreview(source: ReadableStream<Uint8Array>): Promise<Buffer | null> {
  const pipeline = sharp({ limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error", sequentialRead: true })
    .rotate()
    .resize(PREVIEW_EDGE, PREVIEW_EDGE, { fit: "inside", withoutEnlargement: true })
    .webp({ quality: 72 });
  const input = Readable.fromWeb(source as NodeReadableStream<Uint8Array>);
  input.on("error", (error) => pipeline.destroy(error));
  input.pipe(pipeline);
  try {
    return await pipeline.toBuffer();
  } catch {
    input.destroy();
    return null;
  }
}
