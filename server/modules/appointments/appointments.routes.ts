import { type Context, Hono } from "hono";
import { z } from "zod";
import {
  AppointmentCancelSchema,
  AppointmentCreateSchema,
  AppointmentListQuerySchema,
  AppointmentUpdateSchema,
} from "#shared/schemas/appointment.ts";
import { AppointmentConfirmationSchema } from "#shared/schemas/mail.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext, requestContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam, jsonBody, pathParams, queryParams } from "../../middleware/validate.ts";
import { sendFile } from "../disclosure/disclosure-gate.ts";
import { noticeEmployer } from "../mail/employer-notice.service.ts";
import { interviewNoticeOf } from "../mail/interview-notice.ts";
import {
  cancelAppointment,
  createAppointment,
  listAppointmentsOf,
  updateAppointment,
} from "./appointments.service.ts";
import {
  calendarByToken,
  calendarDownload,
  feedStatus,
  revokeFeedToken,
  rotateFeedToken,
} from "./calendar-feed.service.ts";
import { listCandidateInterviews } from "./candidate-interviews.service.ts";
import { sendAppointmentConfirmation } from "./confirmation.service.ts";

const TokenParam = z.object({ token: z.string().min(1).max(128) });
const ICS = "text/calendar; charset=utf-8";

/** Links in calendars point at the configured public address, else at the one the request came to. */
const appUrlOf = (c: Context<AppEnv>, publicOrigin: string | undefined) =>
  publicOrigin ?? new URL(c.req.url).origin;

export function appointmentRoutes({ db, config, mailer }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>()
    .get("/", permit("read:appointment"), queryParams(AppointmentListQuerySchema), async (c) =>
      c.json(await listAppointmentsOf(db, context(c), c.req.valid("query"))),
    )
    .post("/", permit("create:appointment"), jsonBody(AppointmentCreateSchema), async (c) => {
      const actor = context(c);
      const appointment = await createAppointment(db, actor, c.req.valid("json"));
      const interview = await interviewNoticeOf(db, actor, appointment);
      if (interview) await noticeEmployer(db, mailer, actor, interview.placement, interview.occasion);
      return c.json(appointment, 201);
    })
    .patch("/:id", permit("update:appointment"), idParam, jsonBody(AppointmentUpdateSchema), async (c) =>
      c.json(await updateAppointment(db, context(c), c.req.valid("param").id, c.req.valid("json"))),
    )
    .post(
      "/:id/cancel",
      permit("update:appointment"),
      idParam,
      jsonBody(AppointmentCancelSchema),
      async (c) =>
        c.json(await cancelAppointment(db, context(c), c.req.valid("param").id, c.req.valid("json"))),
    );
}

/** `GET /api/appointments.ics?from&to`: the same selection as the list, as a calendar file. */
export function appointmentDownloadRoutes({ db, config }: AppDeps) {
  return new Hono<AppEnv>().get(
    "/",
    permit("read:appointment"),
    queryParams(AppointmentListQuerySchema),
    async (c) => {
      const query = c.req.valid("query");
      const context = actorContext(c, config.trustProxy);
      const file = await calendarDownload(db, context, query, appUrlOf(c, config.publicOrigin));
      return sendFile(c, file.passed, {
        body: file.body,
        contentType: ICS,
        fileName: `termine-${query.from}-${query.to}.ics`,
      });
    },
  );
}

/** The advisor's subscription address: status, new (or replacing) secret, revoke; and the feed itself. */
export function calendarFeedRoutes({ db, config, readAudit }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>()
    .get("/", permit("read:appointment"), async (c) => c.json(await feedStatus(db, context(c))))
    .post("/", permit("update:appointment"), async (c) =>
      c.json(await rotateFeedToken(db, context(c), appUrlOf(c, config.publicOrigin)), 201),
    )
    .delete("/", permit("update:appointment"), async (c) => {
      await revokeFeedToken(db, context(c));
      return c.body(null, 204);
    })
    .get("/:token", permit("public"), pathParams(TokenParam), async (c) => {
      const file = await calendarByToken(
        db,
        requestContext(c, config.trustProxy),
        readAudit,
        c.req.valid("param").token,
        appUrlOf(c, config.publicOrigin),
      );
      return sendFile(c, file.passed, { body: file.body, contentType: ICS, fileName: "ankommen.ics" });
    });
}

/** Employers: the interviews booked on one of their candidates — when, what, where; never who. */
export function candidateInterviewRoutes({ db, config }: AppDeps) {
  return new Hono<AppEnv>().get("/:id/appointments", permit("read:candidate"), idParam, async (c) =>
    c.json(await listCandidateInterviews(db, actorContext(c, config.trustProxy), c.req.valid("param").id)),
  );
}

/** `POST /api/appointments/:id/confirmation`: "Bestätigung senden" to the person, with consent. */
export function appointmentConfirmationRoutes({ db, config, mailer }: AppDeps) {
  return new Hono<AppEnv>().post(
    "/:id/confirmation",
    permit("create:mail"),
    idParam,
    jsonBody(AppointmentConfirmationSchema),
    async (c) =>
      c.json(
        await sendAppointmentConfirmation(
          db,
          mailer,
          actorContext(c, config.trustProxy),
          c.req.valid("param").id,
          c.req.valid("json"),
        ),
        201,
      ),
  );
}
