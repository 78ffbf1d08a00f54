import { type Context, Hono } from "hono";
import { InquiryCreateSchema, InquiryListQuerySchema, InquiryUpdateSchema } from "#shared/schemas/inquiry.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam, jsonBody, queryParams } from "../../middleware/validate.ts";
import { createInquiry, getInquiry, listInquiriesPage, updateInquiry } from "./inquiries.service.ts";

export function inquiryRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>()
    .get("/", permit("read:inquiry"), queryParams(InquiryListQuerySchema), async (c) =>
      c.json(await listInquiriesPage(db, context(c), c.req.valid("query"))),
    )
    .post("/", permit("create:inquiry"), jsonBody(InquiryCreateSchema), async (c) =>
      c.json(await createInquiry(db, context(c), c.req.valid("json")), 201),
    )
    .get("/:id", permit("read:inquiry"), idParam, async (c) =>
      c.json(await getInquiry(db, context(c), c.req.valid("param").id)),
    )
    .patch("/:id", permit("update:inquiry"), idParam, jsonBody(InquiryUpdateSchema), async (c) =>
      c.json(await updateInquiry(db, context(c), c.req.valid("param").id, c.req.valid("json"))),
    );
}
