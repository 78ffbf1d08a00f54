import { z } from "zod";
import { AgencyListSchema, AgencySchema, PersonAgencySchema } from "#shared/schemas/agency.ts";
import { AnonymiseResultSchema } from "#shared/schemas/anonymisation.ts";
import {
  AppointmentListSchema,
  AppointmentSchema,
  CalendarFeedCreatedSchema,
  CalendarFeedStatusSchema,
  EmployerAppointmentListSchema,
} from "#shared/schemas/appointment.ts";
import { AuditPageSchema, PersonAccessHistorySchema } from "#shared/schemas/audit.ts";
import { EnrolmentSchema, RecoveryCodesSchema, SignInStateSchema } from "#shared/schemas/auth.ts";
import { BulkSummarySchema } from "#shared/schemas/bulk.ts";
import { ActivityListSchema, ActivitySchema, CasePageSchema, CaseSchema } from "#shared/schemas/case.ts";
import { CentreListSchema, CentreSchema } from "#shared/schemas/centre.ts";
import { CompanyPageSchema, CompanyProfileSchema, CompanySchema } from "#shared/schemas/company.ts";
import { ConsentListSchema, ConsentSchema } from "#shared/schemas/consent.ts";
import {
  DocumentListSchema,
  DocumentSchema,
  DocumentSharesSchema,
  DocumentUploadResultSchema,
  SharedDocumentListSchema,
} from "#shared/schemas/document.ts";
import { EsfGapListSchema, EsfParticipantSchema, EsfReportSchema } from "#shared/schemas/esf.ts";
import { HealthSchema } from "#shared/schemas/health.ts";
import { ImportReportSchema, ImportRunListSchema, ImportRunSchema } from "#shared/schemas/import.ts";
import { InquiryPageSchema, InquirySchema } from "#shared/schemas/inquiry.ts";
import {
  LanguageEntrySchema,
  LanguageOverviewSchema,
  LanguageSessionResultSchema,
} from "#shared/schemas/language.ts";
import {
  MailSentSchema,
  MailSettingsSchema,
  OutboxListSchema,
  UnsubscribedSchema,
} from "#shared/schemas/mail.ts";
import { CandidateMatchListSchema, OfferMatchListSchema } from "#shared/schemas/matching.ts";
import { OfferPageSchema, OfferSchema } from "#shared/schemas/offer.ts";
import { DuplicateListSchema, PersonPageSchema, PersonSchema } from "#shared/schemas/person.ts";
import { PersonExportSchema } from "#shared/schemas/person-export.ts";
import {
  DuplicateDismissalListSchema,
  DuplicateDismissalSchema,
  DuplicatePairListSchema,
} from "#shared/schemas/person-merge.ts";
import {
  CandidatePageSchema,
  CandidateSchema,
  PlacementPageSchema,
  PlacementSchema,
} from "#shared/schemas/placement.ts";
import {
  EnrolmentPageSchema,
  EnrolmentSchema as ProgrammeEnrolmentSchema,
  ProgrammeListSchema,
  ProgrammeSchema,
} from "#shared/schemas/programme.ts";
import {
  RetentionOverviewSchema,
  RetentionPostponedSchema,
  RetentionSettingsSchema,
} from "#shared/schemas/retention.ts";
import { StaffRequestListSchema, StaffRequestSchema } from "#shared/schemas/staff-request.ts";
import { type StatsFigure, statsFigureSchemas } from "#shared/schemas/stats.ts";
import { MyDaySchema, TaskPageSchema, TaskSchema } from "#shared/schemas/task.ts";
import { TransferListSchema, TransferSchema } from "#shared/schemas/transfer.ts";
import { CaseworkerListSchema, UserPageSchema, UserSchema } from "#shared/schemas/user.ts";

/** A body that is not JSON: a download (CSV, XLSX, ICS, a stored document) or a page. */
export type FileBody = { mediaType: string };
/** The success answers of one route by status; `null` answers with no body. */
export type SuccessBodies = Partial<Record<200 | 201 | 202 | 204, z.ZodType | FileBody | null>>;
export type RouteDoc = { summary: string; responses: SuccessBodies; upload?: FileBody };

const file = (mediaType: string): FileBody => ({ mediaType });
const csv = file("text/csv");
const xlsx = file("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
const calendar = file("text/calendar");
const anyFile = file("application/octet-stream");
const spreadsheetUpload = file("multipart/form-data");

const ok = (summary: string, body: z.ZodType | FileBody) => ({ summary, responses: { 200: body } });
const created = (summary: string, body: z.ZodType) => ({ summary, responses: { 201: body } });
const noContent = (summary: string) => ({ summary, responses: { 204: null } });

const ConfirmedEnrolmentSchema = SignInStateSchema.extend(RecoveryCodesSchema.shape);
/** Advisors read a company's full record, employers their own company's profile. */
const CompanyViewSchema = z.union([CompanySchema, CompanyProfileSchema]);

const statsSummaries: Record<StatsFigure, string> = {
  requests: "New requests per month, persons and companies",
  "demand-occupations": "Open demand by occupation group",
  "demand-districts": "Open demand by district",
  placements: "Placements by type and outcome",
  "time-to-placement": "Days from case opening to placement",
  language: "Language levels and the certificate-gap rate",
  programmes: "Programme enrolments",
  nationalities: "Nationalities",
  permits: "Residence permits",
};

const statsDocs = Object.fromEntries(
  Object.entries(statsFigureSchemas).flatMap(([figure, schema]) => [
    [`GET /api/stats/${figure}`, ok(statsSummaries[figure as StatsFigure], schema)],
    [`GET /api/stats/${figure}.csv`, ok(`${statsSummaries[figure as StatsFigure]} (CSV)`, csv)],
  ]),
);

/** What each route answers on success, keyed `METHOD /api/path` as Hono registers it. */
export const routeDocs: Record<string, RouteDoc> = {
  "GET /api/health": ok("Health of the server and its database", HealthSchema),
  "GET /api/openapi.json": ok("This OpenAPI 3.1 document", file("application/json")),
  "GET /api/docs": ok("The API reference as a web page", file("text/html")),
  "GET /api/docs.css": ok("The API reference page's stylesheet", file("text/css")),

  "POST /api/auth/login": ok("Sign in with e-mail and password", SignInStateSchema),
  "POST /api/auth/second-factor": ok(
    "Complete sign-in with an authenticator or recovery code",
    SignInStateSchema,
  ),
  "POST /api/auth/second-factor/enrolment": ok("Start enrolling an authenticator app", EnrolmentSchema),
  "POST /api/auth/second-factor/enrolment/confirm": ok(
    "Confirm the authenticator app; answers the recovery codes once",
    ConfirmedEnrolmentSchema,
  ),
  "POST /api/auth/logout": noContent("Sign out"),
  "GET /api/auth/me": ok("The signed-in user and the sign-in step left, if any", SignInStateSchema),
  "POST /api/auth/password": noContent("Change the own password"),

  "GET /api/users": ok("List users", UserPageSchema),
  "POST /api/users": created("Create a user", UserSchema),
  "GET /api/users/caseworkers": ok("Advisors of the own centre", CaseworkerListSchema),
  "GET /api/users/:id": ok("Read a user", UserSchema),
  "PATCH /api/users/:id": ok("Change a user", UserSchema),
  "POST /api/users/:id/password": noContent("Set a user's password"),
  "POST /api/users/:id/second-factor/reset": {
    summary: "Ask a second admin to reset a user's second factor",
    responses: { 202: StaffRequestSchema },
  },
  "GET /api/staff-requests": ok("Requests waiting for a second admin", StaffRequestListSchema),
  "POST /api/staff-requests/:id/confirm": ok("Confirm a request", StaffRequestSchema),
  "POST /api/staff-requests/:id/refuse": ok("Refuse a request", StaffRequestSchema),

  "GET /api/centres": ok("List centres", CentreListSchema),
  "POST /api/centres": created("Create a centre", CentreSchema),
  "PUT /api/centres/:id/second-factor": ok("Require the second factor for a centre", CentreSchema),

  "GET /api/companies": ok("List companies", CompanyPageSchema),
  "POST /api/companies": created("Create a company", CompanySchema),
  "GET /api/companies/:id": ok("Read a company", CompanyViewSchema),
  "PATCH /api/companies/:id": ok("Change a company", CompanyViewSchema),

  "GET /api/audit": ok("Search the audit log", AuditPageSchema),

  "GET /api/persons": ok("List and search persons", PersonPageSchema),
  "POST /api/persons/bulk": ok("Act on the open cases of several persons at once", BulkSummarySchema),
  "GET /api/persons/duplicate-pairs": ok("Likely duplicate pairs in the centre", DuplicatePairListSchema),
  "GET /api/persons/duplicate-pairs/dismissals": ok(
    "Pairs marked as no duplicate",
    DuplicateDismissalListSchema,
  ),
  "POST /api/persons/duplicate-pairs/dismissals": {
    summary: "Mark a pair as no duplicate (201; 200 when it was marked already)",
    responses: { 200: DuplicateDismissalSchema, 201: DuplicateDismissalSchema },
  },
  "DELETE /api/persons/duplicate-pairs/dismissals/:id": noContent("Take a no-duplicate mark back"),
  "POST /api/persons/:id/merge": ok("Merge a duplicate into this person (irreversible)", PersonSchema),
  "POST /api/persons/:id/transfers": created("Offer the person's case to another centre", TransferSchema),
  "GET /api/transfers": ok("Transfers offered to or by the centre", TransferListSchema),
  "POST /api/transfers/:id/accept": ok("Accept a transfer: the person moves to this centre", TransferSchema),
  "POST /api/transfers/:id/decline": ok("Decline a transfer", TransferSchema),
  "POST /api/transfers/:id/cancel": ok("Withdraw a transfer offer", TransferSchema),
  "POST /api/cases/bulk": ok("Act on several cases at once", BulkSummarySchema),
  "POST /api/exports/persons": ok("The chosen persons as CSV or XLSX", anyFile),
  "POST /api/exports/cases": ok("The chosen cases as CSV or XLSX", anyFile),
  "GET /api/documents/:id/preview": ok("A small image preview made by the server", file("image/webp")),
  "GET /api/documents/:id/shares": ok("The placements the document can be shared with", DocumentSharesSchema),
  "POST /api/documents/:id/shares": {
    summary: "Share the document with a placement's company (200 when it already was)",
    responses: { 200: DocumentSharesSchema, 201: DocumentSharesSchema },
  },
  "DELETE /api/documents/:id/shares/:placementId": noContent("Stop sharing the document"),
  "GET /api/candidates/:id/documents": ok("Documents shared with the employer", SharedDocumentListSchema),
  "GET /api/candidates/:id/documents/:documentId/content": ok("A shared document's bytes", anyFile),
  "POST /api/appointments/:id/confirmation": created("Mail the person a confirmation", MailSentSchema),
  "GET /api/admin/outbox": ok("Mails the centre sent or holds", OutboxListSchema),
  "GET /api/mail-settings": ok("The user's mail language and kinds", MailSettingsSchema),
  "PATCH /api/mail-settings": ok("Change the user's mail settings", MailSettingsSchema),
  "POST /api/mail-settings/unsubscribe": ok("Unsubscribe by the signed link in a mail", UnsubscribedSchema),
  "POST /api/persons": created("Create a person", PersonSchema),
  "GET /api/persons/duplicates": ok("Possible duplicates of a new person", DuplicateListSchema),
  "GET /api/persons/:id": ok("Read a person", PersonSchema),
  "PATCH /api/persons/:id": ok("Change a person", PersonSchema),
  "GET /api/persons/:id/access-history": ok(
    "Who read or changed the person's data",
    PersonAccessHistorySchema,
  ),
  "GET /api/persons/:id/export": ok("Everything stored about the person (GDPR Art. 15)", PersonExportSchema),
  "GET /api/persons/:id/consents": ok("The person's consents", ConsentListSchema),
  "POST /api/persons/:id/consents": created("Record a consent", ConsentSchema),
  "POST /api/persons/:id/consents/:consentId/withdraw": ok("Withdraw a consent", ConsentSchema),
  "POST /api/persons/:id/anonymise": ok(
    "Erase the person by anonymisation (GDPR Art. 17)",
    AnonymiseResultSchema,
  ),
  "GET /api/persons/:id/language": ok("Language entries and current levels", LanguageOverviewSchema),
  "POST /api/persons/:id/language": created("Add a certificate or assessment", LanguageEntrySchema),
  "PATCH /api/persons/:id/language/:entryId": ok("Change a language entry", LanguageEntrySchema),
  "DELETE /api/persons/:id/language/:entryId": noContent("Delete a language entry"),
  "GET /api/persons/:id/matching-offers": ok("Open offers ranked for the person", OfferMatchListSchema),
  "GET /api/persons/:id/agency": ok("The recruitment agency the person came through", PersonAgencySchema),
  "PUT /api/persons/:id/agency": ok("Set the person's recruitment agency", PersonAgencySchema),
  "GET /api/persons/:id/documents": ok("The person's documents", DocumentListSchema),
  "POST /api/persons/:id/documents": {
    summary: "Upload a document (200 when the same file is already stored)",
    responses: { 200: DocumentUploadResultSchema, 201: DocumentUploadResultSchema },
    upload: file("multipart/form-data"),
  },
  "POST /api/language-sessions": created(
    "Record a language day's assessments for several persons",
    LanguageSessionResultSchema,
  ),

  "GET /api/cases": ok("List cases", CasePageSchema),
  "POST /api/cases": created("Open a case", CaseSchema),
  "GET /api/cases/:id": ok("Read a case", CaseSchema),
  "PATCH /api/cases/:id": ok("Change a case", CaseSchema),
  "POST /api/cases/:id/transitions": ok("Move a case to its next status", CaseSchema),
  "POST /api/cases/:id/reopen": ok("Reopen a closed case", CaseSchema),
  "GET /api/cases/:id/activities": ok("The case's timeline", ActivityListSchema),
  "POST /api/cases/:id/activities": created("Add an activity to the timeline", ActivitySchema),
  "PATCH /api/cases/:id/activities/:activityId": ok("Change an activity", ActivitySchema),

  "GET /api/tasks": ok("List tasks", TaskPageSchema),
  "GET /api/tasks/my-day": ok("The advisor's home: overdue, today, next 7 days", MyDaySchema),
  "POST /api/tasks": created("Create a task", TaskSchema),
  "PATCH /api/tasks/:id": ok("Change or complete a task", TaskSchema),

  "GET /api/stats/esf": ok("ESF+ indicator report", EsfReportSchema),
  "GET /api/stats/esf.csv": ok("ESF+ indicator report (CSV)", csv),
  ...statsDocs,

  "GET /api/inquiries": ok("List employer inquiries", InquiryPageSchema),
  "POST /api/inquiries": created("Record an employer inquiry", InquirySchema),
  "GET /api/inquiries/:id": ok("Read an inquiry", InquirySchema),
  "PATCH /api/inquiries/:id": ok("Change an inquiry", InquirySchema),

  "GET /api/offers": ok("List offers", OfferPageSchema),
  "POST /api/offers": created("Create an offer", OfferSchema),
  "GET /api/offers/:id": ok("Read an offer", OfferSchema),
  "PATCH /api/offers/:id": ok("Change an offer", OfferSchema),
  "POST /api/offers/:id/transitions": ok("Open, fill or close an offer", OfferSchema),
  "GET /api/offers/:id/candidates": ok(
    "Persons ranked for the offer, with reasons",
    CandidateMatchListSchema,
  ),

  "GET /api/placements": ok("List placements", PlacementPageSchema),
  "POST /api/placements": created("Propose a person for an offer", PlacementSchema),
  "GET /api/placements/:id": ok("Read a placement", PlacementSchema),
  "PATCH /api/placements/:id": ok("Change a placement", PlacementSchema),
  "POST /api/placements/:id/transitions": ok("Move a placement to its next stage", PlacementSchema),
  "POST /api/placements/:id/contact-release": ok(
    "Release the person's contact data to the employer",
    PlacementSchema,
  ),

  "GET /api/candidates": ok("The employer's candidates (minimal profiles)", CandidatePageSchema),
  "GET /api/candidates/:id": ok("Read a candidate", CandidateSchema),
  "POST /api/candidates/:id/transitions": ok("Move a candidate to the next stage", CandidateSchema),
  "PATCH /api/candidates/:id/feedback": ok("Give feedback on a candidate", CandidateSchema),
  "POST /api/candidates/:id/language-assessments": created(
    "Record the employer's language assessment",
    CandidateSchema,
  ),
  "GET /api/candidates/:id/appointments": ok("Interviews with a candidate", EmployerAppointmentListSchema),

  "GET /api/programmes": ok("List programmes", ProgrammeListSchema),
  "POST /api/programmes": created("Create a programme", ProgrammeSchema),
  "GET /api/programmes/:id": ok("Read a programme", ProgrammeSchema),
  "PATCH /api/programmes/:id": ok("Change a programme", ProgrammeSchema),
  "GET /api/programmes/:id/esf-gaps": ok("ESF+ data still missing per participant", EsfGapListSchema),
  "GET /api/programmes/:id/esf-participants.xlsx": ok("ESF+ participant list (XLSX)", xlsx),
  "GET /api/enrolments": ok("List enrolments", EnrolmentPageSchema),
  "POST /api/enrolments": created("Enrol a person in a programme", ProgrammeEnrolmentSchema),
  "PATCH /api/enrolments/:id": ok("Change an enrolment", ProgrammeEnrolmentSchema),
  "GET /api/enrolments/:id/esf": ok("ESF+ entry and result data of an enrolment", EsfParticipantSchema),
  "PATCH /api/enrolments/:id/esf": ok("Change ESF+ entry and result data", EsfParticipantSchema),

  "GET /api/agencies": ok("List recruitment agencies", AgencyListSchema),
  "POST /api/agencies": created("Record a recruitment agency", AgencySchema),
  "GET /api/agencies/:id": ok("Read an agency", AgencySchema),
  "PATCH /api/agencies/:id": ok("Change an agency", AgencySchema),

  "GET /api/retention": ok("Retention settings and the persons due for erasure", RetentionOverviewSchema),
  "PUT /api/retention/settings": ok("Set the centre's retention period", RetentionSettingsSchema),
  "POST /api/retention/persons/:id/postpone": ok("Postpone a person's erasure", RetentionPostponedSchema),

  "GET /api/exports/persons": ok("The persons list as CSV or XLSX", anyFile),
  "GET /api/exports/cases": ok("The cases list as CSV or XLSX", anyFile),
  "POST /api/imports/persons": {
    summary: "Import persons from a spreadsheet (200 for a dry run, 201 when committed)",
    responses: { 200: ImportReportSchema, 201: ImportReportSchema },
    upload: spreadsheetUpload,
  },
  "POST /api/imports/companies": {
    summary: "Import companies from a spreadsheet (200 for a dry run, 201 when committed)",
    responses: { 200: ImportReportSchema, 201: ImportReportSchema },
    upload: spreadsheetUpload,
  },
  "GET /api/imports": ok("The centre's latest imports", ImportRunListSchema),
  "GET /api/imports/:id": ok("An import's progress: rows written of all", ImportRunSchema),

  "GET /api/documents/:id": ok("Read a document's details", DocumentSchema),
  "GET /api/documents/:id/content": ok("Download a document", anyFile),
  "DELETE /api/documents/:id": noContent("Delete a document"),

  "GET /api/appointments": ok("Appointments in a week", AppointmentListSchema),
  "POST /api/appointments": created("Make an appointment", AppointmentSchema),
  "PATCH /api/appointments/:id": ok("Change an appointment", AppointmentSchema),
  "POST /api/appointments/:id/cancel": ok("Cancel an appointment", AppointmentSchema),
  "GET /api/appointments.ics": ok("Appointments as a calendar file", calendar),
  "GET /api/calendar-feed": ok("Whether the own calendar feed is on", CalendarFeedStatusSchema),
  "POST /api/calendar-feed": created(
    "Create or renew the own calendar feed's address",
    CalendarFeedCreatedSchema,
  ),
  "DELETE /api/calendar-feed": noContent("Turn the own calendar feed off"),
  "GET /api/calendar-feed/:token": ok("The calendar feed a calendar app subscribes to", calendar),
};
