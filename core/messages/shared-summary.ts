// Catalogue part: The shared roll-up (Ringkasan bersama) sheet and its notices.
export const id = {} as const;

export const en: Record<keyof typeof id, string> = {};
