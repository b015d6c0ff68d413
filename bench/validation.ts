// `npm run bench` part: record validation beside a hand-written zod schema of the same fields (normal and jitless), and the worker's record check in workerd.
import * as z from "zod";
import type { FieldSpec, FormSpec } from "../core/form-spec.ts";
import { PERSON_REF_PATTERN } from "../core/form-spec.ts";
import { personForm } from "../core/forms/person.ts";
import { valuesForCheck } from "../core/record-check.ts";
import { formValidator, validateRecord } from "../core/validate.ts";
import { DEMO_VILLAGES } from "../scripts/demo-seed.ts";
import { startServers } from "../test/support/stack.ts";
import { apiRecord, personRows } from "./fixtures.ts";
import { median, ratioToFloor } from "./measure.ts";

/**
 * The floor: what one would write by hand for the same fields, one zod type each with its limits
 * (length, choices, range, date and code shapes), and nothing else: no coercion of sheet cells,
 * no identity-number checks, no rules between fields, no messages. It accepts the API's records
 * as they are sent (blank fields left out, lists as arrays, numbers as numbers).
 */
export function handWrittenSchema(spec: FormSpec): z.ZodType {
  const one = (f: FieldSpec): z.ZodType => {
    switch (f.kind) {
      case "text":
        return f.pattern
          ? z.string().max(f.maxLength).regex(f.pattern.regex)
          : z.string().max(f.maxLength);
      case "date":
        return z.iso.date();
      case "integer":
        return z.number().int().min(f.min).max(f.max);
      case "choice":
        return z.enum(f.choices as [string, ...string[]]);
      case "multi":
        return z.array(z.enum(f.choices as [string, ...string[]]));
      case "village":
        return z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/);
      case "nik":
      case "kk":
        return z.string().regex(/^\d{16}$/);
      case "person_ref":
        return z.string().regex(PERSON_REF_PATTERN);
    }
  };
  return z.strictObject(
    Object.fromEntries(spec.fields.map((f) => [f.key, f.required ? one(f) : one(f).optional()])),
  );
}

const TODAY = "2026-11-27";

/** Records with one to three wrong fields each: a bad choice, a NIK too short, a name too long. */
function invalid(records: Record<string, unknown>[]): Record<string, unknown>[] {
  return records.map((r, i) => ({
    ...r,
    sex: i % 2 ? "X" : r.sex,
    full_name: i % 3 ? r.full_name : "x".repeat(500),
    nik: i % 2 ? "123" : r.nik,
  }));
}

export async function benchValidation(): Promise<void> {
  const rows = personRows(10_000).map(apiRecord);
  const bad = invalid(rows);
  const ctx = { today: TODAY };
  console.log(
    `\nValidation of 10,000 person records as the API receives them (${personForm.fields.length} fields), CPU, ratio = median of back-to-back pairs\n`,
  );
  console.log("| mode | records | hand-written zod | validateRecord | × floor (goal ≤ 1.5) |");
  console.log("|---|---|---|---|---|");
  for (const jitless of [false, true]) {
    z.config({ jitless });
    // Built after the switch, as each runtime builds its schemas.
    const floor = handWrittenSchema(personForm);
    const validator = formValidator(personForm, ctx);
    for (const [what, records] of [
      ["valid", rows],
      ["invalid", bad],
    ] as const) {
      const r = ratioToFloor(
        () => {
          for (const x of records) floor.safeParse(x);
        },
        () => {
          for (const x of records) validateRecord(personForm, x, ctx, "id", validator);
        },
      );
      console.log(
        `| ${jitless ? "jitless (as on Workers)" : "normal"} | ${what} | ${r.floorMs.toFixed(1)} ms | ${r.ms.toFixed(1)} ms | ${r.ratio.toFixed(2)} |`,
      );
    }
  }
  z.config({ jitless: false });
  await benchWorkerCheck(rows.slice(0, 1000));
}

/**
 * CPU milliseconds the worker's isolate spends while `run` runs: a V8 CPU profile taken through
 * the worker's inspector (what DevTools shows for a Worker), every sample but idle ones counted.
 */
async function isolateCpuMs(inspectorUrl: string, run: () => Promise<void>): Promise<number> {
  // Wrangler's inspector proxy admits local DevTools only: it wants a local Origin.
  const ws = new WebSocket(inspectorUrl, {
    headers: { Origin: "http://localhost" },
  } as unknown as string[]);
  await new Promise((ready, fail) => {
    ws.onopen = ready;
    ws.onerror = () => fail(new Error(`no inspector at ${inspectorUrl}`));
  });
  let next = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  ws.onmessage = (e) => {
    const msg = JSON.parse(String(e.data)) as { id?: number; result?: unknown };
    if (msg.id !== undefined) waiting.get(msg.id)?.(msg.result);
  };
  const send = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((done) => {
      const id = ++next;
      waiting.set(id, done);
      ws.send(JSON.stringify({ id, method, params }));
    });
  try {
    await send("Profiler.enable");
    await send("Profiler.setSamplingInterval", { interval: 100 });
    await send("Profiler.start");
    await run();
    const { profile } = (await send("Profiler.stop")) as {
      profile: {
        nodes: { id: number; callFrame: { functionName: string } }[];
        samples: number[];
        timeDeltas: number[];
      };
    };
    const idle = new Set(
      profile.nodes.filter((n) => n.callFrame.functionName === "(idle)").map((n) => n.id),
    );
    // A sample after a pause (the isolate waiting between requests, not sampled) carries the
    // pause in its time delta: each sample counts for at most a few sampling intervals.
    const cap = 3 * median(profile.timeDeltas);
    let busy = 0;
    profile.samples.forEach((node, i) => {
      if (!idle.has(node)) busy += Math.min(profile.timeDeltas[i] ?? 0, cap);
    });
    return busy / 1000;
  } finally {
    ws.close();
  }
}

/**
 * POST /v1/records/check with 1,000 records in workerd (`npm start`'s worker on a local D1),
 * beside the same request with one record: the difference is the checking (request and answer
 * JSON included), since nothing else in the request grows with the records.
 */
async function benchWorkerCheck(records: Record<string, unknown>[]): Promise<void> {
  const key = "bench-group-key-0001";
  let servers: Awaited<ReturnType<typeof startServers>> | undefined;
  try {
    servers = await startServers(key);
  } catch (e) {
    console.log(
      `\n(worker check skipped: the local worker did not start: ${(e as Error).message.split("\n")[0]})`,
    );
    return;
  }
  try {
    const body = (n: number) =>
      JSON.stringify({
        form: "person",
        records: records.slice(0, n).map((r, i) => ({
          id: `r${i}`,
          values: valuesForCheck(personForm, {
            ...r,
            village: DEMO_VILLAGES[i % DEMO_VILLAGES.length],
          }),
        })),
      });
    const one = body(1);
    const all = body(records.length);
    const post = async (payload: string) => {
      const res = await fetch(`${servers?.workerUrl}/v1/records/check?lang=id`, {
        method: "POST",
        headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
        body: payload,
      });
      const answer = (await res.json()) as { results?: { ok: boolean }[] };
      if (!res.ok || !answer.results) throw new Error(`check answered ${res.status}`);
      return { ok: answer.results.filter((r) => r.ok).length };
    };
    for (let i = 0; i < 5; i++) {
      await post(one);
      await post(all);
    }
    // Under the key's rate limit (120 a minute): 2 × 20 requests.
    const runs = 20;
    let ok = 0;
    const floorCpu =
      (await isolateCpuMs(servers.inspectorUrl, async () => {
        for (let i = 0; i < runs; i++) await post(one);
      })) / runs;
    const fullCpu =
      (await isolateCpuMs(servers.inspectorUrl, async () => {
        for (let i = 0; i < runs; i++) ok = (await post(all)).ok;
      })) / runs;
    console.log(
      `\nWorker record check in workerd (wrangler dev --local), ${records.length} person records (${ok} valid), CPU of the worker's isolate from a V8 profile through its inspector, mean of ${runs} requests\n`,
    );
    console.log("| request | isolate CPU | |\n|---|---|---|");
    console.log(
      `| 1 record (the floor: routing, key look-up, JSON) | ${floorCpu.toFixed(1)} ms | |`,
    );
    console.log(
      `| ${records.length} records | ${fullCpu.toFixed(1)} ms | the check of ${records.length}: ${(fullCpu - floorCpu).toFixed(1)} ms (goal ≤ 10) |`,
    );
  } finally {
    await servers.stop();
  }
}
