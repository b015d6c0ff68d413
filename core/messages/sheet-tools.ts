// Catalogue part: Checking all data, editing the selected row, finding persons, sheet guards.
export const id = {} as const;

export const en: Record<keyof typeof id, string> = {};
