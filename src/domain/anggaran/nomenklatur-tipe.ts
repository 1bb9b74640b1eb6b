/** Types of the nomenclature versions (ADR 0040); apart so the generated data module does not import the rules. */
export interface EntriNomenklatur {
  kode: string;
  level: string;
  nama: string;
}

export interface VersiNomenklatur {
  id: string;
  judul: string;
  /** First budget year (tahun anggaran) the version is in force for. */
  mulaiTahun: number;
  sumber: string;
  /** Code prefixes the list covers ("7.01", "X.XX.01"); codes outside are not checked. */
  cakupan: readonly string[];
  /** Whether the list is complete within its coverage (else an unknown code is "not in the loaded list"). */
  lengkap: boolean;
  entri: readonly EntriNomenklatur[];
}
