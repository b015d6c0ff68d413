// `npm run admin -- <command>`: create groups, issue and revoke keys, list groups on a local or deployed worker.
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const DEFAULT_URL = "http://127.0.0.1:8787";

const USAGE = `Usage: npm run admin -- <command> [options]

Commands:
  create-group --name <name> --villages <code,code,...> [--id <slug>]
                             a group and the Kemendagri codes of its villages (73.09.03.2004)
  issue-key <group-id>       a new key for the group; it is shown once, give it to the group
  revoke-key <key-id>        revokes a key at once (the ids are in list-groups)
  list-groups                every group with its villages and keys (ids and dates only)
  audit <group-id>           who did what to the group's keys and summaries, newest first

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

interface ErrorBody {
  error?: { code?: string; message?: string; issues?: { path: unknown[]; message: string }[] };
}

function explain(status: number, body: ErrorBody, url: string): string {
  const error = body.error ?? {};
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

async function call(
  io: Io,
  base: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
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
  if (!res.ok) throw new AdminError(explain(res.status, parsed as ErrorBody, base));
  return parsed;
}

interface GroupJson {
  id: string;
  name: string;
  villages: string[];
  created_at: string;
  keys?: { id: string; created_at: string; revoked_at: string | null }[];
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
      const answer = (await call(io, base, token, "POST", "/v1/admin/groups", {
        ...(values.id ? { id: values.id } : {}),
        name: values.name,
        villages,
      })) as { group: GroupJson };
      print(answer, () => {
        io.out("Created group:");
        printGroup(io.out, answer.group);
        io.out(`Next: npm run admin -- issue-key ${answer.group.id}`);
      });
      return 0;
    }
    case "issue-key": {
      const groupId = needOne("group id");
      const answer = (await call(
        io,
        base,
        token,
        "POST",
        `/v1/admin/groups/${encodeURIComponent(groupId)}/keys`,
      )) as { id: string; group_id: string; key: string };
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
      const answer = (await call(
        io,
        base,
        token,
        "DELETE",
        `/v1/admin/keys/${encodeURIComponent(keyId)}`,
      )) as { id: string; group_id: string; revoked_at: string };
      print(answer, () =>
        io.out(`Revoked key ${answer.id} of group ${answer.group_id} at ${answer.revoked_at}.`),
      );
      return 0;
    }
    case "list-groups": {
      if (args.length > 0) throw new AdminError(`list-groups takes no arguments.\n\n${USAGE}`, 2);
      const answer = (await call(io, base, token, "GET", "/v1/admin/groups")) as {
        groups: GroupJson[];
      };
      print(answer, () => {
        if (answer.groups.length === 0) io.out("No groups yet: npm run admin -- create-group …");
        for (const g of answer.groups) printGroup(io.out, g);
      });
      return 0;
    }
    case "audit": {
      const groupId = needOne("group id");
      const answer = (await call(
        io,
        base,
        token,
        "GET",
        `/v1/admin/groups/${encodeURIComponent(groupId)}/audit`,
      )) as {
        entries: {
          at: string;
          actor: { kind: string; key_id?: string };
          action: string;
          key_id: string | null;
          form: string | null;
          period: string | null;
          revision: number | null;
        }[];
      };
      print(answer, () => {
        for (const e of answer.entries) {
          const who = e.actor.kind === "admin" ? "admin" : `group key ${e.actor.key_id}`;
          const what = e.form ? `${e.form} ${e.period} revision ${e.revision}` : (e.key_id ?? "");
          io.out(`${e.at}  ${who}  ${e.action}  ${what}`);
        }
      });
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
