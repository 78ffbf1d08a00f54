import { z } from "zod";

export const HealthSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  database: z.enum(["sqlite", "postgres"]),
  time: z.string(),
});
export type Health = z.infer<typeof HealthSchema>;
