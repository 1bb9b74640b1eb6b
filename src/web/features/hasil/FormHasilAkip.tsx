import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useState } from "react";
import { sendJson } from "../../api/client";
import { kerangkaDariKunci } from "../../../domain/akip/kerangka";
import { useI18n } from "../../i18n/i18n";
import type { BarisIku } from "../pengukuran/tipe";
import { nilaiTertautServer } from "./baca-tertaut";
import { type GalatForm, galatDariServer, periksaAngka } from "./galat-form";

const KOSONG: GalatForm = { umum: null, bidang: {} };
const KERANGKA = ["88/2021", "12/2015"] as const;

/**
 * Enters an evaluasi AKIP result of an OPD: year, framework (Permenpan RB 88/2021 or 12/2015) and the score of each
 * komponen (points, 0–bobot, id-ID "22,02"). After saving, shows the total and predikat the server computed
 * (realisasi of the Nilai AKIP indicator of that year).
 */
export function FormHasilAkip(props: {
  api: string;
  tahun: number;
  opened: boolean;
  tutup(): void;
  tersimpan(): void;
}) {
  const { t } = useI18n();
  const [tahun, setTahun] = useState<number>(props.tahun);
  const [jenis, setJenis] = useState<"hasil" | "target">("hasil");
  const [kerangka, setKerangka] = useState<string>("88/2021");
  const [nilai, setNilai] = useState<Record<string, string>>({});
  const [galat, setGalat] = useState<GalatForm>(KOSONG);
  const [hasil, setHasil] = useState<BarisIku["realisasi"] | "tersimpan" | null>(null);
  const [sibuk, setSibuk] = useState(false);
  const komponen = kerangkaDariKunci(kerangka).value.komponen;

  const simpan = async () => {
    const bidang: Record<string, string> = {};
    for (const k of komponen) {
      const p = periksaAngka(nilai[k.kunci] ?? "", `Nilai komponen ${k.nama}`);
      if (p) bidang[k.kunci] = p;
    }
    setGalat({ umum: null, bidang });
    setHasil(null);
    if (Object.keys(bidang).length) return;
    setSibuk(true);
    try {
      await sendJson("PUT", `${props.api}/hasil-akip/${tahun}`, {
        jenis,
        kerangka,
        komponen: Object.fromEntries(komponen.map((k) => [k.kunci, (nilai[k.kunci] ?? "").trim()])),
      });
      props.tersimpan();
      setHasil(jenis === "hasil" ? ((await nilaiTertautServer(props.api, tahun, "akip")) ?? "tersimpan") : "tersimpan");
    } catch (e) {
      setGalat(
        galatDariServer(
          e,
          komponen.map((k) => k.kunci),
          (k) => `komponen ${k}`,
        ),
      );
    } finally {
      setSibuk(false);
    }
  };
  return (
    <Modal opened={props.opened} onClose={props.tutup} title={t("hasil.akip.judul")} size="lg">
      <Stack gap="xs">
        {galat.umum && <Alert color="red">{galat.umum}</Alert>}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label={t("kinerja.tahun")}
            value={tahun}
            min={2000}
            max={2100}
            allowDecimal={false}
            onChange={(v) => typeof v === "number" && setTahun(v)}
          />
          <Select
            label={t("hasil.akip.kerangka")}
            data={KERANGKA.map((k) => ({ value: k, label: `Permenpan RB ${k}` }))}
            value={kerangka}
            allowDeselect={false}
            onChange={(v) => v && setKerangka(v)}
          />
          <SegmentedControl
            mt="lg"
            value={jenis}
            onChange={(v) => setJenis(v as "hasil" | "target")}
            data={[
              { value: "hasil", label: t("hasil.akip.hasil") },
              { value: "target", label: t("hasil.akip.target") },
            ]}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {komponen.map((k) => (
            <TextInput
              key={k.kunci}
              label={`${k.nama} (bobot ${k.bobot.replace(".", ",")})`}
              inputMode="decimal"
              placeholder="22,02"
              value={nilai[k.kunci] ?? ""}
              error={galat.bidang[k.kunci]}
              data-testid={`komponen-${k.kunci}`}
              onChange={(e) => setNilai({ ...nilai, [k.kunci]: e.currentTarget.value })}
            />
          ))}
        </SimpleGrid>
        {hasil && (
          <Alert color="green" data-testid="akip-hasil">
            {hasil === "tersimpan" ? (
              t("kinerja.tersimpan")
            ) : (
              <>
                <Text fw={700}>{t("hasil.akip.total", { nilai: hasil.tampil, predikat: hasil.huruf ?? "—" })}</Text>
                <Text size="sm">{hasil.keterangan}</Text>
              </>
            )}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.tutup}>
            {t("batal")}
          </Button>
          <Button loading={sibuk} onClick={() => void simpan()}>
            {t("simpan")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
