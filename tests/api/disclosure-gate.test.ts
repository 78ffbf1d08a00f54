import { Hono } from "hono";
import { beforeAll, describe, expect, it } from "vitest";
import type { AppEnv } from "#server/app-env.ts";
import type { Logger } from "#server/lib/logger.ts";
import { refuseUndisclosedFiles } from "#server/middleware/undisclosed-files.ts";
import {
  type DisclosureChannel,
  disclosureChannels,
} from "#server/modules/disclosure/disclosure-channels.ts";
import { discloseAggregate, sendFile } from "#server/modules/disclosure/disclosure-gate.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import { candidateWithCv, shareFor } from "../factories/document-shares.ts";
import { samplePdf, uploadFile } from "../factories/documents.ts";
import { createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { createCaseFile } from "../factories/records.ts";
import { type Client, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
let manager: Client;
let personId: string;

beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
  manager = await signIn(app, cast.own.manager.email, TEST_PASSWORD);
  personId = (await createCaseFile(db, advisor, cast.own.centre.id)).personId;
});

/** The audit entry of one request as it stood when the answer arrived, with the persons it names. */
async function entryOf(response: Response) {
  const requestId = response.headers.get("x-request-id") ?? "";
  const entry = await db
    .selectFrom("audit_log")
    .select(["id", "action", "details"])
    .where("request_id", "=", requestId)
    .executeTakeFirst();
  const persons = entry
    ? (
        await db.selectFrom("audit_persons").select("person_id").where("audit_id", "=", entry.id).execute()
      ).map((row) => row.person_id)
    : [];
  return entry ? { action: entry.action, details: JSON.parse(entry.details ?? "{}"), persons } : null;
}

/**
 * Every channel of the gate, each requested once the way its users do. The `Record` makes a new channel without
 * a case here a type error, so no channel goes untested.
 */
const channelRequests: Record<DisclosureChannel, () => Promise<{ response: Response; persons: string[] }>> = {
  art15_export: async () => ({
    response: await advisor.get(`/api/persons/${personId}/export`),
    persons: [personId],
  }),
  list_export: async () => ({
    response: await advisor.get(`/api/exports/cases?format=xlsx&personId=${personId}`),
    persons: [personId],
  }),
  esf_participant_list: async () => {
    const programme = await advisor.post("/api/programmes", {
      name: "ESF Gate",
      fundingSource: "esf_plus",
      esfProjectNumber: "ESF-NI-2026-0100",
      startsOn: "2024-01-01",
    });
    const { id } = (await programme.json()) as { id: string };
    const enrolled = await advisor.post("/api/enrolments", {
      programmeId: id,
      personId,
      enteredOn: todayInBerlin(),
    });
    expect(enrolled.status, await enrolled.clone().text()).toBe(201);
    return {
      response: await advisor.get(`/api/programmes/${id}/esf-participants.xlsx`),
      persons: [personId],
    };
  },
  document_download: async () => {
    const uploaded = await uploadFile(app, advisor, personId, {
      bytes: samplePdf(["Gate"]),
      name: "gate.pdf",
    });
    expect(uploaded.status, await uploaded.clone().text()).toBe(201);
    const { document } = (await uploaded.json()) as { document: { id: string } };
    return { response: await advisor.get(`/api/documents/${document.id}/content`), persons: [personId] };
  },
  employer_document: async () => {
    const employer = await signIn(app, cast.own.employer.email, TEST_PASSWORD);
    const { person, placement, documentId } = await candidateWithCv(app, db, advisor, cast.own);
    await shareFor(advisor, documentId, placement.id);
    return {
      response: await employer.get(`/api/candidates/${placement.id}/documents/${documentId}/content`),
      persons: [person.id],
    };
  },
  calendar_feed: async () => {
    const booked = await advisor.post("/api/appointments", {
      personId,
      type: "consultation",
      startsAt: "2026-10-26T09:00:00.000Z",
      endsAt: "2026-10-26T10:00:00.000Z",
    });
    expect(booked.status, await booked.clone().text()).toBe(201);
    return {
      response: await advisor.get("/api/appointments.ics?from=2026-10-26&to=2026-10-26"),
      persons: [personId],
    };
  },
  statistics_file: async () => ({
    response: await manager.get("/api/stats/requests.csv?from=2026-01&to=2026-12&scope=centre"),
    persons: [],
  }),
};

describe("the disclosure gate", () => {
  it.each(Object.keys(disclosureChannels) as DisclosureChannel[])(
    "lets %s leave only as a download, with the entry naming its persons committed before the answer",
    async (channel) => {
      const { response, persons } = await channelRequests[channel]();
      expect(response.status, await response.clone().text()).toBe(200);
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="[\w.-]+"$/);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      const entry = await entryOf(response);
      if (persons.length === 0) {
        expect(entry).toBeNull();
        return;
      }
      expect(entry?.persons.sort()).toEqual([...persons].sort());
      expect(entry?.details).toMatchObject({ channel, recipient: disclosureChannels[channel].recipient });
    },
  );

  it("replaces a file answer that skipped the gate with a 500 and logs it: a new channel cannot leak", async () => {
    const errors: string[] = [];
    const logger = { error: (message: string) => errors.push(message) } as unknown as Logger;
    const probe = new Hono<AppEnv>()
      .use(refuseUndisclosedFiles(logger))
      .get("/leak.csv", (c) =>
        c.body("Nachname;Vorname\r\nHaddad;Rami\r\n", 200, { "Content-Type": "text/csv" }),
      )
      .get("/leak-json", (c) => {
        c.header("Content-Disposition", 'attachment; filename="people.json"');
        return c.json([{ name: "Rami Haddad" }]);
      })
      .get("/gated.csv", (c) =>
        sendFile(c, discloseAggregate(), {
          body: "Monat;Anfragen\r\n",
          contentType: "text/csv",
          fileName: "a.csv",
        }),
      )
      .get("/answer", (c) => c.json({ ok: true }));

    for (const path of ["/leak.csv", "/leak-json"]) {
      const response = await probe.request(path);
      expect(response.status, path).toBe(500);
      expect(await response.text(), path).not.toContain("Haddad");
    }
    expect(errors).toEqual(["file answer without disclosure", "file answer without disclosure"]);
    expect((await probe.request("/gated.csv")).status).toBe(200);
    expect((await probe.request("/answer")).status).toBe(200);
  });
});
