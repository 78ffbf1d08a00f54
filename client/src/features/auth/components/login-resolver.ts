import { zodResolver } from "@hookform/resolvers/zod";
import { LoginRequestSchema } from "../../../../../shared/schemas/auth.ts";
import { withRequiredErrors } from "../../../lib/form-errors.ts";

export const loginResolver = withRequiredErrors(zodResolver(LoginRequestSchema));
