// The vulnerable groups a person may belong to: the person register's categories, and the groups a proposal (Usulan) names.

export const PERSON_CATEGORIES = [
  "disability",
  "elderly",
  "child",
  "woman_head_of_household",
  "poor_household",
  "violence_victim",
  "remote_community",
  "other",
] as const;
