// Loads the built add-on into the Apps Script host with a scripted worker, for the add-on tests.
import { resolve } from "node:path";
import {
  type AddonHost,
  type FetchRequest,
  type FetchResponse,
  loadAddon,
  SpreadsheetStore,
} from "../../addon/preview/addon-host.ts";
import type { FormId } from "../../core/form-ids.ts";
import type { Lang } from "../../core/i18n.ts";
import { parsePeriod } from "../../core/period.ts";
import { checkRecords } from "../../core/record-check.ts";
import { shapeIssues, summaryShape } from "../../core/reports/summary-shape.ts";
import { type Summary, summarySchema } from "../../core/summary.ts";

export const BUNDLE_DIR = resolve(import.meta.dirname, "../../dist/addon");
export const SERVER = "https://pilah.example.org";
export const KEY = "test-group-key-1";

export type WorkerMode = "ok" | "reject-key" | "error" | "busy";

/**
 * A stand-in for the worker (its own tests run it in workerd): the record check answers with the
 * same core code the worker runs; a summary is checked against its form's shape as the worker
 * checks it, then gets the next revision.
 */
export function workerDouble() {
  const requests: FetchRequest[] = [];
  const double = {
    mode: "ok" as WorkerMode,
    /** The group's villages as the server knows them. */
    villages: ["73.09.03.2004", "73.09.03.2005"],
    /** The summaries accepted, by form. */
    summaries: new Map<string, Summary>(),
    /** What GET /v1/summaries/{period}?region= answers. */
    rollup: undefined as unknown,
    requests,
    revision: 0,
    urlFetch(req: FetchRequest): FetchResponse {
      requests.push(req);
      const json = (status: number, body: unknown): FetchResponse => ({
        status,
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      if (double.mode === "reject-key")
        return json(401, { error: { code: "unauthorized", message: "no", issues: [] } });
      if (double.mode === "busy")
        return json(429, { error: { code: "rate_limited", message: "slow down", issues: [] } });
      if (double.mode === "error")
        return json(400, { error: { code: "invalid", message: "no", issues: [] } });
      const path = req.url.slice(SERVER.length);
      if (req.method === "GET" && path === "/v1/health")
        return json(200, { status: "ok", version: "0.1.0" });
      if (req.headers.Authorization !== `Bearer ${KEY}`)
        return json(401, { error: { code: "unauthorized" } });
      if (req.method === "GET" && path.startsWith("/v1/summaries/")) {
        if (path.includes("region="))
          return double.rollup ? json(200, double.rollup) : json(404, {});
        const period = /\/v1\/summaries\/([^?]+)/.exec(path)?.[1] ?? "";
        return json(200, { period, group: { id: "g-test", name: "Kelompok Uji" }, summaries: [] });
      }
      if (req.method === "POST" && path.startsWith("/v1/records/check")) {
        const lang = (/lang=(\w+)/.exec(path)?.[1] ?? "id") as Lang;
        const body = JSON.parse(req.payload ?? "{}") as {
          form: FormId;
          records: { id: string; values: Record<string, unknown> }[];
        };
        return json(200, {
          results: checkRecords(body.form, body.records, { lang, today: new Date() }),
        });
      }
      if (req.method === "PUT" && path.startsWith("/v1/summaries/")) {
        const period = parsePeriod(path.slice("/v1/summaries/".length));
        const parsed = summarySchema.safeParse(JSON.parse(req.payload ?? "null"));
        if (!parsed.success)
          return json(400, { error: { code: "invalid_input", message: "no", issues: [] } });
        const shapes = summaryShape(parsed.data.form, { period, villages: double.villages });
        const issues = shapeIssues(parsed.data, shapes, () => true);
        if (issues.length)
          return json(400, {
            error: {
              code: issues.every((i) => i.outsideVillage)
                ? "village_not_in_group"
                : "invalid_summary",
              message: "no",
              issues: issues.map((i) => ({ path: i.path, message: i.message })),
            },
          });
        double.summaries.set(parsed.data.form, parsed.data);
        double.revision++;
        return json(200, { revision: double.revision, changed: true });
      }
      return json(404, { error: { code: "not_found" } });
    },
  };
  return double;
}

export interface TestHost {
  host: AddonHost;
  worker: ReturnType<typeof workerDouble>;
}

export interface NewHostOptions {
  serverUrl?: string;
  key?: string;
  villages?: string[];
  locale?: string;
  /** Fixed clock, so ages and periods in assertions do not drift. */
  now?: Date;
  /** Use the host's real HTTP transport instead of the scripted worker. */
  realNetwork?: boolean;
}

export function newHost(opts: NewHostOptions = {}): TestHost {
  const worker = workerDouble();
  const store = SpreadsheetStore.create();
  store.properties.document = {
    "pilah.serverUrl": opts.serverUrl ?? SERVER,
    "pilah.groupKey": opts.key ?? KEY,
    "pilah.villages": JSON.stringify(opts.villages ?? ["73.09.03.2004", "73.09.03.2005"]),
  };
  const host = loadAddon({
    bundleDir: BUNDLE_DIR,
    store,
    user: { email: "pokja@example.org", locale: opts.locale ?? "id" },
    urlFetch: opts.realNetwork ? undefined : (r) => worker.urlFetch(r),
    now: opts.now ? () => opts.now as Date : undefined,
  });
  return { host, worker };
}

/** Values of a sheet as the model holds them, rows × columns, up to its last row and column. */
export function sheetValues(host: AddonHost, name: string): unknown[][] {
  const sheet = host.store.sheet(name);
  if (!sheet) return [];
  const out: unknown[][] = [];
  for (let r = 1; r <= sheet.lastRow(); r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= sheet.lastColumn(); c++) row.push(sheet.value(r, c) ?? "");
    out.push(row);
  }
  return out;
}

export const siti = {
  full_name: "Siti Aminah",
  nik: "7309034509900001",
  sex: "P",
  birth_date: "1990-09-05",
  village: "73.09.03.2004",
  categories: ["woman_head_of_household", "disability"],
  disability_types: ["fisik"],
  consent_by: "self",
  consent_date: "2026-01-10",
};
