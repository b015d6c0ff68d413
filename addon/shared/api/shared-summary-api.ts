// The shared summary's part of the sidebar contract: fetch the roll-up of an area into a sheet.
export interface SharedSummaryResult {
  ok: boolean;
  message: string;
}

export interface SharedSummaryApi {
  /** `region`: "all" or an area code (province "73", regency "73.09", district "73.09.03"). */
  buildSharedSummary(input: { region: string; period: string }): SharedSummaryResult;
}
