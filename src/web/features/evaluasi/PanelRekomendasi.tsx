import { Alert, Button, Group, Select, Stack, Table, Text, TextInput, Textarea } from "@mantine/core";
import { useState } from "react";
import { jawab, klien } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import type { JalurLke, LembarLke, Rekomendasi } from "./tipe";

const STATUS = ["terbuka", "proses", "selesai"] as const satisfies ReadonlyArray<Rekomendasi["status"]>;

function BarisRekomendasi({
  r,
  jalur,
  boleh,
  onGalat,
}: {
  r: Rekomendasi;
  jalur: JalurLke;
  boleh: boolean;
  onGalat(p: string): void;
}) {
  const { t, tanggal } = useI18n();
  const [status, setStatus] = useState<Rekomendasi["status"]>(r.status);
  const [tl, setTl] = useState(r.tindakLanjut ?? "");
  return (
    <Table.Tr>
      <Table.Td>
        {r.uraian}
        {r.kodeKriteria && (
          <Text size="xs" c="dimmed">
            {r.kodeKriteria}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{r.penanggungJawab}</Table.Td>
      <Table.Td>{r.batasWaktu ? tanggal(r.batasWaktu) : "–"}</Table.Td>
      <Table.Td>
        {boleh ? (
          <Select
            size="xs"
            w={120}
            data={STATUS.map((s) => ({ value: s, label: t(`evaluasi.rek.${s}`) }))}
            value={status}
            onChange={(v) => {
              const s = STATUS.find((x) => x === v);
              if (s) setStatus(s);
            }}
          />
        ) : (
          t(`evaluasi.rek.${r.status}`)
        )}
      </Table.Td>
      <Table.Td>
        {boleh ? (
          <Group gap={4} wrap="nowrap">
            <TextInput size="xs" value={tl} onChange={(e) => setTl(e.currentTarget.value)} />
            <Button
              size="xs"
              variant="default"
              onClick={() =>
                void jawab(
                  klien.PUT("/api/v1/pemda/{pemda}/opd/{opd}/lke-rekomendasi/{id}", {
                    params: { path: { pemda: jalur.pemda, opd: jalur.opd, id: r.id } },
                    body: {
                      uraian: r.uraian,
                      penanggungJawab: r.penanggungJawab,
                      batasWaktu: r.batasWaktu,
                      komponen: r.komponen,
                      kodeKriteria: r.kodeKriteria,
                      status,
                      tindakLanjut: tl || null,
                    },
                  }),
                ).catch((e: Error) => onGalat(e.message))
              }
            >
              {t("evaluasi.simpan")}
            </Button>
          </Group>
        ) : (
          (r.tindakLanjut ?? "–")
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function TabelRekomendasi({
  daftar,
  jalur,
  boleh,
  onGalat,
}: {
  daftar: Rekomendasi[];
  jalur: JalurLke;
  boleh: boolean;
  onGalat(p: string): void;
}) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table fz="sm" striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("evaluasi.rek.uraian")}</Table.Th>
            <Table.Th>{t("evaluasi.rek.pj")}</Table.Th>
            <Table.Th>{t("evaluasi.rek.batas")}</Table.Th>
            <Table.Th>{t("evaluasi.rek.status")}</Table.Th>
            <Table.Th>{t("evaluasi.rek.tl")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {daftar.map((r) => (
            <BarisRekomendasi key={r.id} r={r} jalur={jalur} boleh={boleh} onGalat={onGalat} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Recommendations with owner, due date, status and follow-up; last year's open ones. */
export function PanelRekomendasi({
  jalur,
  lembar,
  bolehTambah,
  bolehTindakLanjut,
  onMuatUlang,
}: {
  jalur: JalurLke;
  lembar: LembarLke;
  bolehTambah: boolean;
  bolehTindakLanjut: boolean;
  onMuatUlang(): void;
}) {
  const { t } = useI18n();
  const [galat, setGalat] = useState<string | null>(null);
  const [uraian, setUraian] = useState("");
  const [pj, setPj] = useState("");
  const [batas, setBatas] = useState("");
  const tambah = () =>
    jawab(
      klien.POST("/api/v1/pemda/{pemda}/opd/{opd}/lke/{tahun}/rekomendasi", {
        params: { path: jalur },
        body: { uraian, penanggungJawab: pj, batasWaktu: batas || null },
      }),
    ).then(
      () => {
        setUraian("");
        setPj("");
        setBatas("");
        onMuatUlang();
      },
      (e: Error) => setGalat(e.message),
    );
  return (
    <Stack gap="sm">
      {galat && <Alert color="red">{galat}</Alert>}
      {lembar.rekomendasiTerbukaTahunLalu.length > 0 && (
        <>
          <Text fw={600} size="sm">
            {t("evaluasi.rek.tahunLalu")}
          </Text>
          <TabelRekomendasi
            daftar={lembar.rekomendasiTerbukaTahunLalu}
            jalur={jalur}
            boleh={bolehTindakLanjut}
            onGalat={setGalat}
          />
        </>
      )}
      {lembar.rekomendasi.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("evaluasi.rek.kosong")}
        </Text>
      ) : (
        <TabelRekomendasi daftar={lembar.rekomendasi} jalur={jalur} boleh={bolehTindakLanjut} onGalat={setGalat} />
      )}
      {bolehTambah && (
        <Group gap="xs" align="flex-end" wrap="wrap">
          <Textarea
            size="xs"
            label={t("evaluasi.rek.uraian")}
            value={uraian}
            onChange={(e) => setUraian(e.currentTarget.value)}
            autosize
            minRows={1}
            style={{ flex: 1, minWidth: 220 }}
          />
          <TextInput
            size="xs"
            label={t("evaluasi.rek.pj")}
            value={pj}
            onChange={(e) => setPj(e.currentTarget.value)}
            w={180}
          />
          <TextInput
            size="xs"
            type="date"
            label={t("evaluasi.rek.batas")}
            value={batas}
            onChange={(e) => setBatas(e.currentTarget.value)}
            w={150}
          />
          <Button size="xs" disabled={!uraian || !pj} onClick={() => void tambah()} data-testid="rek-tambah">
            {t("evaluasi.rek.tambah")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
