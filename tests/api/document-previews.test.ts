import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { samplePdf, uploadFile } from "../factories/documents.ts";
import { createPerson, createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
let otherAdvisor: Client;
let personId: string;

beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
  otherAdvisor = await signIn(app, cast.other.advisor.email, TEST_PASSWORD);
  personId = (await createPerson(db, cast.own.centre.id)).id;
});

async function upload(bytes: Uint8Array, name: string) {
  const response = await uploadFile(app, advisor, personId, { bytes, name });
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { document: { id: string } }).document.id;
}

/** A real photo-sized JPEG with EXIF text in it, as a phone camera would send. */
const photo = (width: number, height: number, colour: string) =>
  sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .withExif({ IFD0: { Copyright: "Geheime Angabe", Artist: "Kamera von Rami" } })
    .toBuffer();

describe("server-made previews of image documents (decision 0044)", () => {
  it("answers a small WebP, re-encoded without metadata, inline but sniff-proof and sandboxed", async () => {
    const id = await upload(new Uint8Array(await photo(1600, 1200, "#c03030")), "pass.jpg");
    const response = await advisor.get(`/api/documents/${id}/preview`);
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("content-disposition")).toMatch(/^inline/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toMatch(/sandbox/);
    const bytes = Buffer.from(await response.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({
      format: "webp",
      width: 480,
      height: 360,
    });
    expect(meta.exif).toBeUndefined();
    expect(bytes.toString("latin1")).not.toMatch(/Geheime Angabe|Rami/);
    expect(bytes.length).toBeLessThan(30_000);
  });

  it("makes the preview once and keeps it; every answer is audited as a preview", async () => {
    const id = await upload(new Uint8Array(await photo(300, 200, "#3030c0")), "foto.jpg");
    const first = await advisor.get(`/api/documents/${id}/preview`);
    const second = await advisor.get(`/api/documents/${id}/preview`);
    expect(Buffer.from(await second.arrayBuffer())).toEqual(Buffer.from(await first.arrayBuffer()));
    const kept = await db
      .selectFrom("document_previews")
      .select("document_id")
      .where("document_id", "=", id)
      .execute();
    expect(kept).toHaveLength(1);
    const audited = await db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .where("entity_id", "=", id)
      .where("action", "=", "document.preview")
      .execute();
    expect(audited).toHaveLength(2);
    expect(JSON.parse(audited[0]?.details ?? "{}")).toMatchObject({ personId, channel: "document_download" });
  });

  it("has no preview for a PDF, a HEIC photo or an image its decoder cannot read: 404, not a 500", async () => {
    const heic = new Uint8Array([
      0,
      0,
      0,
      24,
      ...new TextEncoder().encode("ftypheic"),
      ...new Array(64).fill(0),
    ]);
    const headerOnlyJpeg = new Uint8Array([
      0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xc0, 0, 11,
      8, 0, 2, 0, 3, 1, 1, 0x11, 0, 0xff, 0xd9,
    ]);
    for (const [bytes, name] of [
      [samplePdf(["Vorschau"]), "zeugnis.pdf"],
      [heic, "foto.heic"],
      [headerOnlyJpeg, "kaputt.jpg"],
    ] as const) {
      const id = await upload(bytes, name);
      await expectError(await advisor.get(`/api/documents/${id}/preview`), 404, "not_found");
    }
  });

  it("answers 404 to an advisor of another centre", async () => {
    const id = await upload(new Uint8Array(await photo(64, 48, "#30c030")), "fremd.jpg");
    await expectError(await otherAdvisor.get(`/api/documents/${id}/preview`), 404, "not_found");
    const audited = await db
      .selectFrom("audit_log")
      .select("id")
      .where("entity_id", "=", id)
      .where("action", "=", "document.preview")
      .execute();
    expect(audited).toEqual([]);
  });
});
