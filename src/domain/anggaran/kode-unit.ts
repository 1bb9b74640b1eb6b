/**
 * Kode unit organisasi (SKPD) of Permendagri 90/2019 as updated by Kepmendagri 050-5889/2021.
 * NOTE: regulations.md §5 row B — three urusan-bidang slots, then unit (2 digits) and sub-unit (4 digits).
 */
import { DomainError } from "../shared/errors";

export interface UrusanBidang {
  /** One digit, e.g. "7" (Unsur Kewilayahan); "0" in an empty slot. */
  readonly urusan: string;
  /** Two digits, e.g. "01" (Kecamatan); "00" in an empty slot. */
  readonly bidang: string;
}

export interface UnitOrganisasi {
  /** Primary, second and third urusan-bidang slot (multi-urusan OPDs fill slots 2 and 3). */
  readonly bidang: readonly [UrusanBidang, UrusanBidang, UrusanBidang];
  /** Unit number, 2 digits, e.g. "03" (the 3rd kecamatan). */
  readonly unit: string;
  /** Sub-unit, 4 digits, e.g. "0000". */
  readonly subUnit: string;
  /** SIPD form, e.g. "7.01.0.00.0.00.03.0000". */
  readonly canonical: string;
}

// SIPD: 7.01.0.00.0.00.03.0000 (regulations.md §5, [V]).
const SIPD = /^(\d)\.(\d{2})\.(\d)\.(\d{2})\.(\d)\.(\d{2})\.(\d{2})\.(\d{4})$/;
// Seed print: 7-01.0-00.0-00.03.0.0 (SEED 1720). NOTE: only the sub-unit "0.0" is attested; its two digits are
// read as the sub-unit number, left-padded to 4 (regulations.md §5: "`0.0` = sub-unit 0000").
const SEED_FORM = /^(\d)-(\d{2})\.(\d)-(\d{2})\.(\d)-(\d{2})\.(\d{2})\.(\d)\.(\d)$/;

/** True when `value` looks like a unit organisasi code in either form (used to tell it apart from program codes). */
export function isKodeUnit(value: string): boolean {
  const v = value.trim();
  return SIPD.test(v) || SEED_FORM.test(v);
}

/** Parse a unit organisasi code, SIPD form "7.01.0.00.0.00.03.0000" or seed form "7-01.0-00.0-00.03.0.0". */
export function parseKodeUnit(value: string): UnitOrganisasi {
  const v = value.trim();
  const sipd = SIPD.exec(v);
  const seed = sipd ? null : SEED_FORM.exec(v);
  const g = sipd ?? seed;
  if (!g) {
    throw new DomainError(
      "kode_unit_tidak_valid",
      `Kode unit organisasi "${value}" tidak dapat dibaca; bentuk yang diterima "7.01.0.00.0.00.03.0000" (SIPD) atau "7-01.0-00.0-00.03.0.0"`,
      { field: "kodeUnit", value },
    );
  }
  const p = (i: number): string => g[i] ?? "";
  const subUnit = sipd ? p(8) : `${p(8)}${p(9)}`.padStart(4, "0");
  const bidang = [
    { urusan: p(1), bidang: p(2) },
    { urusan: p(3), bidang: p(4) },
    { urusan: p(5), bidang: p(6) },
  ] as const;
  const canonical = `${bidang.map((b) => `${b.urusan}.${b.bidang}`).join(".")}.${p(7)}.${subUnit}`;
  return { bidang, unit: p(7), subUnit, canonical };
}
