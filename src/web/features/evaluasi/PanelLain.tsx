import { Alert, Badge, Button, Group, Select, Stack, Table, Text, TextInput, Textarea } from "@mantine/core";
import { useState } from "react";
import { sendJson } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import { type HasilSimulasi, KODE_JAWABAN, type LembarLke, type Rekomendasi, warnaPredikat } from "./tipe";

/** What-if: the kriteria that raise the total most, and the total with changed answers (saves nothing). */
export function PanelSimulasi({ api, lembar }: { api: string; lembar: LembarLke }) {
  const { t, number } = useI18n();
  const [ubah, setUbah] = useState<Record<string, string>>({});
  const [hasil, setHasil] = useState<HasilSimulasi | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const hitung = (j: Record<string, string>) =>
    sendJson<HasilSimulasi>("POST", `${api}/simulasi`, { jawaban: j }).then(
      (r) => {
        setHasil(r);
        setGalat(null);
      },
      (e: Error) => setGalat(e.message),
    );
  const a2 = (x: string) => number(Number(x), 2);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t("evaluasi.simulasiCatatan")}
      </Text>
      {galat && <Alert color="red">{galat}</Alert>}
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Select
          size="xs"
          w={260}
          searchable
          label={t("evaluasi.kriteria")}
          data={lembar.kriteria.map((k) => ({ value: k.kode, label: `${k.kode} ${k.uraian.slice(0, 60)}` }))}
          onChange={(v) => v && !(v in ubah) && setUbah({ ...ubah, [v]: "A" })}
          value={null}
          data-testid="simulasi-kriteria"
        />
        <Button size="xs" onClick={() => void hitung(ubah)} data-testid="simulasi-hitung">
          {t("evaluasi.simulasiHitung")}
        </Button>
      </Group>
      {Object.entries(ubah).map(([kode, j]) => (
        <Group key={kode} gap="xs">
          <Badge variant="outline">{kode}</Badge>
          <Select
            size="xs"
            w={90}
            data={[...KODE_JAWABAN]}
            value={j}
            onChange={(v) => v && setUbah({ ...ubah, [kode]: v })}
          />
          <Button
            size="xs"
            variant="subtle"
            onClick={() => {
              const { [kode]: _hapus, ...sisa } = ubah;
              setUbah(sisa);
            }}
          >
            ×
          </Button>
        </Group>
      ))}
      {hasil && (
        <>
          <Group gap="lg">
            <Text size="sm">
              {t("evaluasi.simulasiDasar")}: <b>{a2(hasil.dasar.total.nilai)}</b>{" "}
              <Badge color={warnaPredikat(hasil.dasar.predikat.kode)}>{hasil.dasar.predikat.kode}</Badge>
            </Text>
            <Text size="sm" data-testid="simulasi-total">
              {t("evaluasi.simulasiTotal")}: <b>{a2(hasil.simulasi.total.nilai)}</b>{" "}
              <Badge color={warnaPredikat(hasil.simulasi.predikat.kode)}>{hasil.simulasi.predikat.kode}</Badge>
            </Text>
          </Group>
          <Text fw={600} size="sm">
            {t("evaluasi.peluang")}
          </Text>
          <Table.ScrollContainer minWidth={560}>
            <Table fz="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("evaluasi.kriteria")}</Table.Th>
                  <Table.Th>{t("evaluasi.jawaban")}</Table.Th>
                  <Table.Th ta="right">{t("evaluasi.naikSatu")}</Table.Th>
                  <Table.Th ta="right">{t("evaluasi.kenaikanMaks")}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {hasil.peluang.slice(0, 15).map((p) => (
                  <Table.Tr key={p.kode}>
                    <Table.Td>
                      <b>{p.kode}</b> {p.uraian.slice(0, 90)}
                    </Table.Td>
                    <Table.Td>{p.jawaban ?? "–"}</Table.Td>
                    <Table.Td ta="right">
                      {p.naikSatu ? `${p.naikSatu.jawaban}: +${a2(p.naikSatu.kenaikan)}` : "–"}
                    </Table.Td>
                    <Table.Td ta="right">+{a2(p.kenaikanMaks)}</Table.Td>
                    <Table.Td>
                      {p.naikSatu && (
                        <Button
                          size="compact-xs"
                          variant="light"
                          onClick={() => {
                            const j = { ...ubah, [p.kode]: p.naikSatu!.jawaban };
                            setUbah(j);
                            void hitung(j);
                          }}
                        >
                          +1
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}

const STATUS = ["terbuka", "proses", "selesai"] as const;

function BarisRekomendasi({
  r,
  basis,
  boleh,
  onGalat,
}: {
  r: Rekomendasi;
  basis: string;
  boleh: boolean;
  onGalat(p: string): void;
}) {
  const { t, tanggal } = useI18n();
  const [status, setStatus] = useState<string>(r.status);
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
            onChange={(v) => v && setStatus(v)}
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
                void sendJson("PUT", `${basis}/lke-rekomendasi/${r.id}`, {
                  uraian: r.uraian,
                  penanggungJawab: r.penanggungJawab,
                  batasWaktu: r.batasWaktu,
                  komponen: r.komponen,
                  kodeKriteria: r.kodeKriteria,
                  status,
                  tindakLanjut: tl || null,
                }).catch((e: Error) => onGalat(e.message))
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
  basis,
  boleh,
  onGalat,
}: {
  daftar: Rekomendasi[];
  basis: string;
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
            <BarisRekomendasi key={r.id} r={r} basis={basis} boleh={boleh} onGalat={onGalat} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Recommendations with owner, due date, status and follow-up; last year's open ones. */
export function PanelRekomendasi({
  api,
  lembar,
  bolehTambah,
  bolehTindakLanjut,
  onMuatUlang,
}: {
  api: string;
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
  const basis = api.replace(/\/lke\/\d{4}$/, "");
  const tambah = () =>
    sendJson("POST", `${api}/rekomendasi`, { uraian, penanggungJawab: pj, batasWaktu: batas || null }).then(
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
            basis={basis}
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
        <TabelRekomendasi daftar={lembar.rekomendasi} basis={basis} boleh={bolehTindakLanjut} onGalat={setGalat} />
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
