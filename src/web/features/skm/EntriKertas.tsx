import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import {
  aksiTombol,
  type Baris,
  barisKosong,
  barisTerisi,
  galatSel,
  gerak,
  KOLOM,
  type KodeGalat,
  keRespondenKertas,
  majuOtomatis,
  periksaGrid,
  type Posisi,
  type RespondenKertas,
} from "./grid-kertas";

export interface TeksEntri {
  kolom: (k: (typeof KOLOM)[number]) => string;
  galat: (kode: KodeGalat) => string;
  baris: (n: number) => string;
  simpan: string;
  tambah: string;
  kosongkan: string;
  petunjuk: string;
  belumValid: (n: number) => string;
}

export interface EntriKertasProps {
  teks: TeksEntri;
  /** Saves every filled row (the server stores all or none); resolves when stored. */
  onSimpan: (responden: RespondenKertas[]) => Promise<void>;
  disabled?: boolean;
  awal?: number;
}

/**
 * The paper entry grid: plain inputs so every key works without a mouse (see grid-kertas.ts for the moves).
 * Invalid cells are marked as typed (aria-invalid + the message under the grid); Save is refused while any remains.
 */
export function EntriKertas({ teks, onSimpan, disabled = false, awal = 3 }: EntriKertasProps) {
  const [rows, setRows] = useState<Baris[]>(() => Array.from({ length: awal }, barisKosong));
  const [fokus, setFokus] = useState<Posisi | null>(null);
  const [menyimpan, setMenyimpan] = useState(false);
  const [cobaSimpan, setCobaSimpan] = useState(false);
  const refs = useRef(new Map<string, HTMLInputElement>());

  useEffect(() => {
    if (fokus) {
      const el = refs.current.get(`${fokus.baris}-${fokus.kolom}`);
      el?.focus();
      el?.select();
    }
  }, [fokus, rows.length]);

  const pindah = useCallback(
    (p: Posisi, aksi: Parameters<typeof gerak>[1]) => {
      const g = gerak(p, aksi, rows.length);
      if (g.tambahBaris) setRows((r) => [...r, barisKosong()]);
      setFokus(g.posisi);
    },
    [rows.length],
  );

  const ubah = (p: Posisi, nilai: string) => {
    const k = KOLOM[p.kolom]!;
    setRows((r) => r.map((b, i) => (i === p.baris ? { ...b, [k]: nilai } : b)));
    if (majuOtomatis(k, nilai)) pindah(p, "maju");
  };

  const tombol = (p: Posisi, e: KeyboardEvent<HTMLInputElement>) => {
    const aksi = aksiTombol(e.key, e.shiftKey);
    if (!aksi) return;
    e.preventDefault();
    pindah(p, aksi);
  };

  const galat = periksaGrid(rows);
  const terisi = rows.filter(barisTerisi).length;

  const simpan = async () => {
    setCobaSimpan(true);
    if (galat.length > 0 || terisi === 0) return;
    setMenyimpan(true);
    try {
      await onSimpan(keRespondenKertas(rows));
      setRows(Array.from({ length: awal }, barisKosong));
      setCobaSimpan(false);
      setFokus({ baris: 0, kolom: 0 });
    } finally {
      setMenyimpan(false);
    }
  };

  return (
    <div className="entri-kertas" style={{ minWidth: 0, maxWidth: "100%" }}>
      <p style={{ margin: "0 0 8px", fontSize: 13, color: "#555" }}>{teks.petunjuk}</p>
      <div style={{ overflowX: "auto", maxWidth: "100%" }}>
        <table
          role="grid"
          aria-label="Entri kuesioner kertas"
          data-testid="grid-kertas"
          style={{ borderCollapse: "collapse" }}
        >
          <thead>
            <tr>
              <th style={gayaKepala}>#</th>
              {KOLOM.map((k) => (
                <th key={k} scope="col" style={gayaKepala}>
                  {teks.kolom(k)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((b, i) => (
              <tr key={i}>
                <th scope="row" style={gayaKepala}>
                  {i + 1}
                </th>
                {KOLOM.map((k, j) => {
                  const g = barisTerisi(b) || b[k] ? galatSel(k, b[k]) : null;
                  const tampilGalat = g !== null && (g !== "unsur-kosong" || cobaSimpan);
                  return (
                    <td key={k} style={{ padding: 1 }}>
                      <input
                        ref={(el) => {
                          if (el) refs.current.set(`${i}-${j}`, el);
                          else refs.current.delete(`${i}-${j}`);
                        }}
                        data-testid={`sel-${i}-${k}`}
                        aria-label={`${teks.baris(i + 1)}, ${teks.kolom(k)}`}
                        aria-invalid={tampilGalat || undefined}
                        value={b[k]}
                        disabled={disabled || menyimpan}
                        inputMode={j < 10 ? "numeric" : "text"}
                        maxLength={j < 9 ? 1 : 10}
                        onChange={(e) => ubah({ baris: i, kolom: j }, e.target.value)}
                        onKeyDown={(e) => tombol({ baris: i, kolom: j }, e)}
                        onFocus={() =>
                          setFokus((f) => (f && f.baris === i && f.kolom === j ? f : { baris: i, kolom: j }))
                        }
                        style={{
                          width: j < 9 ? 34 : j === 9 ? 48 : 84,
                          textAlign: "center",
                          fontSize: 15,
                          padding: "4px 2px",
                          border: tampilGalat ? "2px solid #e03131" : "1px solid #ced4da",
                          background: tampilGalat ? "#fff5f5" : "white",
                          borderRadius: 4,
                        }}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {galat.filter((g) => g.kode !== "unsur-kosong" || cobaSimpan).length > 0 && (
        <ul role="alert" data-testid="galat-kertas" style={{ color: "#c92a2a", fontSize: 13, margin: "8px 0" }}>
          {galat
            .filter((g) => g.kode !== "unsur-kosong" || cobaSimpan)
            .slice(0, 12)
            .map((g) => (
              <li key={`${g.baris}-${g.kolom}`}>
                {teks.baris(g.baris)}, {teks.kolom(g.kolom)}: {teks.galat(g.kode)}
                {g.nilai ? ` ("${g.nilai}")` : ""}
              </li>
            ))}
        </ul>
      )}
      <div style={{ display: "flex", gap: 8, marginTop: 8, flexWrap: "wrap" }}>
        <button
          type="button"
          onClick={simpan}
          disabled={disabled || menyimpan}
          data-testid="simpan-kertas"
          style={gayaTombol(true)}
        >
          {teks.simpan} ({terisi})
        </button>
        <button
          type="button"
          onClick={() => setRows((r) => [...r, barisKosong()])}
          disabled={disabled}
          style={gayaTombol(false)}
        >
          {teks.tambah}
        </button>
        <button
          type="button"
          onClick={() => {
            setRows(Array.from({ length: awal }, barisKosong));
            setCobaSimpan(false);
          }}
          disabled={disabled}
          style={gayaTombol(false)}
        >
          {teks.kosongkan}
        </button>
      </div>
      {cobaSimpan && galat.length > 0 && (
        <p style={{ color: "#c92a2a", fontSize: 13 }} data-testid="tolak-kertas">
          {teks.belumValid(galat.length)}
        </p>
      )}
    </div>
  );
}

const gayaKepala = { fontSize: 12, padding: "2px 4px", color: "#495057", fontWeight: 600 } as const;

function gayaTombol(utama: boolean) {
  return {
    padding: "6px 14px",
    borderRadius: 4,
    border: utama ? "1px solid #1c7ed6" : "1px solid #ced4da",
    background: utama ? "#228be6" : "white",
    color: utama ? "white" : "#212529",
    fontSize: 14,
    cursor: "pointer",
  } as const;
}
