import { createContext, type ReactNode, useContext, useMemo, useState } from "react";
import { formatTanggal } from "../../domain/format/tanggal";
import type { Locale, MessageKey } from "./messages";
import { terjemah } from "./terjemah";

interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /**
   * id-ID number formatting in both languages (ADR 0056): the server's own figures (targets, predikat, evaluation
   * notes) and every form's input are id-ID, so an English page shows one number format too.
   */
  number(value: number, decimals?: number): string;
  /** An ISO calendar date "2023-10-09" as "9 Oktober 2023" (id-ID) or "October 9, 2023" (en-US); other text as is. */
  tanggal(iso: string): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() =>
    localStorage.getItem("sakip.locale") === "en" ? "en" : "id",
  );
  const value = useMemo<I18n>(() => {
    const tag = locale === "id" ? "id-ID" : "en-US";
    return {
      locale,
      setLocale(next) {
        localStorage.setItem("sakip.locale", next);
        document.documentElement.lang = next;
        setLocaleState(next);
      },
      t: terjemah(locale),
      number(value, decimals = 0) {
        return new Intl.NumberFormat("id-ID", {
          minimumFractionDigits: decimals,
          maximumFractionDigits: decimals,
        }).format(value);
      },
      tanggal(iso) {
        try {
          return formatTanggal(iso, tag);
        } catch {
          return iso;
        }
      },
    };
  }, [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error("useI18n outside I18nProvider");
  return ctx;
}
