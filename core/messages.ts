// The one message catalogue (id first, en second), assembled from one part per feature.
import * as activityForm from "./messages/activity-form.ts";
import * as app from "./messages/app.ts";
import * as caseForm from "./messages/case-form.ts";
import * as fieldEntry from "./messages/field-entry.ts";
import * as fieldMembers from "./messages/field-members.ts";
import * as fieldPhone from "./messages/field-phone.ts";
import * as formRules from "./messages/form-rules.ts";
import * as importSheet from "./messages/import.ts";
import * as memberForm from "./messages/member-form.ts";
import * as personForm from "./messages/person-form.ts";
import * as personReport from "./messages/person-report.ts";
import * as proposalForm from "./messages/proposal-form.ts";
import * as reports from "./messages/reports.ts";
import * as serviceForm from "./messages/service-form.ts";
import * as sharedSummary from "./messages/shared-summary.ts";
import * as sheetTools from "./messages/sheet-tools.ts";

/** Every part of the catalogue; a test checks no key is defined twice. */
export const catalogueParts = {
  app,
  personForm,
  personReport,
  caseForm,
  serviceForm,
  activityForm,
  memberForm,
  proposalForm,
  sheetTools,
  reports,
  sharedSummary,
  formRules,
  importSheet,
  fieldEntry,
  fieldMembers,
  fieldPhone,
};

const id = {
  ...app.id,
  ...personForm.id,
  ...personReport.id,
  ...caseForm.id,
  ...serviceForm.id,
  ...activityForm.id,
  ...memberForm.id,
  ...proposalForm.id,
  ...sheetTools.id,
  ...reports.id,
  ...sharedSummary.id,
  ...formRules.id,
  ...importSheet.id,
  ...fieldEntry.id,
  ...fieldMembers.id,
  ...fieldPhone.id,
};

export type MessageKey = keyof typeof id;

// Each part types its English as Record<its keys, string>: a missing translation is a compile error.
const en: Record<MessageKey, string> = {
  ...app.en,
  ...personForm.en,
  ...personReport.en,
  ...caseForm.en,
  ...serviceForm.en,
  ...activityForm.en,
  ...memberForm.en,
  ...proposalForm.en,
  ...sheetTools.en,
  ...reports.en,
  ...sharedSummary.en,
  ...formRules.en,
  ...importSheet.en,
  ...fieldEntry.en,
  ...fieldMembers.en,
  ...fieldPhone.en,
};

export const messages: { id: Record<MessageKey, string>; en: Record<MessageKey, string> } = {
  id,
  en,
};
