// Dates where the spreadsheet is: Apps Script's Utilities knows the time zone, core does not.
export function spreadsheetTimeZone(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return ss.getSpreadsheetTimeZone() || Session.getScriptTimeZone();
}

export function isoDateIn(date: Date, timeZone: string): string {
  return Utilities.formatDate(date, timeZone, "yyyy-MM-dd");
}
