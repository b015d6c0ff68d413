// Catalogue part: The case register's labels, help and choices.
export const id = {} as const;

export const en: Record<keyof typeof id, string> = {};
