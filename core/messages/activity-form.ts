// Catalogue part: The activity agenda's labels, help and choices.
export const id = {} as const;

export const en: Record<keyof typeof id, string> = {};
