// English texts for the solutions library, typed against the Dutch keys.
import type { LibraryKey } from './library.nl';

export const libraryEn: Record<LibraryKey, string> = {
  'library.nav': 'Library',
};
