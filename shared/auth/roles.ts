import { z } from "zod";

export const roles = ["admin", "advisor", "manager", "employer"] as const;
export const RoleSchema = z.enum(roles);
export type Role = z.infer<typeof RoleSchema>;
