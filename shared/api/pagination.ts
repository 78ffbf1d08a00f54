import { z } from "zod";

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
  });

export type Page<T> = { items: T[]; nextCursor: string | null };

export const LimitSchema = z.coerce.number().int().min(1).max(200).default(50);
export const CursorSchema = z.string().max(500).optional();
