// "Test connection" in Pengaturan: is the server there, and does it accept the group key?
import { healthResponseSchema } from "../../core/api/health.ts";
import { ownSummariesResponseSchema } from "../../core/api/summaries.ts";
import { isMessageKey, type Lang, t } from "../../core/i18n.ts";
import { settingsInputSchema } from "../../core/settings.ts";
import type { ConnectionResult } from "../shared/api/forms-api.ts";
import { loadSettings } from "./settings.ts";
import { callAll } from "./worker-client.ts";

/**
 * Tests the address and key as typed (an empty key means the stored one); saves nothing. The
 * stored key is only ever sent to the stored address: a new address needs its key typed.
 */
export function testConnection(input: { serverUrl: string; groupKey?: string }): ConnectionResult {
  const stored = loadSettings();
  const lang: Lang = stored.lang;
  const url = settingsInputSchema.shape.serverUrl.safeParse(input?.serverUrl ?? "");
  if (!url.success) {
    const code = url.error.issues[0]?.message ?? "";
    return { ok: false, message: t(lang, isMessageKey(code) ? code : "error.invalid_url") };
  }
  if (url.data === "") return { ok: false, message: t(lang, "worker.not_configured") };
  const typed = typeof input.groupKey === "string" ? input.groupKey.trim() : "";
  if (!typed && url.data !== stored.serverUrl) {
    return { ok: false, message: t(lang, "settings.key_for_new_server") };
  }
  const key = typed || stored.groupKey;
  const settings = { ...stored, serverUrl: url.data, groupKey: key };
  if (!key) return { ok: false, message: t(lang, "worker.not_configured") };
  // Health needs no key; reading the group's own summaries does: both in one fetchAll.
  const year = new Date().getFullYear();
  const [health, own] = callAll(settings, [
    { method: "get", path: "/v1/health", answer: healthResponseSchema },
    {
      method: "get",
      path: `/v1/summaries/${year}?form=person`,
      answer: ownSummariesResponseSchema,
    },
  ]);
  if (!health?.ok) {
    const reason = health ? t(lang, health.reason, { status: health.status ?? "" }) : "";
    return { ok: false, message: t(lang, "settings.connection_failed", { reason }) };
  }
  if (!own?.ok) {
    return {
      ok: false,
      message: t(lang, "settings.connection_failed", {
        reason: t(lang, own?.reason ?? "worker.error", { status: own?.status ?? "" }),
      }),
    };
  }
  return { ok: true, message: t(lang, "settings.connection_ok", { version: health.data.version }) };
}
