import { randomBytes } from "node:crypto";

let lastMs = 0;
let sequence = 0;
const POOL_IDS = 256;
let pool = Buffer.alloc(0);
let poolOffset = 0;

/** One call into the system's random source per 256 ids instead of one per id. */
function randomSixteen(): Buffer {
  if (poolOffset >= pool.length) {
    pool = randomBytes(16 * POOL_IDS);
    poolOffset = 0;
  }
  const bytes = Buffer.from(pool.subarray(poolOffset, poolOffset + 16));
  poolOffset += 16;
  return bytes;
}

/** UUIDv7: time-ordered, so ids sort by creation on both databases. */
export function newId(): string {
  let now = Date.now();
  if (now <= lastMs) {
    sequence = (sequence + 1) & 0xfff;
    if (sequence === 0) lastMs += 1;
    now = lastMs;
  } else {
    lastMs = now;
    sequence = randomSixteen().readUInt16BE(0) & 0x7ff;
  }
  const bytes = randomSixteen();
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | ((sequence >> 8) & 0x0f);
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
