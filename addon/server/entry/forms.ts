// Public entry points of the forms feature: menu, sidebar pages, submitting records, settings.
import { t } from "../../../core/i18n.ts";
import type { FormsApi } from "../../shared/api/forms-api.ts";
import { testConnection as connectionTest } from "../connection.ts";
import { loadSettings, saveSettingsInput, toView } from "../settings.ts";
import { submitRecord as submit } from "../submit.ts";

export {
  onInstall,
  onOpen,
  showActivityForm,
  showCaseForm,
  showHelp,
  showMemberForm,
  showPersonForm,
  showProposalForm,
  showServiceForm,
  showSettings,
} from "../ui.ts";

const api: FormsApi = {
  submitRecord: submit,
  getSettings: () => toView(loadSettings()),
  saveSettings(input) {
    const lang =
      input && (input.lang === "en" || input.lang === "id") ? input.lang : loadSettings().lang;
    const saved = saveSettingsInput(input, lang);
    if (!saved.ok) return saved;
    const saidLang = saved.settings.lang;
    return {
      ok: true,
      settings: toView(saved.settings),
      message: saved.keyCleared
        ? `${t(saidLang, "settings.saved")} ${t(saidLang, "settings.key_cleared")}`
        : t(saidLang, "settings.saved"),
    };
  },
  testConnection: connectionTest,
};

export const submitRecord = api.submitRecord;
export const getSettings = api.getSettings;
export const saveSettings = api.saveSettings;
export const testConnection = api.testConnection;
