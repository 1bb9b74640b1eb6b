/** Structural equality of plain data (JSON form), used to skip writes that change nothing (no audit entry). */
export function samaData(a: unknown, b: unknown): boolean {
  return JSON.stringify(urut(a)) === JSON.stringify(urut(b));
}

function urut(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(urut);
  if (v && typeof v === "object" && !(v instanceof Date)) {
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .filter(([, x]) => x !== undefined)
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([k, x]) => [k, urut(x)]),
    );
  }
  return v;
}
