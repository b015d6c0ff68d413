// GET /v1/regions/{code}: an area and its children from the bundled Kemendagri list.
import * as z from "zod";

export const AREA_LEVELS = ["province", "regency", "district", "village"] as const;

export const areaSchema = z.strictObject({
  code: z.string(),
  name: z.string(),
  level: z.enum(AREA_LEVELS),
});

export const regionsResponseSchema = z.strictObject({
  area: z.union([
    areaSchema,
    z.strictObject({ code: z.literal("root"), name: z.string(), level: z.literal("country") }),
  ]),
  parent: z.string().nullable(),
  children: z.array(areaSchema),
  source: z.string(),
});

export type Area = z.infer<typeof areaSchema>;
export type AreaLevel = Area["level"];
export type RegionsResponse = z.infer<typeof regionsResponseSchema>;
