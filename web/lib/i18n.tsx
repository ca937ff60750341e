/**
 * The interface language: English or Vietnamese, chosen with a toggle and remembered in
 * localStorage. Names follow it too: the Vietnamese name when Vietnamese is chosen and known.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { EN, VI, type MessageKey } from "./messages.ts";

export type Lang = "en" | "vi";
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const LANG_KEY = "ketnoi.lang";
const MESSAGES: Record<Lang, Record<MessageKey, string>> = { en: EN, vi: VI };

export function translate(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The name to print: Vietnamese when chosen and known, else the English (or only) name. */
export function displayName(entity: { name: unknown; nameVi?: unknown }, lang: Lang): string {
  if (lang === "vi" && typeof entity.nameVi === "string" && entity.nameVi) return entity.nameVi;
  return String(entity.name ?? "");
}

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t: Translate;
}

const I18nContext = createContext<I18n>({ lang: "en", setLang: () => {}, t: (key, values) => translate("en", key, values) });

function storedLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === "vi" ? "vi" : "en";
  } catch {
    return "en";
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(LANG_KEY, next);
    } catch {
      // Storage can be refused (private mode); the choice then lasts for this page only.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(() => ({ lang, setLang, t: (key, values) => translate(lang, key, values) }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** The translated name of a label, relationship type or layout, or the raw name when there is none. */
export function named(t: Translate, prefix: "group" | "label" | "type" | "layout", name: string): string {
  const key = `${prefix}.${name}`;
  return key in EN ? t(key as MessageKey) : name;
}
