// Catalogue part: Messages of cross-field rules shared by several forms.
export const id = {} as const;

export const en: Record<keyof typeof id, string> = {};
