// `npm run admin -- <command>`: create groups, issue and revoke keys, list groups on a local or deployed worker.
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type * as z from "zod";
import {
  auditResponseSchema,
  createGroupResponseSchema,
  type FormFloorsResponse,
  formFloorSchema,
  formFloorsResponseSchema,
  type GroupJson,
  issuedKeySchema,
  listGroupsResponseSchema,
  revokedKeySchema,
} from "../core/api/admin.ts";
import { type ErrorBody, errorBodySchema } from "../core/api/error-envelope.ts";
import { FLOOR_LEVELS } from "../core/api/summaries.ts";
import { FORM_IDS } from "../core/form-ids.ts";

const DEFAULT_URL = "http://127.0.0.1:8787";

const USAGE = `Usage: npm run admin -- <command> [options]

Commands:
  create-group --name <name> --villages <code,code,...> [--id <slug>]
                             a group and the Kemendagri codes of its villages (73.09.03.2004)
  issue-key <group-id>       a new key for the group; it is shown once, give it to the group
  revoke-key <key-id>        revokes a key at once (the ids are in list-groups)
  list-groups                every group with its villages and keys (ids and dates only)
  audit [group-id]           who did what to the group's keys and summaries, newest first;
                             without a group: the admin's exact roll-up reads and floor changes
  floors                     the lowest area level each form is served at outside a group
  set-floor <form> <level>   level: village, district (kecamatan) or regency

Options:
  --url <url>   the worker (default: $PILAH_WORKER_URL, else ${DEFAULT_URL})
  --json        print the worker's JSON answer as it is
  --help        this text

The admin token is read from $PILAH_ADMIN_TOKEN (the worker's ADMIN_TOKEN secret).`;

/** A failure to report in one clear line (or a few), with the exit code to leave with. */
export class AdminError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "AdminError";
  }
}

interface Io {
  fetch: typeof fetch;
  env: Record<string, string | undefined>;
  out: (line: string) => void;
}

function explain(status: number, body: ErrorBody | undefined, url: string): string {
  const error: Partial<ErrorBody["error"]> = body?.error ?? {};
  const issues = (error.issues ?? []).map(
    (i) => `  - ${i.path.length ? i.path.join(".") : "(body)"}: ${i.message}`,
  );
  const hint =
    status === 401
      ? `The worker at ${url} refused the admin token: PILAH_ADMIN_TOKEN must equal its ADMIN_TOKEN secret.`
      : status === 403
        ? "That token is a group key, not the admin token."
        : status === 429
          ? "Too many requests: wait a minute and try again."
          : status === 503
            ? "The worker's database is unavailable: try again shortly."
            : undefined;
  return [
    `${status} ${error.code ?? "error"}: ${error.message ?? "(no message)"}`,
    ...issues,
    ...(hint ? [hint] : []),
  ].join("\n");
}

/** One request; the answer is checked against the API contract's schema, so what is printed is what was promised. */
async function call<S extends z.ZodType>(
  io: Io,
  base: string,
  token: string,
  method: string,
  path: string,
  answer: S,
  body?: unknown,
): Promise<z.output<S>> {
  let res: Response;
  try {
    res = await io.fetch(`${base}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (e) {
    const cause = e as { message?: string; cause?: { code?: string; message?: string } };
    const reason = cause.cause?.code ?? cause.cause?.message ?? cause.message ?? String(e);
    throw new AdminError(
      `Cannot reach the worker at ${base} (${reason}). Is it running (npm start), and is --url right?`,
    );
  }
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AdminError(
      `${res.status}: the answer from ${base} is not JSON — is --url the Pilah worker?`,
    );
  }
  if (!res.ok) {
    const envelope = errorBodySchema.safeParse(parsed);
    throw new AdminError(explain(res.status, envelope.success ? envelope.data : undefined, base));
  }
  const checked = answer.safeParse(parsed);
  if (!checked.success) {
    throw new AdminError(
      `The answer from ${base}${path} is not what this version expects: is the worker up to date?`,
    );
  }
  return checked.data;
}

function printFloors(out: Io["out"], answer: FormFloorsResponse): void {
  for (const f of answer.floors) out(`${f.form.padEnd(10)} ${f.floor}`);
}

function printGroup(out: Io["out"], g: GroupJson): void {
  out(`${g.id}  ${g.name}  (created ${g.created_at})`);
  out(`  villages: ${g.villages.join(", ")}`);
  for (const k of g.keys ?? []) {
    out(`  key ${k.id}  issued ${k.created_at}${k.revoked_at ? `  REVOKED ${k.revoked_at}` : ""}`);
  }
}

/** Runs one command; resolves to the exit code. */
export async function runAdmin(argv: string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (e) {
    throw new AdminError(`${(e as Error).message}\n\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.help || !command) {
    io.out(USAGE);
    return values.help ? 0 : 2;
  }
  const base = (values.url ?? io.env.PILAH_WORKER_URL ?? DEFAULT_URL).replace(/\/+$/, "");
  if (!/^https?:\/\/[^/]+/.test(base)) {
    throw new AdminError(`--url must be an http(s) address, not ${JSON.stringify(base)}.`, 2);
  }
  const token = io.env.PILAH_ADMIN_TOKEN;
  if (!token) {
    throw new AdminError(
      "Set PILAH_ADMIN_TOKEN to the worker's ADMIN_TOKEN secret (e.g. PILAH_ADMIN_TOKEN=… npm run admin -- list-groups).",
      2,
    );
  }
  const needOne = (what: string): string => {
    if (args.length !== 1 || !args[0]) {
      throw new AdminError(`${command} takes exactly one ${what}.\n\n${USAGE}`, 2);
    }
    return args[0];
  };
  const print = (answer: unknown, human: () => void) => {
    if (values.json) io.out(JSON.stringify(answer, null, 2));
    else human();
  };

  switch (command) {
    case "create-group": {
      if (args.length > 0) throw new AdminError(`create-group takes options only.\n\n${USAGE}`, 2);
      if (!values.name || !values.villages) {
        throw new AdminError(`create-group needs --name and --villages.\n\n${USAGE}`, 2);
      }
      const villages = values.villages
        .split(/[\s,]+/)
        .map((v) => v.trim())
        .filter(Boolean);
      const answer = await call(
        io,
        base,
        token,
        "POST",
        "/v1/admin/groups",
        createGroupResponseSchema,
        {
          ...(values.id ? { id: values.id } : {}),
          name: values.name,
          villages,
        },
      );
      print(answer, () => {
        io.out("Created group:");
        printGroup(io.out, answer.group);
        io.out(`Next: npm run admin -- issue-key ${answer.group.id}`);
      });
      return 0;
    }
    case "issue-key": {
      const groupId = needOne("group id");
      const answer = await call(
        io,
        base,
        token,
        "POST",
        `/v1/admin/groups/${encodeURIComponent(groupId)}/keys`,
        issuedKeySchema,
      );
      print(answer, () => {
        io.out(`Key ${answer.id} for group ${answer.group_id}:`);
        io.out("");
        io.out(`  ${answer.key}`);
        io.out("");
        io.out("It is shown this once (only its hash is stored): give it to the group now.");
      });
      return 0;
    }
    case "revoke-key": {
      const keyId = needOne("key id");
      const answer = await call(
        io,
        base,
        token,
        "DELETE",
        `/v1/admin/keys/${encodeURIComponent(keyId)}`,
        revokedKeySchema,
      );
      print(answer, () =>
        io.out(`Revoked key ${answer.id} of group ${answer.group_id} at ${answer.revoked_at}.`),
      );
      return 0;
    }
    case "list-groups": {
      if (args.length > 0) throw new AdminError(`list-groups takes no arguments.\n\n${USAGE}`, 2);
      const answer = await call(
        io,
        base,
        token,
        "GET",
        "/v1/admin/groups",
        listGroupsResponseSchema,
      );
      print(answer, () => {
        if (answer.groups.length === 0) io.out("No groups yet: npm run admin -- create-group …");
        for (const g of answer.groups) printGroup(io.out, g);
      });
      return 0;
    }
    case "audit": {
      if (args.length > 1) throw new AdminError(`audit takes at most one group id.\n\n${USAGE}`, 2);
      const groupId = args[0];
      const path = groupId
        ? `/v1/admin/groups/${encodeURIComponent(groupId)}/audit`
        : "/v1/admin/audit";
      const answer = await call(io, base, token, "GET", path, auditResponseSchema);
      print(answer, () => {
        for (const e of answer.entries) {
          const who = e.actor.kind === "admin" ? "admin" : `group key ${e.actor.key_id}`;
          const what =
            e.action === "rollup.exact"
              ? `${e.region} ${e.period} ${e.form ?? "every form"}`
              : e.form
                ? `${e.form} ${e.period ?? ""} ${e.revision ? `revision ${e.revision}` : ""}`.trim()
                : (e.key_id ?? "");
          io.out(`${e.at}  ${who}  ${e.action}  ${what}`);
        }
      });
      return 0;
    }
    case "floors": {
      if (args.length > 0) throw new AdminError(`floors takes no arguments.\n\n${USAGE}`, 2);
      const answer = await call(
        io,
        base,
        token,
        "GET",
        "/v1/admin/forms",
        formFloorsResponseSchema,
      );
      print(answer, () => printFloors(io.out, answer));
      return 0;
    }
    case "set-floor": {
      const [form, floor] = args;
      if (args.length !== 2 || !form || !floor) {
        throw new AdminError(`set-floor takes a form and a level.\n\n${USAGE}`, 2);
      }
      if (!(FORM_IDS as readonly string[]).includes(form)) {
        throw new AdminError(`The form is one of ${FORM_IDS.join(", ")}.`, 2);
      }
      if (!(FLOOR_LEVELS as readonly string[]).includes(floor)) {
        throw new AdminError(`The level is one of ${FLOOR_LEVELS.join(", ")}.`, 2);
      }
      await call(io, base, token, "PUT", `/v1/admin/forms/${form}`, formFloorSchema, {
        floor,
      });
      io.out(`${form} is now served from ${floor} level up outside its group.`);
      return 0;
    }
    default:
      throw new AdminError(`Unknown command ${JSON.stringify(command)}.\n\n${USAGE}`, 2);
  }
}

function parseOptions(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: "string" },
      name: { type: "string" },
      villages: { type: "string" },
      id: { type: "string" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runAdmin(process.argv.slice(2), {
    fetch,
    env: process.env,
    out: (line) => console.log(line),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      if (e instanceof AdminError) {
        console.error(`admin: ${e.message}`);
        process.exitCode = e.exitCode;
      } else {
        throw e;
      }
    },
  );
}
