/** SKM public survey: anti-abuse rules (rate windows, duplicate guard, honeypot) — ADR 0021. */
export * from "./pembatas";
