// Language context: the current language, a translate function and the switch.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { locales, storeLang, storedLang, translate, type Lang, type Translate } from './i18n';

interface LangContext {
  lang: Lang;
  locale: string;
  t: Translate;
  setLang: (lang: Lang) => void;
}

const Context = createContext<LangContext | null>(null);

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    storeLang(next);
    setLangState(next);
  }, []);

  const value = useMemo<LangContext>(
    () => ({
      lang,
      locale: locales[lang],
      t: (key, vars) => translate(lang, key, vars),
      setLang,
    }),
    [lang, setLang],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useLang(): LangContext {
  const value = useContext(Context);
  if (!value) throw new Error('useLang outside LangProvider');
  return value;
}

/** Shorthand for the translate function. */
export function useT(): Translate {
  return useLang().t;
}
