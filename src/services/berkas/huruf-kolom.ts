/** Column letter of a 1-based index (1 → A, 27 → AA), as Excel names it. */
export function hurufKolom(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
