import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

/**
 * The sign-in page's JavaScript budget: the entry chunk of the built client and everything it imports
 * statically (plus the login route's chunk, should it become lazy) — at most 200 KB gzip.
 * `npm test` builds the client first; `ANKOMMEN_CLIENT_DIST` points at another build.
 */
const BUDGET_BYTES = 200 * 1024;
const dist = process.env.ANKOMMEN_CLIENT_DIST ?? path.resolve(import.meta.dirname, "../../dist/client");
const manifestFile = path.join(dist, ".vite", "manifest.json");

type Chunk = { file: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[]; src?: string };

function signInChunks(manifest: Record<string, Chunk>): string[] {
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
  if (!entry) throw new Error("the manifest has no entry chunk");
  const roots = [entry[0], ...Object.keys(manifest).filter((key) => /routes\/login\.tsx$/.test(key))];
  const seen = new Set<string>();
  const pending = [...roots];
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    if (seen.has(key)) continue;
    seen.add(key);
    pending.push(...(manifest[key]?.imports ?? []));
  }
  return [...seen].map((key) => manifest[key]?.file ?? key).filter((file) => file.endsWith(".js"));
}

describe("client budget", () => {
  it("keeps the sign-in page's JavaScript under 200 KB gzip", () => {
    expect(fs.existsSync(manifestFile), `no client build at ${dist} (run vite build)`).toBe(true);
    const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as Record<string, Chunk>;
    const files = signInChunks(manifest);
    const sizes = files.map((file) => {
      const content = fs.readFileSync(path.join(dist, file));
      return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
    });
    const gzip = sizes.reduce((sum, size) => sum + size.gzip, 0);
    const raw = sizes.reduce((sum, size) => sum + size.raw, 0);
    process.stdout.write(
      `[budget] sign-in JavaScript: ${(gzip / 1024).toFixed(1)} KB gzip (${(raw / 1024).toFixed(1)} KB raw) ` +
        `in ${files.length} files; budget ${BUDGET_BYTES / 1024} KB\n`,
    );
    expect(files.length).toBeGreaterThan(0);
    expect(gzip, sizes.map((size) => `${size.file}: ${size.gzip}`).join("\n")).toBeLessThanOrEqual(
      BUDGET_BYTES,
    );
  });
});
