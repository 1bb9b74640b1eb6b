/**
 * One versioned settings form (ADR 0016/0047): the document is read with its version (a query under `kunciKueri`),
 * copied into an editable draft, saved with If-Match of the version read; a 409 of a stale version opens the reload
 * offer (`konflik`, `muatUlang`), a refusal shows the server's Indonesian messages per field (`galat`). Used by the
 * Pemda profile and the Pengaturan forms, which repeated this by hand.
 */
import { type QueryKey, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { konflikVersi, syaratHeader } from "../../api/client";
import { type GalatForm, galatDariServer } from "../hasil/galat-form";

/** The answer of a save: the document as stored, its new version, and whether anything changed. */
export interface HasilSimpan<D> {
  data: D;
  versi: string;
  diubah: boolean;
}

export function useFormVersi<D, N>(opsi: {
  kunciKueri: QueryKey;
  /** The typed GET with its version (`jawabVersi(klien.GET(…))`). */
  baca(): Promise<{ data: D; versi: string }>;
  /** The draft of a document read or saved. */
  draf(data: D): N;
  /** Form keys = the server's field names (problem+json `errors[].field`), and how they are named in messages. */
  kunciBidang: readonly string[];
  namaBidang(kunci: string): string;
  pesanTersimpan: string;
  pesanTidakBerubah: string;
}) {
  const qc = useQueryClient();
  const q = useQuery({ queryKey: opsi.kunciKueri, queryFn: opsi.baca });
  const [nilai, setNilai] = useState<N | null>(null);
  // the answer the draft was made from: a new answer (a reload, a save) restarts the draft from it
  const [dasar, setDasar] = useState<typeof q.data>(undefined);
  const [galat, setGalat] = useState<GalatForm>({ umum: null, bidang: {} });
  const [pesan, setPesan] = useState<string | null>(null);
  const [proses, setProses] = useState(false);
  const [konflik, setKonflik] = useState(false);
  let nilaiKini = nilai;
  if (q.data !== dasar) {
    setDasar(q.data);
    nilaiKini = q.data ? opsi.draf(q.data.data) : null;
    setNilai(nilaiKini);
  }

  /**
   * Saves with the version read; true when saved. `tulis` is the typed PUT, given the precondition headers.
   */
  async function simpan(tulis: (headers: Record<string, string>) => Promise<HasilSimpan<D>>): Promise<boolean> {
    setPesan(null);
    setProses(true);
    try {
      const hasil = await tulis(syaratHeader(q.data?.versi ? { versi: q.data.versi } : undefined));
      qc.setQueryData(opsi.kunciKueri, { data: hasil.data, versi: hasil.versi });
      setGalat({ umum: null, bidang: {} });
      setPesan(hasil.diubah ? opsi.pesanTersimpan : opsi.pesanTidakBerubah);
      return true;
    } catch (error) {
      if (konflikVersi(error)) setKonflik(true);
      else setGalat(galatDariServer(error, opsi.kunciBidang, opsi.namaBidang));
      return false;
    } finally {
      setProses(false);
    }
  }

  return {
    /** The document as last read or saved; null while loading or when the read failed (see `galat.umum`). */
    data: q.data?.data ?? null,
    nilai: nilaiKini,
    setNilai,
    /** Back to the document as read (the form's Batal). */
    batal: () => setNilai(q.data ? opsi.draf(q.data.data) : null),
    galat: q.error && !q.data ? galatDariServer(q.error, [], (k) => k) : galat,
    setGalat,
    pesan,
    setPesan,
    proses,
    simpan,
    /** Reads the document again (after another change: the logo, or the reload offered on a conflict). */
    muatUlang: () => void q.refetch(),
    konflik: {
      opened: konflik,
      muatUlang: () => {
        setKonflik(false);
        void q.refetch();
      },
      tutup: () => setKonflik(false),
    },
  };
}
