import { Alert, Badge, Button, Group, Modal, Stack, Table, Text, Textarea, TextInput } from "@mantine/core";
import { useEffect, useState } from "react";
import { jawab, klien, syaratHeader } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { useKonflik } from "../kinerja/useKonflik";
import { rupiah } from "../anggaran/tipe";
import {
  dibawah,
  LABEL_TW,
  persenRenaksi,
  tampilTarget,
  type PkRenaksi,
  type RenaksiKunci,
  type StatusTw,
} from "./tipe";

/** "1.234,5" (id-ID) or "1234.5" → "1234.5"; empty → null. The server names a value it cannot read. */
export function angkaMesin(teks: string): string | null {
  const s = teks.trim();
  if (!s) return null;
  return s.includes(",") ? s.replace(/\./g, "").replace(",", ".") : s;
}

interface Isian {
  nilai: string;
  anggaran: string;
  faktorPenghambat: string;
  faktorPendorong: string;
  langkah: string;
}

function awal(pk: PkRenaksi, tw: number): Record<string, Isian> {
  return Object.fromEntries(
    pk.indikator.map((i) => {
      const q = i.triwulan[tw - 1];
      return [
        i.pkKinerjaId,
        {
          nilai: q?.realisasi ? q.realisasi.replace(".", ",") : "",
          anggaran: q?.sumberRealisasiAnggaran === "isian" && q.realisasiAnggaran ? rupiah(q.realisasiAnggaran) : "",
          faktorPenghambat: q?.faktorPenghambat ?? "",
          faktorPendorong: q?.faktorPendorong ?? "",
          langkah: q?.langkah ?? "",
        },
      ];
    }),
  );
}

/**
 * One quarter's report of one PK: realisasi per indicator; an indicator below the quarter's target asks for the
 * inhibiting and supporting factors and the remedial steps. "Ajukan" saves, asks for confirmation and submits the
 * quarter; the server refuses a below-target indicator without penghambat and langkah and its message is shown.
 */
export function FormRealisasi(props: {
  jalur: RenaksiKunci;
  pk: PkRenaksi;
  tw: number;
  status: StatusTw;
  /** Version of the quarter's realisasi as read (sent as If-Match; a 409 opens the reload dialog). */
  versi: string | undefined;
  bisaUbah: boolean;
  bisaAjukan: boolean;
  muatUlang: () => void;
}) {
  const { jalur, pk, tw, status, versi, bisaUbah, bisaAjukan, muatUlang } = props;
  const path = { ...jalur, triwulan: tw };
  const { t } = useI18n();
  const [isian, setIsian] = useState(() => awal(pk, tw));
  const [pesan, setPesan] = useState<{ ok: boolean; teks: string } | null>(null);
  const [konfirmasi, setKonfirmasi] = useState(false);
  const [sibuk, setSibuk] = useState(false);
  const konflik = useKonflik(muatUlang);
  useEffect(() => setIsian(awal(pk, tw)), [pk, tw]);
  const label = LABEL_TW[tw - 1] ?? "";
  const draft = status === "draft";
  const ubah = (id: string, b: Partial<Isian>) => setIsian((s) => ({ ...s, [id]: { ...s[id]!, ...b } }));

  async function simpan(): Promise<boolean> {
    try {
      await jawab(
        klien.PUT("/api/v1/pemda/{pemda}/opd/{opd}/renaksi/{tahun}/triwulan/{triwulan}/realisasi", {
          params: { path },
          headers: syaratHeader(versi ? { versi } : undefined),
          body: {
            baris: pk.indikator.map((i) => {
              const x = isian[i.pkKinerjaId]!;
              return {
                pkKinerjaId: i.pkKinerjaId,
                nilai: angkaMesin(x.nilai),
                ...(i.triwulan[tw - 1]?.sumberRealisasiAnggaran === "impor-dpa"
                  ? {}
                  : { realisasiAnggaran: x.anggaran.trim() || null }),
                faktorPenghambat: x.faktorPenghambat,
                faktorPendorong: x.faktorPendorong,
                langkah: x.langkah,
              };
            }),
          },
        }),
      );
      return true;
    } catch (e) {
      if (!konflik.tangani(e)) setPesan({ ok: false, teks: (e as Error).message });
      return false;
    }
  }

  async function jalankan(ajukan: boolean) {
    setSibuk(true);
    setPesan(null);
    setKonfirmasi(false);
    try {
      if (!(await simpan())) return;
      if (ajukan) {
        try {
          await jawab(
            klien.POST("/api/v1/pemda/{pemda}/opd/{opd}/renaksi/{tahun}/triwulan/{triwulan}/status", {
              params: { path },
              body: { aksi: "ajukan" },
            }),
          );
          setPesan({ ok: true, teks: t("renaksi.diajukan", { tw: label }) });
        } catch (e) {
          setPesan({ ok: false, teks: (e as Error).message });
        }
      } else setPesan({ ok: true, teks: t("renaksi.tersimpan") });
      muatUlang();
    } finally {
      setSibuk(false);
    }
  }

  const ubahBoleh = bisaUbah && draft;
  return (
    <Stack gap="sm">
      {!draft && (
        <Alert color="blue" data-testid="status-bukan-draft">
          {t("renaksi.bukanDraft", { tw: label, status: t(`renaksi.status.${status}` as MessageKey) })}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={820}>
        <Table withTableBorder data-testid="tabel-realisasi">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("renaksi.kolom.indikator")}</Table.Th>
              <Table.Th>Target {label}</Table.Th>
              <Table.Th>{t("renaksi.kolom.realisasi")}</Table.Th>
              <Table.Th>{t("renaksi.kolom.capaian")}</Table.Th>
              <Table.Th>{t("renaksi.kolom.anggaran")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pk.indikator.map((ind) => {
              const q = ind.triwulan[tw - 1];
              const x = isian[ind.pkKinerjaId] ?? {
                nilai: "",
                anggaran: "",
                faktorPenghambat: "",
                faktorPendorong: "",
                langkah: "",
              };
              const target = ind.rencana?.targetTriwulan[tw - 1] ?? q?.target ?? null;
              const bawah = x.nilai.trim()
                ? dibawah(x.nilai, target, ind.rencana?.polaritas)
                : (q?.dibawahTarget ?? false);
              const wajib = t("renaksi.wajibDiisi");
              return (
                <Table.Tr key={ind.pkKinerjaId} data-indikator={ind.pkKinerjaId} data-dibawah={bawah}>
                  <Table.Td maw={360} valign="top">
                    <Text size="sm">{ind.indikator}</Text>
                    {bawah && (
                      <Badge color="orange" variant="light" mt={4}>
                        {t("renaksi.dibawahTarget")}
                      </Badge>
                    )}
                    {bawah && (
                      <Stack gap={4} mt={6} data-testid="isian-penghambat">
                        <Textarea
                          size="xs"
                          autosize
                          label={t("renaksi.penghambat")}
                          value={x.faktorPenghambat}
                          onChange={(e) => ubah(ind.pkKinerjaId, { faktorPenghambat: e.currentTarget.value })}
                          error={!x.faktorPenghambat.trim() ? wajib : undefined}
                          withAsterisk
                          disabled={!ubahBoleh}
                        />
                        <Textarea
                          size="xs"
                          autosize
                          label={t("renaksi.pendorong")}
                          value={x.faktorPendorong}
                          onChange={(e) => ubah(ind.pkKinerjaId, { faktorPendorong: e.currentTarget.value })}
                          disabled={!ubahBoleh}
                        />
                        <Textarea
                          size="xs"
                          autosize
                          label={t("renaksi.langkah")}
                          value={x.langkah}
                          onChange={(e) => ubah(ind.pkKinerjaId, { langkah: e.currentTarget.value })}
                          error={!x.langkah.trim() ? wajib : undefined}
                          withAsterisk
                          disabled={!ubahBoleh}
                        />
                      </Stack>
                    )}
                  </Table.Td>
                  <Table.Td valign="top">{tampilTarget(target, ind.satuan)}</Table.Td>
                  <Table.Td valign="top" w={130}>
                    <TextInput
                      size="xs"
                      aria-label={`Realisasi ${label} ${ind.indikator}`}
                      value={x.nilai}
                      onChange={(e) => ubah(ind.pkKinerjaId, { nilai: e.currentTarget.value })}
                      disabled={!ubahBoleh}
                    />
                  </Table.Td>
                  <Table.Td valign="top" data-testid="capaian-kumulatif">
                    {persenRenaksi(q?.capaianKumulatif)}
                  </Table.Td>
                  <Table.Td valign="top" w={190} data-testid="anggaran-triwulan">
                    {q?.sumberRealisasiAnggaran === "impor-dpa" ? (
                      <Text size="sm">{q.realisasiAnggaran ? rupiah(q.realisasiAnggaran) : "–"}</Text>
                    ) : (
                      <TextInput
                        size="xs"
                        aria-label={`${t("renaksi.kolom.anggaran")} ${label} ${ind.indikator}`}
                        value={x.anggaran}
                        onChange={(e) => ubah(ind.pkKinerjaId, { anggaran: e.currentTarget.value })}
                        disabled={!ubahBoleh || (ind.aksi ?? []).length === 0}
                      />
                    )}
                    <Text size="xs" c="dimmed" data-sumber={q?.sumberRealisasiAnggaran ?? "kosong"}>
                      {q?.sumberRealisasiAnggaran === "impor-dpa"
                        ? t("renaksi.anggaran.impor", { bulan: tw * 3 })
                        : q?.sumberRealisasiAnggaran === "isian"
                          ? t("renaksi.anggaran.isian")
                          : (ind.aksi ?? []).length === 0
                            ? t("renaksi.anggaran.tanpaAksi")
                            : ""}
                      {q?.serapanKumulatif
                        ? ` · ${t("renaksi.anggaran.serapan")} ${persenRenaksi(q.serapanKumulatif)}`
                        : ""}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pesan && (
        <Alert color={pesan.ok ? "green" : "red"} data-testid="pesan-realisasi">
          {pesan.teks}
        </Alert>
      )}
      {ubahBoleh && (
        <Group>
          <Button variant="default" onClick={() => jalankan(false)} loading={sibuk}>
            {t("renaksi.simpanRealisasi")}
          </Button>
          {bisaAjukan && (
            <Button onClick={() => setKonfirmasi(true)} loading={sibuk}>
              {t("renaksi.ajukan", { tw: label })}
            </Button>
          )}
        </Group>
      )}
      <Modal
        opened={konfirmasi}
        onClose={() => setKonfirmasi(false)}
        title={t("renaksi.konfirmasi.judul", { tw: label })}
      >
        <Text size="sm">{t("renaksi.konfirmasi.teks", { tw: label })}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setKonfirmasi(false)}>
            {t("renaksi.batal")}
          </Button>
          <Button onClick={() => jalankan(true)}>{t("renaksi.konfirmasi.ya")}</Button>
        </Group>
      </Modal>
      {konflik.dialog}
    </Stack>
  );
}
