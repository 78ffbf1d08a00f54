import { beforeAll, describe, expect, it } from "vitest";
import { todayInBerlin } from "#shared/time/calendar.ts";
import { createPerson, createTwoCentres, createUser, TEST_PASSWORD } from "../factories/index.ts";
import { createCaseFile } from "../factories/records.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { apiRoutes } from "../setup/routes.ts";
import { setupTestApp } from "../setup/test-app.ts";

/** Several advisors act on the same record at the same moment: the version check lets exactly one win. */
const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisors: Client[];
beforeAll(async () => {
  cast = await createTwoCentres(db);
  const colleagues = await Promise.all(
    [1, 2, 3].map(() => createUser(db, { role: "advisor", centreId: cast.own.centre.id })),
  );
  advisors = [
    await signIn(app, cast.own.advisor.email, TEST_PASSWORD),
    ...(await Promise.all(colleagues.map((user) => signIn(app, user.email, TEST_PASSWORD)))),
  ];
});

async function race(requests: (() => Response | Promise<Response>)[]) {
  const responses = await Promise.all(requests.map((request) => request()));
  const winners = responses.filter((response) => response.status === 200);
  const losers = responses.filter((response) => response.status !== 200);
  return { responses, winners, losers };
}

describe("two advisors change the same record at once", () => {
  it.each([2, 4])(
    "person: of %i updates with the same version exactly one wins, the others get 409 with the current record",
    async (count) => {
      const person = await createPerson(db, cast.own.centre.id, { familyName: `Gleichzeitig${count}` });
      const { winners, losers } = await race(
        advisors
          .slice(0, count)
          .map(
            (advisor, index) => () =>
              advisor.patch(`/api/persons/${person.id}`, { version: 1, notes: `Notiz ${index}` }),
          ),
      );
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(count - 1);
      const won = await winners[0]?.json();
      for (const loser of losers) {
        const error = await expectError(loser, 409, "conflict");
        expect(error.details).toMatchObject({
          reason: "stale_version",
          current: { id: person.id, version: 2 },
        });
        expect((error.details as { current: { notes: string } }).current.notes).toBe(won.notes);
      }
      const stored = await db
        .selectFrom("persons")
        .select(["version", "notes"])
        .where("id", "=", person.id)
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({ version: 2, notes: won.notes });
    },
  );

  it("case: of two updates with the same version exactly one wins, the other gets 409 with the current case", async () => {
    const file = await createCaseFile(db, advisors[0] as Client, cast.own.centre.id);
    const { winners, losers } = await race([
      () =>
        (advisors[0] as Client).patch(`/api/cases/${file.caseId}`, { version: 1, concerns: ["language"] }),
      () => (advisors[1] as Client).patch(`/api/cases/${file.caseId}`, { version: 1, concerns: ["family"] }),
    ]);
    expect(winners).toHaveLength(1);
    const won = await winners[0]?.json();
    const error = await expectError(losers[0] as Response, 409, "conflict");
    expect(error.details).toMatchObject({
      reason: "stale_version",
      current: { id: file.caseId, version: 2, concerns: won.concerns },
    });
  });

  it("case: two transitions at once move the case once", async () => {
    const file = await createCaseFile(db, advisors[0] as Client, cast.own.centre.id);
    const { winners, losers } = await race(
      advisors
        .slice(0, 3)
        .map(
          (advisor) => () =>
            advisor.post(`/api/cases/${file.caseId}/transitions`, { version: 1, to: "active" }),
        ),
    );
    expect(winners).toHaveLength(1);
    for (const loser of losers) expect(loser.status).toBe(409);
    const audits = await db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", file.caseId)
      .where("action", "like", "%transition%")
      .execute();
    expect(audits).toHaveLength(1);
  });
});

const hasPlacements = apiRoutes(app).some(
  (route) => route.method === "POST" && route.path === "/api/placements",
);

describe.runIf(hasPlacements)("the last places of an offer", () => {
  it.each([1, 2])(
    "accepting %i-place offers from many candidates at once never takes more places than there are",
    async (places) => {
      const advisor = advisors[0] as Client;
      const offerResponse = await advisor.post("/api/offers", {
        companyId: cast.own.company.id,
        type: "tth_internship",
        title: `Praktikum ${places}`,
        occupation: "81302",
        district: "lk-hildesheim",
        places,
        status: "open",
      });
      expect(offerResponse.status, await offerResponse.clone().text()).toBe(201);
      const offer = await offerResponse.json();
      const candidates = 5;
      const placements: { id: string; version: number }[] = [];
      for (let index = 0; index < candidates; index++) {
        const person = await createPerson(db, cast.own.centre.id, {
          familyName: `Bewerber${places}x${index}`,
          birthDate: `199${index}-02-0${index + 1}`,
        });
        const consent = await advisor.post(`/api/persons/${person.id}/consents`, {
          purpose: "employer_sharing",
          givenOn: todayInBerlin(),
          channel: "paper",
          noticeVersion: "2026-01",
        });
        expect(consent.status).toBe(201);
        const placement = await advisor.post("/api/placements", { offerId: offer.id, personId: person.id });
        expect(placement.status, await placement.clone().text()).toBe(201);
        placements.push(await placement.json());
      }
      const { winners, losers } = await race(
        placements.map(
          (placement, index) => () =>
            (advisors[index % advisors.length] as Client).post(
              `/api/placements/${placement.id}/transitions`,
              {
                version: placement.version,
                to: "accepted",
              },
            ),
        ),
      );
      expect(winners).toHaveLength(places);
      for (const loser of losers) {
        const error = await expectError(loser, 409, "conflict");
        expect(["offer_full", "offer_not_open"]).toContain((error.details as { reason: string }).reason);
      }
      const stored = await db
        .selectFrom("offers")
        .select(["places", "places_taken", "status"])
        .where("id", "=", offer.id)
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({ places, places_taken: places, status: "filled" });
      const accepted = await db
        .selectFrom("placements")
        .select("id")
        .where("offer_id", "=", offer.id)
        .where("stage", "=", "accepted")
        .execute();
      expect(accepted).toHaveLength(places);
    },
  );
});

if (!hasPlacements) {
  describe("the last places of an offer (without /api/placements)", () => {
    it.todo("accepting the last place of an offer from many candidates at once never overbooks it");
  });
}
