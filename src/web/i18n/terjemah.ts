/**
 * The translator outside React: `terjemah("en")("pk.v.barisAnggaranUraian", { pos: "1" })`. Pure functions that
 * build messages (form checks) take a `Terjemah` so the caller passes `useI18n().t` and the tests a fixed locale.
 */
import { type Locale, type MessageKey, messages } from "./messages";

export type Terjemah = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The message of `key` in `locale` (Indonesian when missing), `{name}` replaced by `vars.name`. */
export function terjemah(locale: Locale): Terjemah {
  return (key, vars) => {
    const template: string = messages[locale][key] ?? messages.id[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? `{${name}}`));
  };
}
