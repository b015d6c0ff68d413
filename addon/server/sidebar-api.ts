// The functions the sidebar calls, typed by the shared SidebarApi contract.
import { t } from "../../core/i18n.ts";
import type { SidebarApi } from "../shared/rpc-api.ts";
import { loadSettings, saveSettingsInput, toView } from "./settings.ts";
import { submitRecord } from "./submit.ts";

export const sidebarApi: SidebarApi = {
  submitRecord,
  getSettings: () => toView(loadSettings()),
  saveSettings(input) {
    const lang =
      input && (input.lang === "en" || input.lang === "id") ? input.lang : loadSettings().lang;
    const saved = saveSettingsInput(input, lang);
    if (!saved.ok) return saved;
    return {
      ok: true,
      settings: toView(saved.settings),
      message: t(saved.settings.lang, "settings.saved"),
    };
  },
};
