import { type Context, Hono } from "hono";
import {
  CandidateFeedbackSchema,
  CandidateLanguageAssessmentSchema,
  CandidateListQuerySchema,
  CandidateTransitionSchema,
  ContactReleaseSchema,
  PlacementCreateSchema,
  PlacementListQuerySchema,
  PlacementTransitionSchema,
  PlacementUpdateSchema,
} from "#shared/schemas/placement.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam, jsonBody, queryParams } from "../../middleware/validate.ts";
import { noticeEmployer } from "../mail/employer-notice.service.ts";
import {
  getCandidate,
  listCandidatesPage,
  recordCandidateFeedback,
  recordCandidateLanguageAssessment,
  transitionCandidate,
} from "./candidates.service.ts";
import {
  createPlacement,
  getPlacement,
  listPlacementsPage,
  releaseContact,
  transitionPlacement,
  updatePlacement,
} from "./placements.service.ts";

/**
 * Advisors work with placements (`*:placement`); employers use /api/candidates (`*:candidate`), their
 * minimal, consent-gated view. The permission map keeps the two audiences apart.
 */
export function placementRoutes({ db, config, mailer }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>()
    .get("/", permit("read:placement"), queryParams(PlacementListQuerySchema), async (c) =>
      c.json(await listPlacementsPage(db, context(c), c.req.valid("query"))),
    )
    .post("/", permit("create:placement"), jsonBody(PlacementCreateSchema), async (c) => {
      const actor = context(c);
      const placement = await createPlacement(db, actor, c.req.valid("json"));
      await noticeEmployer(db, mailer, actor, placement, { kind: "proposed" });
      return c.json(placement, 201);
    })
    .get("/:id", permit("read:placement"), idParam, async (c) =>
      c.json(await getPlacement(db, context(c), c.req.valid("param").id)),
    )
    .patch("/:id", permit("update:placement"), idParam, jsonBody(PlacementUpdateSchema), async (c) =>
      c.json(await updatePlacement(db, context(c), c.req.valid("param").id, c.req.valid("json"))),
    )
    .post(
      "/:id/transitions",
      permit("update:placement"),
      idParam,
      jsonBody(PlacementTransitionSchema),
      async (c) =>
        c.json(await transitionPlacement(db, context(c), c.req.valid("param").id, c.req.valid("json"))),
    )
    .post(
      "/:id/contact-release",
      permit("update:placement"),
      idParam,
      jsonBody(ContactReleaseSchema),
      async (c) => c.json(await releaseContact(db, context(c), c.req.valid("param").id, c.req.valid("json"))),
    );
}

export function candidateRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>()
    .get("/", permit("read:candidate"), queryParams(CandidateListQuerySchema), async (c) =>
      c.json(await listCandidatesPage(db, context(c), c.req.valid("query"))),
    )
    .get("/:id", permit("read:candidate"), idParam, async (c) =>
      c.json(await getCandidate(db, context(c), c.req.valid("param").id)),
    )
    .post(
      "/:id/transitions",
      permit("update:candidate"),
      idParam,
      jsonBody(CandidateTransitionSchema),
      async (c) =>
        c.json(await transitionCandidate(db, context(c), c.req.valid("param").id, c.req.valid("json"))),
    )
    .patch(
      "/:id/feedback",
      permit("update:candidate"),
      idParam,
      jsonBody(CandidateFeedbackSchema),
      async (c) =>
        c.json(await recordCandidateFeedback(db, context(c), c.req.valid("param").id, c.req.valid("json"))),
    )
    .post(
      "/:id/language-assessments",
      permit("update:candidate"),
      idParam,
      jsonBody(CandidateLanguageAssessmentSchema),
      async (c) =>
        c.json(
          await recordCandidateLanguageAssessment(
            db,
            context(c),
            c.req.valid("param").id,
            c.req.valid("json"),
          ),
          201,
        ),
    );
}
