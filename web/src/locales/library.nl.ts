// Dutch texts (B1) for the solutions library.
export const libraryNl = {
  'library.nav': 'Bibliotheek',
} as const;

export type LibraryKey = keyof typeof libraryNl;
