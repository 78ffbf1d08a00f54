import { unsubscribeToken } from "#server/modules/mail/unsubscribe-token.ts";
import { addDays, todayInBerlin } from "#shared/time/calendar.ts";
import { TEST_PASSWORD } from "../factories/index.ts";
import type { CaseFile } from "../factories/records.ts";
import { testConfig } from "../setup/test-app.ts";

/**
 * The authorization matrix: for every API route, the status each role gets when the records named in the
 * path belong to its own centre (`own`; for employers: their own company), to another centre (`other`),
 * and for employers to another company of their own centre (`otherCompany`).
 * The test (authorization-matrix.test.ts) fails for every route of the app without a row here.
 *
 * Adding a route = adding one row: `row("METHOD /api/path/:id", statuses, { other, request })`.
 */
export const matrixRoles = ["admin", "advisor", "manager", "employer", "anonymous"] as const;
export type MatrixRole = (typeof matrixRoles)[number];
export type Statuses = Record<MatrixRole, number>;

/** What a request may use: fresh records of the target centre, made through the API. */
export type Target = CaseFile & {
  centreId: string;
  /** The other of the two centres (a transfer's receiving centre). */
  peerCentreId: string;
  /** A company of the target centre; for `own` it is the employer's own company. */
  companyId: string;
  /** A user of the target centre that the caller is not. */
  userId: string;
  /** A pending second-factor reset of `userId`, asked for by another admin of the target centre. */
  staffRequestId: string;
  /** Marks the user's pending staff requests decided, so a new one may be asked for. */
  settleStaffRequests: (userId: string) => Promise<void>;
  /** The current version of a record (after the request builder changed it, if it did). */
  versionOf: (table: string, id: string) => Promise<number>;
  /** POST as an advisor of the target centre; answers the created record. */
  create: (path: string, body: unknown) => Promise<{ id: string; version?: number }>;
  /** A document of the target person (a PDF unless `image`), uploaded by an advisor of the target centre; answers its id. */
  createDocument: (options?: { image?: boolean }) => Promise<string>;
  /** A committed company import of the target centre (one row), made by its advisor; answers the run's id. */
  createImportRun: () => Promise<string>;
};
export type Caller = { role: MatrixRole; email: string };
/** `form`: a multipart/form-data body (document and spreadsheet uploads) instead of the JSON `body`. */
export type Built = { params?: Record<string, string>; body?: unknown; query?: string; form?: FormData };

export type MatrixRow = {
  method: string;
  path: string;
  own: Statuses;
  /** Statuses when the path names records of another centre; unnamed roles answer as in `own`. */
  other?: Partial<Statuses>;
  /** Employers only: records of another company in their own centre. */
  otherCompany?: Partial<Statuses>;
  /** Builds path parameters, body and query for one request against fresh records of the target centre. */
  request?: (target: Target, caller: Caller) => Promise<Built> | Built;
  /** The request ends or changes the caller's session (sign-out, own password): use a fresh user per cell. */
  freshSession?: boolean;
  /**
   * The builder releases the contact of the placement it makes (an advisor's step), so the employer contact
   * gate's walk (employer-disclosure.test.ts) calls the route with its own fixture placements instead.
   */
  releasesContact?: boolean;
};

const NOT_SIGNED_IN = 401;
const FORBIDDEN = 403;

/** Every signed-in role gets `status`, anonymous 401. */
export const signedIn = (status: number): Statuses => ({
  admin: status,
  advisor: status,
  manager: status,
  employer: status,
  anonymous: NOT_SIGNED_IN,
});
/** The named roles get their status, every other signed-in role 403, anonymous 401. */
export const only = (allowed: Partial<Statuses>): Statuses => ({ ...signedIn(FORBIDDEN), ...allowed });
export const everyone = (status: number): Statuses => ({ ...signedIn(status), anonymous: status });

function row(
  route: string,
  own: Statuses,
  extra: Omit<MatrixRow, "method" | "path" | "own"> = {},
): MatrixRow {
  const [method = "", path = ""] = route.split(" ");
  return { method, path, own, ...extra };
}

let serial = 0;
const unique = () => `${Date.now().toString(36)}${(serial++).toString(36)}`;
const today = () => todayInBerlin();

const person = (target: Target) => ({ params: { id: target.personId } });
const caseOf = (target: Target) => ({ params: { id: target.caseId } });
const languageEntry = () => ({
  source: "assessment",
  date: todayInBerlin(),
  levels: { speaking: "B1" },
  assessorType: "advisor",
  assessorName: "Beraterin",
});
const languageEntryOf = (target: Target) =>
  target.create(`/api/persons/${target.personId}/language`, languageEntry()) as Promise<{
    id: string;
    version: number;
  }>;
/** Another person of the target centre (for a pair); each with its own birth date, so no two are likely duplicates. */
let namesakes = 0;
const namesakeOf = (target: Target) =>
  target.create("/api/persons", {
    familyName: `Paar${unique()}`,
    givenNames: "Amal",
    birthDate: `1990-01-${String((namesakes++ % 28) + 1).padStart(2, "0")}`,
    nationality: "SY",
    district: "lk-hildesheim",
  });
const statsPeriod = { request: () => ({ query: "from=2026-01&to=2026-11" }) };
/** Roles other than advisors never reach the records: 404 applies to advisors only. */
const advisorOther = { other: { advisor: 404 } };
const offerBody = (target: Target) => ({
  companyId: target.companyId,
  type: "job",
  title: `Stelle ${unique()}`,
  occupation: "26212",
});
const inquiryOf = (target: Target) =>
  target.create("/api/inquiries", { companyId: target.companyId, occupation: "26212" });
const programmeOf = (target: Target) =>
  target.create("/api/programmes", {
    name: `Programm ${unique()}`,
    fundingSource: "own",
    startsOn: "2026-01-01",
  });
const esfProgrammeOf = (target: Target) =>
  target.create("/api/programmes", {
    name: `ESF ${unique()}`,
    fundingSource: "esf_plus",
    esfProjectNumber: "ESF-NI-2026-0001",
    startsOn: "2026-01-01",
  });
const esfEnrolmentOf = async (target: Target) =>
  target.create("/api/enrolments", {
    programmeId: (await esfProgrammeOf(target)).id,
    personId: target.personId,
    enteredOn: today(),
  });
const shareWithEmployers = (target: Target) =>
  target.create(`/api/persons/${target.personId}/consents`, {
    purpose: "employer_sharing",
    givenOn: today(),
    channel: "paper",
    noticeVersion: "2026-01",
  });
/** A placement of the target's person on an open offer of the target's company, with consent to share. */
async function placementOf(target: Target) {
  await shareWithEmployers(target);
  const offer = await target.create("/api/offers", { ...offerBody(target), status: "open" });
  return target.create("/api/placements", { offerId: offer.id, personId: target.personId });
}

/** The target person's CV, shared for a placement whose contact an advisor released after the Zusage. */
async function sharedDocumentOf(target: Target) {
  const placement = await placementOf(target);
  await target.create(`/api/placements/${placement.id}/transitions`, { version: 1, to: "accepted" });
  await target.create(`/api/placements/${placement.id}/contact-release`, { version: 2 });
  const documentId = await target.createDocument();
  return { placementId: placement.id, documentId };
}

/** A CSV upload in the field `file`, as the import page sends it. */
function spreadsheetForm(csv: string) {
  const form = new FormData();
  form.set("file", new File([csv], "import.csv", { type: "text/csv" }));
  return form;
}
const appointmentWeek = "from=2026-10-19&to=2026-10-25";
const appointmentBody = (target: Target) => ({
  personId: target.personId,
  type: "consultation",
  startsAt: "2026-10-20T08:00:00.000Z",
  endsAt: "2026-10-20T09:00:00.000Z",
});
const appointmentOf = (target: Target) => target.create("/api/appointments", appointmentBody(target));
const transferBody = (target: Target) => ({
  toCentreId: target.peerCentreId,
  consent: { givenOn: today(), channel: "paper", noticeVersion: "2026-01" },
});
/** An offer of the target's person to the peer centre: only the peer may accept or decline it, only the target cancel. */
const transferOf = async (target: Target) => ({
  params: {
    id: (await target.create(`/api/persons/${target.personId}/transfers`, transferBody(target))).id,
  },
  body: { version: 1 },
});

export const matrix: MatrixRow[] = [
  // Public and session
  row("GET /api/health", everyone(200)),
  row("GET /api/openapi.json", everyone(200)),
  row("GET /api/docs", everyone(200)),
  row("GET /api/docs.css", everyone(200)),
  row("POST /api/auth/login", everyone(200), {
    freshSession: true,
    request: (_target, caller) => ({
      body: { email: caller.email, password: TEST_PASSWORD },
    }),
  }),
  row("POST /api/auth/logout", signedIn(204), { freshSession: true }),
  row("GET /api/auth/me", signedIn(200)),
  row("POST /api/auth/password", signedIn(204), {
    freshSession: true,
    request: () => ({ body: { currentPassword: TEST_PASSWORD, newPassword: `neues-passwort-${unique()}` } }),
  }),
  // The second step of a sign-in: a fully signed-in session has none left.
  row("POST /api/auth/second-factor", signedIn(409), { request: () => ({ body: { code: "123456" } }) }),
  row("POST /api/auth/second-factor/enrolment", signedIn(409)),
  row("POST /api/auth/second-factor/enrolment/confirm", signedIn(409), {
    request: () => ({ body: { code: "123456" } }),
  }),

  // Four eyes: admins and managers of the centre decide on staff requests.
  row("GET /api/staff-requests", only({ admin: 200, manager: 200 })),
  row("POST /api/staff-requests/:id/confirm", only({ admin: 200, manager: 200 }), {
    other: { admin: 404, manager: 404 },
    request: (target) => ({ params: { id: target.staffRequestId } }),
  }),
  row("POST /api/staff-requests/:id/refuse", only({ admin: 200, manager: 200 }), {
    other: { admin: 404, manager: 404 },
    request: (target) => ({ params: { id: target.staffRequestId } }),
  }),

  // Users (admins of the centre)
  row("GET /api/users", only({ admin: 200 })),
  row("POST /api/users", only({ admin: 201 }), {
    request: () => ({
      body: {
        email: `matrix-${unique()}@test.example`,
        name: "Neu",
        role: "advisor",
        password: TEST_PASSWORD,
      },
    }),
  }),
  row("GET /api/users/caseworkers", only({ advisor: 200 })),
  row("GET /api/users/:id", only({ admin: 200 }), {
    other: { admin: 404 },
    request: (target) => ({ params: { id: target.userId } }),
  }),
  row("PATCH /api/users/:id", only({ admin: 200 }), {
    other: { admin: 404 },
    request: async (target) => ({
      params: { id: target.userId },
      body: { version: await target.versionOf("users", target.userId), name: `Umbenannt ${unique()}` },
    }),
  }),
  row("POST /api/users/:id/password", only({ admin: 204 }), {
    other: { admin: 404 },
    request: (target) => ({
      params: { id: target.userId },
      body: { password: `zurueckgesetzt-${unique()}` },
    }),
  }),

  row("POST /api/users/:id/second-factor/reset", only({ admin: 202 }), {
    other: { admin: 404 },
    request: async (target) => {
      await target.settleStaffRequests(target.userId);
      return { params: { id: target.userId } };
    },
  }),

  // Centres, companies, audit
  row("GET /api/centres", only({ admin: 200, advisor: 200, manager: 200 })),
  row("PUT /api/centres/:id/second-factor", only({ admin: 200 }), {
    other: { admin: 404 },
    request: (target) => ({ params: { id: target.centreId }, body: { required: true } }),
  }),
  row("POST /api/centres", only({ admin: 201 }), {
    request: () => ({ body: { name: `Welcome Center ${unique()}`, district: "lk-hildesheim" } }),
  }),
  // Employers see their own company through GET /api/companies/:id only.
  row("GET /api/companies", only({ admin: 200, advisor: 200 })),
  row("POST /api/companies", only({ advisor: 201 }), {
    request: () => ({ body: { name: `Bäckerei ${unique()}`, district: "lk-hildesheim" } }),
  }),
  row("GET /api/companies/:id", only({ admin: 200, advisor: 200, employer: 200 }), {
    other: { admin: 404, advisor: 404, employer: 404 },
    otherCompany: { employer: 404 },
    request: (target) => ({ params: { id: target.companyId } }),
  }),
  row("PATCH /api/companies/:id", only({ advisor: 200, employer: 200 }), {
    other: { advisor: 404, employer: 404 },
    otherCompany: { employer: 404 },
    request: async (target) => ({
      params: { id: target.companyId },
      body: { version: await target.versionOf("companies", target.companyId), name: `Firma ${unique()}` },
    }),
  }),
  row("GET /api/audit", only({ admin: 200 })),

  // Persons and consents (advisors of the centre)
  row("GET /api/persons", only({ advisor: 200 })),
  row("POST /api/persons", only({ advisor: 201 }), {
    request: () => ({
      body: {
        familyName: `Matrix${unique()}`,
        givenNames: "Amal",
        birthDate: "1990-01-01",
        nationality: "SY",
        district: "lk-hildesheim",
      },
    }),
  }),
  row("GET /api/persons/duplicates", only({ advisor: 200 }), {
    request: () => ({ query: "familyName=Haddad&givenNames=Rami&birthDate=1994-03-12" }),
  }),
  row("GET /api/persons/duplicate-pairs", only({ advisor: 200 })),
  // "Kein Duplikat" (decision 0047): another centre's persons or mark are unknown.
  row("GET /api/persons/duplicate-pairs/dismissals", only({ advisor: 200 })),
  row("POST /api/persons/duplicate-pairs/dismissals", only({ advisor: 201 }), {
    ...advisorOther,
    request: async (target) => ({ body: { personIds: [target.personId, (await namesakeOf(target)).id] } }),
  }),
  row("DELETE /api/persons/duplicate-pairs/dismissals/:id", only({ advisor: 204 }), {
    ...advisorOther,
    request: async (target) => {
      const mark = await target.create("/api/persons/duplicate-pairs/dismissals", {
        personIds: [target.personId, (await namesakeOf(target)).id],
      });
      return { params: { id: mark.id } };
    },
  }),
  row("GET /api/persons/:id", only({ advisor: 200 }), { ...advisorOther, request: person }),
  row("POST /api/persons/:id/merge", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => {
      const duplicate = await target.create("/api/persons", {
        familyName: `Dublette${unique()}`,
        givenNames: "Amal",
        birthDate: "1990-01-01",
        nationality: "SY",
        district: "lk-hildesheim",
      });
      return {
        params: { id: target.personId },
        body: {
          mergedId: duplicate.id,
          version: await target.versionOf("persons", target.personId),
          mergedVersion: 1,
          takeFromMerged: ["birthDate"],
        },
      };
    },
  }),
  row("PATCH /api/persons/:id", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => ({
      params: { id: target.personId },
      body: { version: await target.versionOf("persons", target.personId), notes: "geändert" },
    }),
  }),
  row("GET /api/persons/:id/consents", only({ advisor: 200 }), { ...advisorOther, request: person }),
  row("GET /api/persons/:id/access-history", only({ advisor: 200 }), { ...advisorOther, request: person }),
  row("GET /api/persons/:id/export", only({ advisor: 200 }), { ...advisorOther, request: person }),
  row("POST /api/persons/:id/anonymise", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => ({
      params: { id: target.personId },
      body: { version: await target.versionOf("persons", target.personId), reason: "Antrag auf Löschung" },
    }),
  }),
  row("POST /api/persons/:id/consents", only({ advisor: 201 }), {
    ...advisorOther,
    request: (target) => ({
      params: { id: target.personId },
      body: { purpose: "employer_sharing", givenOn: today(), channel: "email", noticeVersion: "2026-01" },
    }),
  }),
  row("POST /api/persons/:id/consents/:consentId/withdraw", only({ advisor: 200 }), {
    ...advisorOther,
    request: (target) => ({
      params: { id: target.personId, consentId: target.consentId },
      body: { withdrawnOn: today() },
    }),
  }),

  // Documents (advisors of the person's centre)
  row("GET /api/persons/:id/documents", only({ advisor: 200 }), { ...advisorOther, request: person }),
  row("POST /api/persons/:id/documents", only({ advisor: 201 }), {
    ...advisorOther,
    request: (target) => {
      const form = new FormData();
      form.append("type", "cv");
      const pdf = `%PDF-1.4\n% ${unique()}\n%%EOF\n`;
      form.append("file", new Blob([pdf], { type: "application/pdf" }), "lebenslauf.pdf");
      return { params: { id: target.personId }, form };
    },
  }),
  row("GET /api/documents/:id", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => ({ params: { id: await target.createDocument() } }),
  }),
  row("GET /api/documents/:id/content", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => ({ params: { id: await target.createDocument() } }),
  }),
  row("GET /api/documents/:id/preview", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => ({ params: { id: await target.createDocument({ image: true }) } }),
  }),
  row("GET /api/documents/:id/shares", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => ({ params: { id: await target.createDocument() } }),
  }),
  row("POST /api/documents/:id/shares", only({ advisor: 201 }), {
    ...advisorOther,
    request: async (target) => {
      const { placementId, documentId } = await sharedDocumentOf(target);
      return { params: { id: documentId }, body: { placementId } };
    },
  }),
  row("DELETE /api/documents/:id/shares/:placementId", only({ advisor: 204 }), {
    ...advisorOther,
    request: async (target) => {
      const { placementId, documentId } = await sharedDocumentOf(target);
      await target.create(`/api/documents/${documentId}/shares`, { placementId });
      return { params: { id: documentId, placementId } };
    },
  }),
  row("DELETE /api/documents/:id", only({ advisor: 204 }), {
    ...advisorOther,
    request: async (target) => ({ params: { id: await target.createDocument() } }),
  }),

  // Cases, activities, tasks (advisors of the centre)
  row("GET /api/cases", only({ advisor: 200 })),
  // List exports: the list's own centre only (no record in the path), advisors only.
  row("GET /api/exports/persons", only({ advisor: 200 }), { request: () => ({ query: "format=csv" }) }),
  row("GET /api/exports/cases", only({ advisor: 200 }), { request: () => ({ query: "format=xlsx" }) }),
  // The rows chosen in the list: ids of another centre are left out of the file, as if they did not exist.
  row("POST /api/exports/persons", only({ advisor: 200 }), {
    request: (target) => ({ body: { format: "csv", ids: [target.personId] } }),
  }),
  row("POST /api/exports/cases", only({ advisor: 200 }), {
    request: (target) => ({ body: { format: "xlsx", ids: [target.caseId] } }),
  }),
  // Bulk actions: another centre's ids answer 200 with each one refused as not found (tests/api/bulk-actions.test.ts).
  row("POST /api/persons/bulk", only({ advisor: 200 }), {
    request: (target) => ({
      body: { action: "add_task", ids: [target.personId], title: "Nachfassen", dueOn: today() },
    }),
  }),
  row("POST /api/cases/bulk", only({ advisor: 200 }), {
    request: (target) => ({
      body: { action: "add_task", ids: [target.caseId], title: "Nachfassen", dueOn: today() },
    }),
  }),
  // Spreadsheet imports (decision 0036): advisors into their own centre; a dry run answers the report.
  row("POST /api/imports/persons", only({ advisor: 200 }), {
    request: () => ({
      query: "dryRun=1",
      form: spreadsheetForm(
        "Familienname;Vorname;Geburtsdatum;Staatsangehörigkeit;Landkreis\nMatrix;Mia;01.02.1990;DE;Hildesheim\n",
      ),
    }),
  }),
  row("POST /api/imports/companies", only({ advisor: 200 }), {
    request: () => ({
      query: "dryRun=1",
      form: spreadsheetForm("Unternehmen;Landkreis\nMatrix GmbH;Hildesheim\n"),
    }),
  }),
  // The import history and a commit's progress (decision 0046): another centre's run is unknown.
  row("GET /api/imports", only({ advisor: 200 })),
  row("GET /api/imports/:id", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => ({ params: { id: await target.createImportRun() } }),
  }),
  // A person (case) of another centre is an unknown id in the body: 422 naming the field.
  row("POST /api/cases", only({ advisor: 201 }), {
    other: { advisor: 422 },
    request: async (target) => {
      // A person without an open case: close the fixture's case first.
      await target.create(`/api/cases/${target.caseId}/transitions`, {
        version: await target.versionOf("cases", target.caseId),
        to: "active",
      });
      await target.create(`/api/cases/${target.caseId}/transitions`, {
        version: await target.versionOf("cases", target.caseId),
        to: "closed",
        outcome: "employment",
      });
      return { body: { personId: target.personId, concerns: ["recognition"], sourceChannel: "online" } };
    },
  }),
  row("GET /api/cases/:id", only({ advisor: 200 }), { ...advisorOther, request: caseOf }),
  row("PATCH /api/cases/:id", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => ({
      params: { id: target.caseId },
      body: { version: await target.versionOf("cases", target.caseId), concerns: ["language"] },
    }),
  }),
  row("POST /api/cases/:id/transitions", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => ({
      params: { id: target.caseId },
      body: { version: await target.versionOf("cases", target.caseId), to: "active" },
    }),
  }),
  row("POST /api/cases/:id/reopen", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => {
      for (const step of [{ to: "active" }, { to: "closed", outcome: "employment" }]) {
        await target.create(`/api/cases/${target.caseId}/transitions`, {
          version: await target.versionOf("cases", target.caseId),
          ...step,
        });
      }
      return {
        params: { id: target.caseId },
        body: { version: await target.versionOf("cases", target.caseId) },
      };
    },
  }),
  row("GET /api/cases/:id/activities", only({ advisor: 200 }), { ...advisorOther, request: caseOf }),
  row("POST /api/cases/:id/activities", only({ advisor: 201 }), {
    ...advisorOther,
    request: (target) => ({
      params: { id: target.caseId },
      body: { type: "phone", occurredOn: today(), text: "Rückruf" },
    }),
  }),
  row("PATCH /api/cases/:id/activities/:activityId", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => ({
      params: { id: target.caseId, activityId: target.activityId },
      body: { version: await target.versionOf("case_activities", target.activityId), text: "Korrigiert" },
    }),
  }),
  row("GET /api/tasks", only({ advisor: 200 })),
  row("GET /api/tasks/my-day", only({ advisor: 200 })),
  row("POST /api/tasks", only({ advisor: 201 }), {
    other: { advisor: 422 },
    request: (target) => ({ body: { caseId: target.caseId, title: "Nachfassen", dueOn: today() } }),
  }),
  row("PATCH /api/tasks/:id", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => ({
      params: { id: target.taskId },
      body: { version: await target.versionOf("tasks", target.taskId), done: true },
    }),
  }),

  // Employers, offers, placements, programmes, agencies (docs/api/employers.md)
  row("GET /api/inquiries", only({ advisor: 200, employer: 200 })),
  row("POST /api/inquiries", only({ advisor: 201, employer: 201 }), {
    other: { advisor: 422, employer: 422 },
    otherCompany: { employer: 422 },
    request: (target) => ({ body: { companyId: target.companyId, occupation: "26212" } }),
  }),
  row("GET /api/inquiries/:id", only({ advisor: 200, employer: 200 }), {
    other: { advisor: 404, employer: 404 },
    otherCompany: { employer: 404 },
    request: async (target) => ({ params: { id: (await inquiryOf(target)).id } }),
  }),
  row("PATCH /api/inquiries/:id", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => ({
      params: { id: (await inquiryOf(target)).id },
      body: { version: 1, status: "served" },
    }),
  }),
  row("GET /api/offers", only({ advisor: 200, employer: 200 })),
  row("POST /api/offers", only({ advisor: 201, employer: 201 }), {
    other: { advisor: 422, employer: 422 },
    otherCompany: { employer: 422 },
    request: (target) => ({ body: offerBody(target) }),
  }),
  // A draft offer: another centre's advisors see only open offers, so theirs is 404 too.
  row("GET /api/offers/:id", only({ advisor: 200, employer: 200 }), {
    other: { advisor: 404, employer: 404 },
    otherCompany: { employer: 404 },
    request: async (target) => ({
      params: { id: (await target.create("/api/offers", offerBody(target))).id },
    }),
  }),
  row("PATCH /api/offers/:id", only({ advisor: 200, employer: 200 }), {
    other: { advisor: 404, employer: 404 },
    otherCompany: { employer: 404 },
    request: async (target) => ({
      params: { id: (await target.create("/api/offers", offerBody(target))).id },
      body: { version: 1, title: `Geändert ${unique()}` },
    }),
  }),
  row("POST /api/offers/:id/transitions", only({ advisor: 200, employer: 200 }), {
    other: { advisor: 404, employer: 404 },
    otherCompany: { employer: 404 },
    request: async (target) => ({
      params: { id: (await target.create("/api/offers", offerBody(target))).id },
      body: { version: 1, to: "open" },
    }),
  }),
  row("GET /api/offers/:id/candidates", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => ({
      params: { id: (await target.create("/api/offers", offerBody(target))).id },
    }),
  }),
  row("GET /api/persons/:id/matching-offers", only({ advisor: 200 }), { ...advisorOther, request: person }),
  row("GET /api/persons/:id/agency", only({ advisor: 200 }), { ...advisorOther, request: person }),
  row("PUT /api/persons/:id/agency", only({ advisor: 200 }), {
    ...advisorOther,
    request: (target) => ({ params: { id: target.personId }, body: { agencyId: null } }),
  }),
  row("GET /api/placements", only({ advisor: 200 })),
  // The person of another centre is an unknown id in the body: 422 naming the field.
  row("POST /api/placements", only({ advisor: 201 }), {
    other: { advisor: 422 },
    request: async (target) => {
      await shareWithEmployers(target);
      const offer = await target.create("/api/offers", { ...offerBody(target), status: "open" });
      return { body: { offerId: offer.id, personId: target.personId } };
    },
  }),
  row("GET /api/placements/:id", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => ({ params: { id: (await placementOf(target)).id } }),
  }),
  row("PATCH /api/placements/:id", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => ({
      params: { id: (await placementOf(target)).id },
      body: { version: 1, advisorNote: "Notiz" },
    }),
  }),
  row("POST /api/placements/:id/transitions", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => ({
      params: { id: (await placementOf(target)).id },
      body: { version: 1, to: "interview" },
    }),
  }),
  // After the employer's Zusage (here set by the advisor) the advisor releases the contact.
  row("POST /api/placements/:id/contact-release", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => {
      const placement = await placementOf(target);
      await target.create(`/api/placements/${placement.id}/transitions`, { version: 1, to: "accepted" });
      return { params: { id: placement.id }, body: { version: 2 } };
    },
  }),
  row("GET /api/candidates", only({ employer: 200 })),
  row("GET /api/candidates/:id", only({ employer: 200 }), {
    other: { employer: 404 },
    otherCompany: { employer: 404 },
    request: async (target) => ({ params: { id: (await placementOf(target)).id } }),
  }),
  row("POST /api/candidates/:id/transitions", only({ employer: 200 }), {
    other: { employer: 404 },
    otherCompany: { employer: 404 },
    request: async (target) => ({
      params: { id: (await placementOf(target)).id },
      body: { version: 1, to: "interview" },
    }),
  }),
  row("PATCH /api/candidates/:id/feedback", only({ employer: 200 }), {
    other: { employer: 404 },
    otherCompany: { employer: 404 },
    request: async (target) => ({
      params: { id: (await placementOf(target)).id },
      body: { version: 1, feedback: "Gutes Gespräch" },
    }),
  }),
  row("POST /api/candidates/:id/language-assessments", only({ employer: 201 }), {
    other: { employer: 404 },
    otherCompany: { employer: 404 },
    request: async (target) => ({
      params: { id: (await placementOf(target)).id },
      body: { date: today(), levels: { speaking: "B1" }, assessorName: "Meisterin" },
    }),
  }),
  row("GET /api/programmes", signedIn(200)),
  row("POST /api/programmes", only({ admin: 201, advisor: 201 }), {
    request: () => ({ body: { name: `Programm ${unique()}`, fundingSource: "own", startsOn: "2026-01-01" } }),
  }),
  // A centre's own programme; the regional catalogue is visible to all.
  row("GET /api/programmes/:id", signedIn(200), {
    other: { admin: 404, advisor: 404, manager: 404, employer: 404 },
    request: async (target) => ({ params: { id: (await programmeOf(target)).id } }),
  }),
  row("PATCH /api/programmes/:id", only({ admin: 200, advisor: 200 }), {
    other: { admin: 404, advisor: 404 },
    request: async (target) => ({
      params: { id: (await programmeOf(target)).id },
      body: {
        version: await target.versionOf("programmes", (await programmeOf(target)).id),
        name: `P ${unique()}`,
      },
    }),
  }),
  row("GET /api/enrolments", only({ advisor: 200 })),
  row("POST /api/enrolments", only({ advisor: 201 }), {
    other: { advisor: 422 },
    request: async (target) => ({
      body: { programmeId: (await programmeOf(target)).id, personId: target.personId, enteredOn: today() },
    }),
  }),
  row("PATCH /api/enrolments/:id", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => {
      const enrolment = await target.create("/api/enrolments", {
        programmeId: (await programmeOf(target)).id,
        personId: target.personId,
        enteredOn: today(),
      });
      return { params: { id: enrolment.id }, body: { version: 1, status: "completed", exitedOn: today() } };
    },
  }),
  row("GET /api/enrolments/:id/esf", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => ({ params: { id: (await esfEnrolmentOf(target)).id } }),
  }),
  row("PATCH /api/enrolments/:id/esf", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => ({
      params: { id: (await esfEnrolmentOf(target)).id },
      body: { version: 1, employmentStatus: "unemployed" },
    }),
  }),
  row("GET /api/programmes/:id/esf-gaps", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => ({ params: { id: (await esfProgrammeOf(target)).id } }),
  }),
  row("GET /api/programmes/:id/esf-participants.xlsx", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => ({ params: { id: (await esfProgrammeOf(target)).id } }),
  }),
  row("GET /api/stats/esf", only({ admin: 200, advisor: 200, manager: 200 }), statsPeriod),
  row("GET /api/stats/esf.csv", only({ admin: 200, advisor: 200, manager: 200 }), statsPeriod),
  // Agencies are shared by the whole alliance: no other-centre 404.
  row("GET /api/agencies", only({ admin: 200, advisor: 200 })),
  row("POST /api/agencies", only({ advisor: 201 }), {
    request: () => ({ body: { name: `Agentur ${unique()}`, country: "PH" } }),
  }),
  row("GET /api/agencies/:id", only({ admin: 200, advisor: 200 }), {
    request: async (target) => ({
      params: {
        id: (await target.create("/api/agencies", { name: `Agentur ${unique()}`, country: "PH" })).id,
      },
    }),
  }),
  row("PATCH /api/agencies/:id", only({ advisor: 200 }), {
    request: async (target) => ({
      params: {
        id: (await target.create("/api/agencies", { name: `Agentur ${unique()}`, country: "PH" })).id,
      },
      body: { version: 1, sealStatus: "applied" },
    }),
  }),

  // Language levels (advisors of the centre)
  row("GET /api/persons/:id/language", only({ advisor: 200 }), { ...advisorOther, request: person }),
  row("POST /api/persons/:id/language", only({ advisor: 201 }), {
    ...advisorOther,
    request: (target) => ({ params: { id: target.personId }, body: languageEntry() }),
  }),
  row("PATCH /api/persons/:id/language/:entryId", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => {
      const entry = await languageEntryOf(target);
      return {
        params: { id: target.personId, entryId: entry.id },
        body: { version: entry.version, note: "neu" },
      };
    },
  }),
  row("DELETE /api/persons/:id/language/:entryId", only({ advisor: 204 }), {
    ...advisorOther,
    request: async (target) => ({
      params: { id: target.personId, entryId: (await languageEntryOf(target)).id },
    }),
  }),

  // A language day for several persons: persons of another centre are unknown ids in the body.
  row("POST /api/language-sessions", only({ advisor: 201 }), {
    other: { advisor: 422 },
    request: (target) => ({
      body: {
        date: todayInBerlin(),
        companyId: target.companyId,
        assessorName: "Sprachtag-Team",
        participants: [{ personId: target.personId, levels: { speaking: "A2" } }],
      },
    }),
  }),

  // Retention ("Löschfristen"): the admin of the person's centre.
  row("GET /api/retention", only({ admin: 200 })),
  row("PUT /api/retention/settings", only({ admin: 200 }), {
    request: () => ({ body: { retentionYears: 3 } }),
  }),
  row("POST /api/retention/persons/:id/postpone", only({ admin: 200 }), {
    other: { admin: 404 },
    request: (target) => ({
      params: { id: target.personId },
      body: { dueOn: addDays(today(), 60), reason: "Prüfung durch die Verwaltungsbehörde" },
    }),
  }),

  // Appointments and calendar feeds (issue 18): advisors of the centre; the feed itself opens by its token alone.
  row("GET /api/appointments", only({ advisor: 200 }), { request: () => ({ query: appointmentWeek }) }),
  row("POST /api/appointments", only({ advisor: 201 }), {
    other: { advisor: 422 },
    request: (target) => ({ body: appointmentBody(target) }),
  }),
  row("PATCH /api/appointments/:id", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => ({
      params: { id: (await appointmentOf(target)).id },
      body: { version: 1, title: "Verschoben" },
    }),
  }),
  row("POST /api/appointments/:id/cancel", only({ advisor: 200 }), {
    ...advisorOther,
    request: async (target) => ({ params: { id: (await appointmentOf(target)).id }, body: { version: 1 } }),
  }),
  row("GET /api/appointments.ics", only({ advisor: 200 }), { request: () => ({ query: appointmentWeek }) }),
  row("GET /api/calendar-feed", only({ advisor: 200 })),
  row("POST /api/calendar-feed", only({ advisor: 201 })),
  row("DELETE /api/calendar-feed", only({ advisor: 204 })),
  row("GET /api/calendar-feed/:token", everyone(404)),
  row("POST /api/persons/:id/transfers", only({ advisor: 201 }), {
    ...advisorOther,
    request: (target) => ({ ...person(target), body: transferBody(target) }),
  }),
  row("GET /api/transfers", only({ advisor: 200 }), { request: () => ({ query: "direction=incoming" }) }),
  ...["accept", "decline"].map((decision) =>
    row(`POST /api/transfers/:id/${decision}`, only({ advisor: 404 }), {
      other: { advisor: 200 },
      request: transferOf,
    }),
  ),
  row("POST /api/transfers/:id/cancel", only({ advisor: 200 }), { ...advisorOther, request: transferOf }),
  row("GET /api/candidates/:id/documents", only({ employer: 200 }), {
    releasesContact: true,
    other: { employer: 404 },
    otherCompany: { employer: 404 },
    request: async (target) => {
      const { placementId, documentId } = await sharedDocumentOf(target);
      await target.create(`/api/documents/${documentId}/shares`, { placementId });
      return { params: { id: placementId } };
    },
  }),
  row("GET /api/candidates/:id/documents/:documentId/content", only({ employer: 200 }), {
    releasesContact: true,
    other: { employer: 404 },
    otherCompany: { employer: 404 },
    request: async (target) => {
      const { placementId, documentId } = await sharedDocumentOf(target);
      await target.create(`/api/documents/${documentId}/shares`, { placementId });
      return { params: { id: placementId, documentId } };
    },
  }),
  row("GET /api/candidates/:id/appointments", only({ employer: 200 }), {
    other: { employer: 404 },
    otherCompany: { employer: 404 },
    request: async (target) => ({ params: { id: (await placementOf(target)).id } }),
  }),

  // Mail (issue 18): the confirmation passes role and centre, then finds no address of the matrix person (409);
  // settings are every user's own; the unsubscribe link needs no session; the admin reads the centre's outbox.
  row("POST /api/appointments/:id/confirmation", only({ advisor: 409 }), {
    ...advisorOther,
    request: async (target) => ({ params: { id: (await appointmentOf(target)).id }, body: {} }),
  }),
  row("GET /api/mail-settings", signedIn(200)),
  row("PATCH /api/mail-settings", signedIn(200), { request: () => ({ body: { language: "de" } }) }),
  row("POST /api/mail-settings/unsubscribe", everyone(200), {
    request: (target) => ({
      body: {
        token: unsubscribeToken(testConfig().sessionSecret, {
          recipientKey: `user:${target.userId}`,
          kind: "advisor_digest",
        }),
      },
    }),
  }),
  row("GET /api/admin/outbox", only({ admin: 200 })),

  // Statistics: every role but employers; advisors see their centre, admins and managers all centres.
  ...[
    "requests",
    "demand-occupations",
    "demand-districts",
    "placements",
    "time-to-placement",
    "language",
    "programmes",
    "nationalities",
    "permits",
  ].flatMap((name) => [
    row(`GET /api/stats/${name}`, only({ admin: 200, advisor: 200, manager: 200 }), statsPeriod),
    row(`GET /api/stats/${name}.csv`, only({ admin: 200, advisor: 200, manager: 200 }), statsPeriod),
  ]),
];
