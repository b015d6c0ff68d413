// The one message catalogue (id first, en second), assembled from one part per feature.
import * as app from "./messages/app.ts";
import * as personForm from "./messages/person-form.ts";
import * as personReport from "./messages/person-report.ts";

/** Every part of the catalogue; a test checks no key is defined twice. */
export const catalogueParts = { app, personForm, personReport };

const id = { ...app.id, ...personForm.id, ...personReport.id };

export type MessageKey = keyof typeof id;

// Each part types its English as Record<its keys, string>: a missing translation is a compile error.
const en: Record<MessageKey, string> = { ...app.en, ...personForm.en, ...personReport.en };

export const messages: { id: Record<MessageKey, string>; en: Record<MessageKey, string> } = {
  id,
  en,
};
