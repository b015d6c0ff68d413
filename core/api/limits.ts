// Limits the add-on and the worker share: sizes, batch lengths, periods, quotas' defaults.

/** Records per POST /v1/records/check. */
export const MAX_RECORDS_PER_CHECK = 1000;
/** Bytes of one record-check request body (1,000 records of a few hundred bytes each, with room). */
export const MAX_CHECK_BODY_BYTES = 1024 * 1024;
/**
 * Bytes of one summary upload. The largest real summary — the person register of a group with
 * MAX_GROUP_VILLAGES villages, every cell filled with the largest count and key — is measured by
 * test/core/api/limits.test.ts, which keeps this bound within 1.5 times of it.
 */
export const MAX_SUMMARY_BODY_BYTES = 256 * 1024;
/** Bytes of any other request body (admin, inbox) unless a route says otherwise. */
export const MAX_OTHER_BODY_BYTES = 64 * 1024;
/** Villages one group may work in (the settings page and the admin API alike). */
export const MAX_GROUP_VILLAGES = 200;
/** Summaries are accepted for periods from January two years back up to the current one. */
export const PERIOD_YEARS_BACK = 2;
/** Revisions kept per summary (group, form, period); older ones are deleted. */
export const REVISIONS_KEPT = 10;
