import { beforeAll, describe, expect, it } from "vitest";
import { ActivityListSchema, ActivitySchema } from "#shared/schemas/case.ts";
import { ConsentListSchema } from "#shared/schemas/consent.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import { createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { type CaseFile, createCaseFile } from "../factories/records.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
const today = todayInBerlin();

beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
});

const referral = { type: "referral", occurredOn: today, text: "Weiterleitung an die IHK FOSA" };

async function activitiesOf(file: CaseFile) {
  const response = await advisor.get(`/api/cases/${file.caseId}/activities`);
  return ActivityListSchema.parse(await response.json()).items;
}

async function giveReferralConsent(file: CaseFile) {
  const response = await advisor.post(`/api/persons/${file.personId}/consents`, {
    purpose: "authority_referral",
    givenOn: today,
    channel: "paper",
    noticeVersion: "2026-01",
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string };
}

describe("consent per purpose", () => {
  it("refuses a referral without consent to pass data to authorities, with the reason, and writes nothing", async () => {
    const file = await createCaseFile(db, advisor, cast.own.centre.id);
    const before = await activitiesOf(file);
    const error = await expectError(
      await advisor.post(`/api/cases/${file.caseId}/activities`, referral),
      409,
      "conflict",
    );
    expect(error.message).toContain("Einwilligung in die Weiterleitung an Behörden");
    expect(error.details).toMatchObject({ reason: "no_referral_consent", purpose: "authority_referral" });
    expect(await activitiesOf(file)).toEqual(before);
  });

  it("records the referral once the consent is given, and refuses the next one from the day it is withdrawn", async () => {
    const file = await createCaseFile(db, advisor, cast.own.centre.id);
    const consent = await giveReferralConsent(file);
    const first = await advisor.post(`/api/cases/${file.caseId}/activities`, referral);
    expect(first.status).toBe(201);
    const recorded = ActivitySchema.parse(await first.json());

    const withdrawn = await advisor.post(`/api/persons/${file.personId}/consents/${consent.id}/withdraw`, {
      withdrawnOn: today,
    });
    expect(withdrawn.status).toBe(200);
    await expectError(await advisor.post(`/api/cases/${file.caseId}/activities`, referral), 409, "conflict");
    // What was done with the consent stays as it was.
    expect((await activitiesOf(file)).map((activity) => activity.id)).toContain(recorded.id);
  });

  it("refuses turning another entry into a referral without the consent, and leaves the entry unchanged", async () => {
    const file = await createCaseFile(db, advisor, cast.own.centre.id);
    const [entry] = await activitiesOf(file);
    await expectError(
      await advisor.patch(`/api/cases/${file.caseId}/activities/${file.activityId}`, {
        version: entry?.version,
        type: "referral",
      }),
      409,
      "conflict",
    );
    expect((await activitiesOf(file)).find((activity) => activity.id === file.activityId)?.type).toBe(
      entry?.type,
    );
    await giveReferralConsent(file);
    const changed = await advisor.patch(`/api/cases/${file.caseId}/activities/${file.activityId}`, {
      version: entry?.version,
      type: "referral",
    });
    expect(changed.status).toBe(200);
  });

  it("takes no consent for ESF+ reporting, which rests on the funding regulation, naming the field", async () => {
    const file = await createCaseFile(db, advisor, cast.own.centre.id);
    const error = await expectError(
      await advisor.post(`/api/persons/${file.personId}/consents`, {
        purpose: "esf_reporting",
        givenOn: today,
        channel: "paper",
        noticeVersion: "2026-01",
      }),
      422,
      "validation_failed",
    );
    expect(error.details).toEqual([expect.objectContaining({ path: "purpose" })]);
    const consents = ConsentListSchema.parse(
      await (await advisor.get(`/api/persons/${file.personId}/consents`)).json(),
    );
    expect(consents.items.map((consent) => consent.purpose)).toEqual(["counselling"]);
  });
});
