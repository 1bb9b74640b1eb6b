/**
 * Downloads a generated document with visible progress: "menyusun" while the server builds it (indeterminate), then
 * the share received when the size is known, then saves it under the server's file name.
 */
import { useCallback, useState } from "react";
import { ApiError } from "../../api/client";

export interface ProgresUnduh {
  label: string;
  /** null while the server is still building the file (indeterminate). */
  persen: number | null;
}

async function galat(res: Response): Promise<ApiError> {
  let title = "";
  let detail = "";
  try {
    const b: unknown = await res.json();
    if (typeof b === "object" && b !== null) {
      if ("title" in b && typeof b.title === "string") title = b.title;
      if ("detail" in b && typeof b.detail === "string") detail = b.detail;
    }
  } catch {
    // not JSON
  }
  return new ApiError(res.status, [title, detail].filter(Boolean).join(": ") || String(res.status), title, detail);
}

function simpan(blob: Blob, nama: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = nama;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** One download at a time; `progres` is null when idle. */
export function useUnduh() {
  const [progres, setProgres] = useState<ProgresUnduh | null>(null);
  const [hasil, setHasil] = useState<{ ok: boolean; pesan: string; nama?: string; ukuran?: number } | null>(null);

  const unduh = useCallback(async (url: string, label: string) => {
    setHasil(null);
    setProgres({ label, persen: null });
    try {
      const res = await fetch(url, { credentials: "same-origin" });
      if (!res.ok) throw await galat(res);
      const total = Number(res.headers.get("content-length") ?? "0");
      const nama = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? "unduhan";
      const bagian: Uint8Array<ArrayBuffer>[] = [];
      let diterima = 0;
      const reader = res.body?.getReader();
      if (reader) {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          bagian.push(value);
          diterima += value.length;
          setProgres({ label, persen: total > 0 ? Math.min(100, Math.round((diterima / total) * 100)) : null });
        }
      }
      const blob = reader ? new Blob(bagian, { type: res.headers.get("content-type") ?? "" }) : await res.blob();
      simpan(blob, nama);
      setHasil({ ok: true, pesan: nama, nama, ukuran: blob.size });
    } catch (e) {
      setHasil({ ok: false, pesan: e instanceof Error ? e.message : String(e) });
    } finally {
      setProgres(null);
    }
  }, []);

  return { unduh, progres, hasil, tutupHasil: () => setHasil(null) };
}
