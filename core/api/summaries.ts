// /v1/summaries/{period}: the upload's answer, a group's own read, and the roll-up over an area.
import * as z from "zod";
import { FORM_IDS } from "../form-ids.ts";
import { summaryCellSchema } from "../summary.ts";

export const putSummaryResponseSchema = z.strictObject({
  revision: z.number().int().min(1),
  changed: z.boolean(),
});

export const ownSummariesResponseSchema = z.strictObject({
  period: z.string(),
  group: z.strictObject({ id: z.string(), name: z.string() }),
  summaries: z.array(
    z.strictObject({
      form: z.enum(FORM_IDS),
      revision: z.number().int().min(1),
      updated_at: z.string(),
      /** Stored before cell keys existed: not rolled up until the group builds its report again. */
      stale: z.boolean(),
      tables: z.array(
        z.strictObject({
          id: z.string(),
          dimensions: z.array(z.string()),
          cells: z.array(
            z.strictObject({
              key: z.array(z.string()),
              count: summaryCellSchema.shape.count,
              // A stale summary's cells have none.
              ckey: summaryCellSchema.shape.ckey.optional(),
            }),
          ),
        }),
      ),
    }),
  ),
});

/** The lowest level at which a form's counts are served outside the group (cases: kecamatan). */
export const FLOOR_LEVELS = ["village", "district", "regency"] as const;
export type FloorLevel = (typeof FLOOR_LEVELS)[number];

const servedCellSchema = z.strictObject({
  key: z.array(z.string()),
  /** A perturbed count (never 1..4; zero stays zero), or the exact count in an admin's exact read. */
  value: z.number().int().min(0),
});

export const servedTableSchema = z.strictObject({
  id: z.string(),
  /** Each dimension with every value it has in this area, in the report's order. */
  dimensions: z.array(z.strictObject({ id: z.string(), values: z.array(z.string()) })),
  /** Non-zero cells only: a cell that is absent is 0. */
  cells: z.array(servedCellSchema),
  margins: z.strictObject({
    /** Per value of the first dimension (key [value]), non-zero only. */
    rows: z.array(servedCellSchema),
    /** Per combination of the other dimensions (key [v2, …]); empty for a one-dimension table. */
    columns: z.array(servedCellSchema),
    grand: servedCellSchema,
  }),
});

const groupRefSchema = z.strictObject({ id: z.string(), name: z.string() });

export const rollupResponseSchema = z.strictObject({
  period: z.string(),
  region: z.strictObject({
    code: z.string(),
    name: z.string(),
    level: z.enum(["country", "province", "regency", "district"]),
  }),
  /** True only in an admin's audited exact read; otherwise every value is perturbed. */
  exact: z.boolean(),
  /** What the numbers are and are not, in both languages, for whoever shows them. */
  note: z.strictObject({ id: z.string(), en: z.string() }),
  forms: z.array(
    z.strictObject({
      form: z.enum(FORM_IDS),
      floor: z.enum(FLOOR_LEVELS),
      /** The area is finer than the form's floor: no table is served for it. */
      withheld: z.boolean(),
      completeness: z.strictObject({
        expected: z.number().int().min(0),
        reported: z.number().int().min(0),
        missing: z.array(groupRefSchema),
        /** Groups whose summary predates cell keys: they must build their report again. */
        stale: z.array(groupRefSchema),
      }),
      tables: z.array(servedTableSchema),
    }),
  ),
});

export type PutSummaryResponse = z.infer<typeof putSummaryResponseSchema>;
export type OwnSummariesResponse = z.infer<typeof ownSummariesResponseSchema>;
export type ServedCell = z.infer<typeof servedCellSchema>;
export type ServedTable = z.infer<typeof servedTableSchema>;
export type RollupResponse = z.infer<typeof rollupResponseSchema>;
export type RollupForm = RollupResponse["forms"][number];
