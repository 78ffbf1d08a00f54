import fs from "node:fs";
import path from "node:path";

/** The built client that `npm test` makes first; `ANKOMMEN_CLIENT_DIST` points at another build. */
export const clientDist =
  process.env.ANKOMMEN_CLIENT_DIST ?? path.resolve(import.meta.dirname, "../../dist/client");
export const manifestFile = path.join(clientDist, ".vite", "manifest.json");

type Chunk = { file: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[]; src?: string };

/** The sign-in page's scripts: the entry chunk and the login route's, with all they import statically. */
export function signInChunks(): string[] {
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as Record<string, Chunk>;
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
