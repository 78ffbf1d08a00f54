import { beforeAll, describe, expect, it } from "vitest";
import { centreScope } from "#server/db/centre-scope.ts";
import { anonymisePerson } from "#server/modules/anonymisation/anonymise.service.ts";
import { DocumentListSchema, DocumentSchema, DocumentUploadResultSchema } from "#shared/schemas/document.ts";
import { addDays, todayInBerlin } from "#shared/time/calendar.ts";
import { sampleDocx, sampleOdt, samplePdf, samplePng, uploadFile, zipOf } from "../factories/documents.ts";
import { createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { createCaseFile } from "../factories/records.ts";
import { type Client, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
const lane = process.env.TEST_DB ?? "sqlite";
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
let otherAdvisor: Client;
let employer: Client;

beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
  otherAdvisor = await signIn(app, cast.other.advisor.email, TEST_PASSWORD);
  employer = await signIn(app, cast.own.employer.email, TEST_PASSWORD);
});

const newPerson = async () => (await createCaseFile(db, advisor, cast.own.centre.id)).personId;

async function uploaded(response: Response, status = 201) {
  expect(response.status, await response.clone().text()).toBe(status);
  return DocumentUploadResultSchema.parse(await response.json());
}

async function refusal(response: Response, status: number) {
  expect(response.status, await response.clone().text()).toBe(status);
  const body = (await response.json()) as { error: { code: string; message: string; details?: unknown } };
  return body.error;
}

const storedRows = async (personId: string) =>
  db.selectFrom("documents").select(["id", "status"]).where("person_id", "=", personId).execute();
const chunkCount = async () =>
  Number(
    (await db.selectFrom("document_chunks").select(db.fn.countAll().as("n")).executeTakeFirstOrThrow()).n,
  );

describe(`documents per person (${lane})`, () => {
  it("stores an uploaded PDF and lists it with type, name, size and validity", async () => {
    const personId = await newPerson();
    const pdf = samplePdf(["Reisepass Muster"]);
    const validUntil = addDays(todayInBerlin(), 400);
    const { document, duplicate } = await uploaded(
      await uploadFile(app, advisor, personId, {
        bytes: pdf,
        name: "Reisepass Müller.pdf",
        type: "passport",
        validUntil,
        note: "Kopie",
        mime: "text/html",
      }),
    );
    expect(duplicate).toBe(false);
    expect(document).toMatchObject({
      personId,
      type: "passport",
      fileName: "Reisepass Müller.pdf",
      contentType: "application/pdf",
      sizeBytes: pdf.length,
      validUntil,
      note: "Kopie",
    });
    expect(document.sha256).toMatch(/^[0-9a-f]{64}$/);
    const list = DocumentListSchema.parse(
      await (await advisor.get(`/api/persons/${personId}/documents`)).json(),
    );
    expect(list.items.map((item) => item.id)).toEqual([document.id]);
    const meta = DocumentSchema.parse(await (await advisor.get(`/api/documents/${document.id}`)).json());
    expect(meta).toEqual(document);
  });

  it("streams the bytes back unchanged, always as a sandboxed download", async () => {
    const personId = await newPerson();
    const png = new Uint8Array(samplePng(8, 8));
    const { document } = await uploaded(
      await uploadFile(app, advisor, personId, {
        bytes: png,
        name: "../../etc/Zeugnis\u202e.png",
        type: "cv",
      }),
    );
    expect(document.fileName).toBe("Zeugnis_.png");
    const response = await advisor.get(`/api/documents/${document.id}/content`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="Zeugnis_.png"');
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBe("sandbox; default-src 'none'");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(png);
  });

  it("keeps a file of several chunks whole", async () => {
    const personId = await newPerson();
    const pdf = samplePdf(["Groß"]);
    const padding = new TextEncoder().encode(`%${"x".repeat(700 * 1024)}\n`);
    const big = new Uint8Array([...pdf.subarray(0, 9), ...padding, ...pdf.subarray(9)]);
    const { document } = await uploaded(
      await uploadFile(app, advisor, personId, { bytes: big, name: "gross.pdf" }),
    );
    const chunks = await db
      .selectFrom("document_chunks")
      .select("seq")
      .where("document_id", "=", document.id)
      .execute();
    expect(chunks.length).toBe(3);
    const response = await advisor.get(`/api/documents/${document.id}/content`);
    expect(response.headers.get("content-length")).toBe(String(big.length));
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(big))).toBe(true);
  });

  it("recognises a re-upload of the same file: 200, the stored document, nothing stored twice", async () => {
    const personId = await newPerson();
    const pdf = samplePdf(["Zweimal"]);
    const first = await uploaded(await uploadFile(app, advisor, personId, { bytes: pdf, name: "a.pdf" }));
    const chunksBefore = await chunkCount();
    const second = await uploaded(
      await uploadFile(app, advisor, personId, { bytes: pdf, name: "b.pdf", type: "cv" }),
      200,
    );
    expect(second).toEqual({ document: first.document, duplicate: true });
    expect(await chunkCount()).toBe(chunksBefore);
    expect(await storedRows(personId)).toEqual([{ id: first.document.id, status: "ready" }]);
  });

  it("accepts JPEG, WebP, HEIC, DOCX and ODT by their content", async () => {
    const personId = await newPerson();
    const jpeg = new Uint8Array([
      0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xc0, 0, 11,
      8, 0, 2, 0, 3, 1, 1, 0x11, 0, 0xff, 0xd9,
    ]);
    const webp = new Uint8Array(40);
    webp.set(new TextEncoder().encode("RIFF"), 0);
    webp.set(new TextEncoder().encode("WEBPVP8X"), 8);
    webp.set([10, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 9, 0, 0], 16);
    const heic = new Uint8Array([
      0,
      0,
      0,
      24,
      ...new TextEncoder().encode("ftypheic"),
      0,
      0,
      0,
      0,
      ...new Array(60).fill(0),
    ]);
    const cases: [Uint8Array, string, string][] = [
      [jpeg, "foto.jpg", "image/jpeg"],
      [webp, "foto.webp", "image/webp"],
      [heic, "foto.heic", "image/heic"],
      [
        sampleDocx(),
        "lebenslauf.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      ],
      [sampleOdt(), "vertrag.odt", "application/vnd.oasis.opendocument.text"],
    ];
    for (const [bytes, name, contentType] of cases) {
      const { document } = await uploaded(await uploadFile(app, advisor, personId, { bytes, name }));
      expect(document.contentType, name).toBe(contentType);
    }
  });

  it.each([
    [
      "an executable named .pdf",
      new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, ...new Array(80).fill(0)]),
      "Dateityp nicht erlaubt",
    ],
    [
      "HTML",
      new TextEncoder().encode("<!doctype html><html><script>alert(1)</script></html>"),
      "Dateityp nicht erlaubt",
    ],
    [
      "SVG with script",
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      "Dateityp nicht erlaubt",
    ],
    [
      "a PDF with JavaScript",
      new TextEncoder().encode(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF\n",
      ),
      "aktiven Inhalten (/JavaScript)",
    ],
    [
      "a PDF hiding /JS behind a name escape",
      new TextEncoder().encode(
        "%PDF-1.4\n1 0 obj << /OpenAction << /S /Java#53cript /J#53 (x) >> >> endobj\n",
      ),
      "aktiven Inhalten",
    ],
    [
      "a PDF with a launch action",
      new TextEncoder().encode("%PDF-1.4\n1 0 obj << /A << /S /Launch /F (cmd.exe) >> >> endobj\n"),
      "/Launch",
    ],
    ["a macro-enabled Word document", sampleDocx({ macros: true }), "Makros"],
    [
      "a ZIP that is no document",
      zipOf({ "readme.txt": "hallo", "evil.exe": "MZ" }),
      "ZIP-Archiv ist kein Dokument",
    ],
    [
      "a PNG claiming 100 000 × 100 000 pixels",
      samplePng(2, 2, { width: 100_000, height: 100_000 }),
      "Das Bild ist zu groß",
    ],
  ])("refuses %s with 415 and a clear message, storing nothing", async (_label, bytes, message) => {
    const personId = await newPerson();
    const chunksBefore = await chunkCount();
    const error = await refusal(await uploadFile(app, advisor, personId, { bytes, name: "scan.pdf" }), 415);
    expect(error.code).toBe("unsupported_media_type");
    expect(error.message).toContain(message);
    expect(await storedRows(personId)).toEqual([]);
    expect(await chunkCount()).toBe(chunksBefore);
  });

  it("refuses a file over 20 MB with 413 and keeps nothing of it", async () => {
    const personId = await newPerson();
    const pdf = samplePdf(["Zu groß"]);
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(pdf.subarray(0, 9));
    const error = await refusal(
      await uploadFile(app, advisor, personId, { bytes: big, name: "riesig.pdf" }),
      413,
    );
    expect(error.code).toBe("payload_too_large");
    expect(error.details).toMatchObject({ reason: "file_too_large" });
    expect(await storedRows(personId)).toEqual([]);
  });

  it("answers a missing file, an unknown type and a JSON body with a 4xx naming the problem", async () => {
    const personId = await newPerson();
    const form = new FormData();
    form.append("type", "passport");
    const noFile = await app.request(`/api/persons/${personId}/documents`, {
      method: "POST",
      headers: { origin: "http://localhost", cookie: advisor.cookie ?? "" },
      body: form,
    });
    expect((await refusal(noFile, 422)).details).toEqual([
      { path: "file", code: "doc_file_missing", message: "Bitte eine Datei wählen" },
    ]);
    const badType = await uploadFile(app, advisor, personId, { bytes: samplePdf(["x"]), type: "tax_return" });
    expect(((await refusal(badType, 422)).details as { path: string }[])[0]?.path).toBe("type");
    expect((await refusal(await advisor.post(`/api/persons/${personId}/documents`, {}), 415)).code).toBe(
      "unsupported_media_type",
    );
    expect(await storedRows(personId)).toEqual([]);
  });

  it("refuses an upload from another origin (CSRF)", async () => {
    const personId = await newPerson();
    const form = new FormData();
    form.append("type", "other");
    form.append("file", new Blob([samplePdf(["x"]) as Uint8Array<ArrayBuffer>]), "x.pdf");
    const response = await app.request(`/api/persons/${personId}/documents`, {
      method: "POST",
      headers: { origin: "https://evil.example", cookie: advisor.cookie ?? "" },
      body: form,
    });
    expect(response.status).toBe(403);
    expect(await storedRows(personId)).toEqual([]);
  });

  it("answers 404 to another centre for the list, the upload, metadata, content and delete", async () => {
    const personId = await newPerson();
    const { document } = await uploaded(
      await uploadFile(app, advisor, personId, { bytes: samplePdf(["Eigen"]) }),
    );
    expect((await otherAdvisor.get(`/api/persons/${personId}/documents`)).status).toBe(404);
    expect((await uploadFile(app, otherAdvisor, personId, { bytes: samplePdf(["Fremd"]) })).status).toBe(404);
    expect((await otherAdvisor.get(`/api/documents/${document.id}`)).status).toBe(404);
    const content = await otherAdvisor.get(`/api/documents/${document.id}/content`);
    expect(content.status).toBe(404);
    expect(await content.text()).not.toContain("%PDF");
    expect((await otherAdvisor.delete(`/api/documents/${document.id}`)).status).toBe(404);
    expect((await employer.get(`/api/documents/${document.id}/content`)).status).toBe(403);
    expect(await storedRows(personId)).toEqual([{ id: document.id, status: "ready" }]);
  });

  it("audits upload, list, read and download, the download's entry committed before the bytes", async () => {
    const personId = await newPerson();
    const { document } = await uploaded(
      await uploadFile(app, advisor, personId, { bytes: samplePdf(["Audit"]) }),
    );
    await advisor.get(`/api/persons/${personId}/documents`);
    await advisor.get(`/api/documents/${document.id}`);
    const download = await advisor.get(`/api/documents/${document.id}/content`);
    const requestId = download.headers.get("x-request-id") ?? "";
    const entry = await db
      .selectFrom("audit_log")
      .select(["id", "action", "details"])
      .where("request_id", "=", requestId)
      .executeTakeFirstOrThrow();
    expect(entry.action).toBe("document.download");
    expect(JSON.parse(entry.details ?? "{}")).toMatchObject({ channel: "document_download", personId });
    const named = await db
      .selectFrom("audit_persons")
      .select("person_id")
      .where("audit_id", "=", entry.id)
      .execute();
    expect(named.map((row) => row.person_id)).toEqual([personId]);
    await download.arrayBuffer();
    const actions = (
      await db
        .selectFrom("audit_log")
        .select("action")
        .where((eb) => eb.or([eb("entity_id", "=", document.id), eb("entity_id", "=", personId)]))
        .where("action", "like", "document.%")
        .orderBy("at")
        .execute()
    ).map((row) => row.action);
    expect(actions).toEqual(["document.create", "document.list", "document.read", "document.download"]);
  });

  it("deletes a document with its bytes", async () => {
    const personId = await newPerson();
    const { document } = await uploaded(
      await uploadFile(app, advisor, personId, { bytes: samplePdf(["Weg"]) }),
    );
    expect((await advisor.delete(`/api/documents/${document.id}`)).status).toBe(204);
    expect((await advisor.get(`/api/documents/${document.id}`)).status).toBe(404);
    expect(
      await db.selectFrom("document_chunks").select("seq").where("document_id", "=", document.id).execute(),
    ).toEqual([]);
  });

  it("makes a task for a document valid for less than 90 more days", async () => {
    const personId = await newPerson();
    const validUntil = addDays(todayInBerlin(), 30);
    const { document } = await uploaded(
      await uploadFile(app, advisor, personId, { bytes: samplePdf(["Pass"]), type: "passport", validUntil }),
    );
    const tasks = await db
      .selectFrom("tasks")
      .select(["title", "auto_key"])
      .where("person_id", "=", personId)
      .where("auto_key", "like", "document:%")
      .execute();
    expect(tasks).toEqual([
      {
        title: expect.stringMatching(/^Reisepass gültig bis \d{2}\.\d{2}\.\d{4}: neues Dokument anfordern$/),
        auto_key: `document:${document.id}:${validUntil}`,
      },
    ]);
  });

  it("deletes a person's documents and their bytes when the person is anonymised", async () => {
    const personId = await newPerson();
    const { document } = await uploaded(
      await uploadFile(app, advisor, personId, { bytes: samplePdf(["Anonym"]) }),
    );
    const outcome = await anonymisePerson(centreScope(db, cast.own.centre.id), personId, {
      reason: "Antrag",
      actorUserId: null,
      today: todayInBerlin(),
    });
    expect(outcome.status).toBe("anonymised");
    expect(await storedRows(personId)).toEqual([]);
    expect(
      await db.selectFrom("document_chunks").select("seq").where("document_id", "=", document.id).execute(),
    ).toEqual([]);
    expect((await advisor.get(`/api/documents/${document.id}/content`)).status).toBe(404);
  });
});
