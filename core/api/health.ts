// GET /v1/health: liveness and the deployed version.
import * as z from "zod";

export const healthResponseSchema = z.strictObject({
  status: z.literal("ok"),
  version: z.string(),
});

export type HealthResponse = z.infer<typeof healthResponseSchema>;
