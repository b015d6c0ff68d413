// Public entry points of the sheet tools feature (filled in by that feature).
export {};
