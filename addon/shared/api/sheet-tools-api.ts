// The sheet tools' part of the sidebar contract (check all data, edit the selected row, find persons).
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the sheet-tools feature.
export interface SheetToolsApi {}
