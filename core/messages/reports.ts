// Catalogue part: Report headings, age-band and period labels of every form's report.
export const id = {} as const;

export const en: Record<keyof typeof id, string> = {};
