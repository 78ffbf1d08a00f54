import { Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { RouterRoute } from "hono/types";
import type { AppDeps, AppEnv, ReadAuditLog } from "./app-env.ts";
import { CentreScopeGuard } from "./db/scope-guard.ts";
import { ApiError } from "./lib/errors.ts";
import { accessLog } from "./middleware/access-log.ts";
import { requireJsonFromOwnOrigin } from "./middleware/csrf.ts";
import { errorResponse, handleError } from "./middleware/errors.ts";
import { idempotency } from "./middleware/idempotency.ts";
import { rejectMalformedPath } from "./middleware/malformed-path.ts";
import { requestId } from "./middleware/request-id.ts";
import { noStore, securityHeaders } from "./middleware/security-headers.ts";
import { loadSession } from "./middleware/session.ts";
import { serveClient } from "./middleware/static-client.ts";
import { refuseUndisclosedFiles } from "./middleware/undisclosed-files.ts";
import { agencyRoutes } from "./modules/agencies/agencies.routes.ts";
import { anonymiseRoutes } from "./modules/anonymisation/anonymise.routes.ts";
import { refuseWritesToAnonymised } from "./modules/anonymisation/refuse-anonymised.ts";
import {
  appointmentConfirmationRoutes,
  appointmentDownloadRoutes,
  appointmentRoutes,
  calendarFeedRoutes,
  candidateInterviewRoutes,
} from "./modules/appointments/appointments.routes.ts";
import { auditRoutes } from "./modules/audit/audit.routes.ts";
import { createReadAuditLog } from "./modules/audit/read-audit.ts";
import { authRoutes } from "./modules/auth/auth.routes.ts";
import { caseRoutes, personBulkRoutes } from "./modules/cases/cases.routes.ts";
import { centreRoutes } from "./modules/centres/centres.routes.ts";
import { companyRoutes } from "./modules/companies/companies.routes.ts";
import { personConsentRoutes } from "./modules/consents/consents.routes.ts";
import {
  candidateDocumentRoutes,
  documentRoutes,
  isDocumentUpload,
  personDocumentRoutes,
} from "./modules/documents/documents.routes.ts";
import { esfParticipantRoutes, esfReportRoutes } from "./modules/esf/esf.routes.ts";
import { healthRoutes } from "./modules/health/health.routes.ts";
import { IMPORT_PATHS, importRoutes, MAX_IMPORT_BODY_BYTES } from "./modules/imports/imports.routes.ts";
import { inquiryRoutes } from "./modules/inquiries/inquiries.routes.ts";
import { languageSessionRoutes, personLanguageRoutes } from "./modules/language/language.routes.ts";
import { listExportRoutes } from "./modules/list-exports/list-exports.routes.ts";
import { mailSettingsRoutes, outboxRoutes } from "./modules/mail/mail.routes.ts";
import { createMailer } from "./modules/mail/mail.service.ts";
import type { Mailer } from "./modules/mail/mail-transport.ts";
import { offerMatchRoutes, personMatchRoutes } from "./modules/matching/matching.routes.ts";
import { myDayRoutes } from "./modules/my-day/my-day.routes.ts";
import { offerRoutes } from "./modules/offers/offers.routes.ts";
import { personExportRoutes } from "./modules/person-export/person-export.routes.ts";
import { personMergeRoutes } from "./modules/person-merge/person-merge.routes.ts";
import { personRoutes } from "./modules/persons/persons.routes.ts";
import { candidateRoutes, placementRoutes } from "./modules/placements/placements.routes.ts";
import { enrolmentRoutes, programmeRoutes } from "./modules/programmes/programmes.routes.ts";
import { retentionRoutes } from "./modules/retention/retention.routes.ts";
import { statsRoutes } from "./modules/stats/stats.routes.ts";
import { taskRoutes } from "./modules/tasks/tasks.routes.ts";
import { personTransferRoutes, transferRoutes } from "./modules/transfers/transfers.routes.ts";
import { staffRequestRoutes } from "./modules/users/staff-requests.routes.ts";
import { userRoutes } from "./modules/users/users.routes.ts";
import { openApiRoutes } from "./openapi/openapi.routes.ts";

export const MAX_BODY_BYTES = 1024 * 1024;

export type CreateAppOptions = Omit<AppDeps, "readAudit" | "mailer"> & {
  clientDir?: string | undefined;
  readAudit?: ReadAuditLog;
  mailer?: Mailer;
};

export function createApp({ clientDir, readAudit, mailer, db: unguarded, ...rest }: CreateAppOptions) {
  const db = unguarded.withPlugin(new CentreScopeGuard());
  const deps: AppDeps = {
    ...rest,
    db,
    readAudit: readAudit ?? createReadAuditLog(db, { groupWindowMs: 0, logger: rest.logger }),
    mailer: mailer ?? createMailer(rest.config, rest.logger),
  };
  const bodyLimited = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new ApiError("payload_too_large", `Die Anfrage ist größer als ${MAX_BODY_BYTES / 1024} KiB`);
    },
  });
  const importLimited = bodyLimit({
    maxSize: MAX_IMPORT_BODY_BYTES,
    onError: () => {
      throw new ApiError("payload_too_large", "Die Datei ist größer als 10 MB");
    },
  });
  // GET and HEAD carry no body; asking for one makes @hono/node-server build a fetch Request per read.
  const limitBody: MiddlewareHandler<AppEnv> = (c, next) =>
    c.req.method === "GET" || c.req.method === "HEAD" || isDocumentUpload(c.req.method, c.req.path)
      ? next()
      : IMPORT_PATHS.has(c.req.path)
        ? importLimited(c, next)
        : bodyLimited(c, next);

  const api = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set("readAudit", deps.readAudit);
      await next();
    })
    .use(noStore)
    .use(limitBody)
    .use(
      requireJsonFromOwnOrigin(
        deps.config.publicOrigin,
        (method, path) => isDocumentUpload(method, path) || IMPORT_PATHS.has(path),
      ),
    )
    .use(loadSession(deps))
    .use(idempotency(deps, isDocumentUpload))
    .use("/persons/:id/*", refuseWritesToAnonymised(deps, "person"))
    .use("/cases/:id/*", refuseWritesToAnonymised(deps, "case"))
    .use(refuseUndisclosedFiles(deps.logger))
    .route("/health", healthRoutes(deps))
    .route("/auth", authRoutes(deps))
    .route("/users", userRoutes(deps))
    .route("/staff-requests", staffRequestRoutes(deps))
    .route("/centres", centreRoutes(deps))
    .route("/companies", companyRoutes(deps))
    .route("/audit", auditRoutes(deps))
    .route("/persons", personBulkRoutes(deps))
    .route("/persons", personRoutes(deps))
    .route("/persons", personConsentRoutes(deps))
    .route("/persons", personExportRoutes(deps))
    .route("/persons", personMergeRoutes(deps))
    .route("/persons", anonymiseRoutes(deps))
    .route("/persons", personLanguageRoutes(deps))
    .route("/language-sessions", languageSessionRoutes(deps))
    .route("/cases", caseRoutes(deps))
    .route("/tasks/my-day", myDayRoutes(deps))
    .route("/tasks", taskRoutes(deps))
    .route("/stats", esfReportRoutes(deps))
    .route("/stats", statsRoutes(deps))
    .route("/inquiries", inquiryRoutes(deps))
    .route("/offers", offerRoutes(deps))
    .route("/offers", offerMatchRoutes(deps))
    .route("/placements", placementRoutes(deps))
    .route("/candidates", candidateRoutes(deps))
    .route("/persons", personMatchRoutes(deps))
    .route("/programmes", programmeRoutes(deps))
    .route("/enrolments", enrolmentRoutes(deps))
    .route("/enrolments", esfParticipantRoutes(deps))
    .route("/agencies", agencyRoutes(deps))
    .route("/retention", retentionRoutes(deps))
    .route("/exports", listExportRoutes(deps))
    .route("/imports", importRoutes(deps))
    .route("/persons", personDocumentRoutes(deps))
    .route("/documents", documentRoutes(deps))
    .route("/appointments", appointmentRoutes(deps))
    .route("/appointments.ics", appointmentDownloadRoutes(deps))
    .route("/calendar-feed", calendarFeedRoutes(deps))
    .route("/candidates", candidateInterviewRoutes(deps))
    .route("/persons", personTransferRoutes(deps))
    .route("/transfers", transferRoutes(deps))
    .route("/candidates", candidateDocumentRoutes(deps))
    .route("/appointments", appointmentConfirmationRoutes(deps))
    .route("/admin/outbox", outboxRoutes(deps))
    .route("/mail-settings", mailSettingsRoutes(deps))
    .all("*", (c) =>
      errorResponse(c, 404, "not_found", `Unbekannter API-Pfad: ${c.req.method} ${c.req.path}`),
    );

  const app = new Hono<AppEnv>()
    .use(requestId())
    .use(accessLog(deps.logger))
    .use(securityHeaders(deps.config.env === "production"))
    .use(rejectMalformedPath)
    // Before the API's middleware: the reference page is rendered, not a download, and holds no person data.
    .route(
      "/api",
      openApiRoutes((): readonly RouterRoute[] => app.routes),
    )
    .route("/api", api);
  if (clientDir) app.use(serveClient(clientDir));
  app.notFound((c) => errorResponse(c, 404, "not_found", "Nicht gefunden"));
  app.onError(handleError(deps.logger));
  return app;
}

export type App = ReturnType<typeof createApp>;
