import { type Context, Hono } from "hono";
import { z } from "zod";
import {
  InquiryCreateSchema,
  InquiryListQuerySchema,
  InquiryUpdateSchema,
} from "../../../shared/schemas/inquiry.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { jsonBody, pathParams, queryParams } from "../../middleware/validate.ts";
import { createInquiry, getInquiry, listInquiriesPage, updateInquiry } from "./inquiries.service.ts";

const IdParam = z.object({ id: z.string().min(1).max(64) });

export function inquiryRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>()
    .get("/", permit("read:inquiry"), queryParams(InquiryListQuerySchema), async (c) =>
      c.json(await listInquiriesPage(db, context(c), c.req.valid("query"))),
    )
    .post("/", permit("create:inquiry"), jsonBody(InquiryCreateSchema), async (c) =>
      c.json(await createInquiry(db, context(c), c.req.valid("json")), 201),
    )
    .get("/:id", permit("read:inquiry"), pathParams(IdParam), async (c) =>
      c.json(await getInquiry(db, context(c), c.req.valid("param").id)),
    )
    .patch("/:id", permit("update:inquiry"), pathParams(IdParam), jsonBody(InquiryUpdateSchema), async (c) =>
      c.json(await updateInquiry(db, context(c), c.req.valid("param").id, c.req.valid("json"))),
    );
}
