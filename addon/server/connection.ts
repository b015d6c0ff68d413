// "Test connection" in Pengaturan: is the server there, and does it accept the group key?
import type { Lang } from "../../core/i18n.ts";
import { t } from "../../core/i18n.ts";
import { settingsInputSchema } from "../../core/settings.ts";
import type { ConnectionResult } from "../shared/api/forms-api.ts";
import { loadSettings } from "./settings.ts";
import { callAll } from "./worker-client.ts";

/** Tests the address and key as typed (an empty key means the stored one); saves nothing. */
export function testConnection(input: { serverUrl: string; groupKey?: string }): ConnectionResult {
  const stored = loadSettings();
  const lang: Lang = stored.lang;
  const url = settingsInputSchema.shape.serverUrl.safeParse(input?.serverUrl ?? "");
  if (!url.success || url.data === "") {
    return {
      ok: false,
      message: t(lang, url.success ? "worker.not_configured" : "error.invalid_url"),
    };
  }
  const key =
    typeof input.groupKey === "string" && input.groupKey.trim()
      ? input.groupKey.trim()
      : stored.groupKey;
  const settings = { ...stored, serverUrl: url.data, groupKey: key };
  if (!key) return { ok: false, message: t(lang, "worker.not_configured") };
  // Health needs no key; reading the group's own summaries does: both in one fetchAll.
  const year = new Date().getFullYear();
  const [health, own] = callAll<{ version?: string }>(settings, [
    { method: "get", path: "/v1/health" },
    { method: "get", path: `/v1/summaries/${year}?form=person` },
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
  return {
    ok: true,
    message: t(lang, "settings.connection_ok", { version: health.data.version ?? "?" }),
  };
}
