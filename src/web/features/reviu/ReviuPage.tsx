import { Alert, Badge, Button, Divider, FileInput, Group, Stack, Table, Text, Title } from "@mantine/core";
import { IconFileSearch } from "@tabler/icons-react";
import { useState } from "react";
import { ApiError, sendBody } from "../../api/client";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { PanelReviuData } from "./PanelReviuData";

type Keparahan = "galat" | "peringatan" | "info";

interface Temuan {
  keparahan: Keparahan;
  aturan: string;
  pesan: string;
  lokasi: { halaman?: number; baris?: number; tabel?: string; barisTabel?: string; kolom?: string };
  tertulis?: string;
  seharusnya?: string;
  sumber: string;
}

interface HasilReviu {
  berkas: string;
  jumlahTabel: number;
  tabelDikenali: number;
  ringkasan: Record<Keparahan, number>;
  temuan: Temuan[];
}

const WARNA: Record<Keparahan, string> = { galat: "red", peringatan: "yellow", info: "gray" };

function lokasi(t: Temuan): string {
  const l = t.lokasi;
  return [
    l.halaman !== undefined ? `hal. ${l.halaman}` : "",
    l.baris !== undefined ? `baris ${l.baris}` : "",
    l.tabel ?? "",
    l.barisTabel ?? "",
    l.kolom ? `kolom "${l.kolom}"` : "",
  ]
    .filter(Boolean)
    .join(", ");
}

/** Reviu of a published LKjIP (issue 14): upload a file, read the findings with printed and expected values. */
export function ReviuPage() {
  const { t } = useI18n();
  const { pengguna, punya } = useAuth();
  const pemda = pengguna?.pemda.slug ?? "";
  const [berkas, setBerkas] = useState<File | null>(null);
  const [sibuk, setSibuk] = useState(false);
  const [hasil, setHasil] = useState<HasilReviu | null>(null);
  const [galat, setGalat] = useState<string | null>(null);

  const periksa = async () => {
    if (!berkas) return;
    const form = new FormData();
    form.append("berkas", berkas);
    setSibuk(true);
    setGalat(null);
    setHasil(null);
    try {
      setHasil(await sendBody<HasilReviu>("POST", `/api/v1/pemda/${pemda}/reviu/periksa`, form));
    } catch (e) {
      setGalat(e instanceof ApiError ? e.detail || e.title || e.message : String(e));
    } finally {
      setSibuk(false);
    }
  };

  return (
    <Stack>
      <Title order={2}>{t("reviu.judul")}</Title>
      <Text c="dimmed">{t("reviu.intro")}</Text>
      {!punya("reviu.periksa") && <Alert color="yellow">{t("reviu.tanpaIzin")}</Alert>}
      <Group align="end">
        <FileInput
          label={t("reviu.berkas")}
          placeholder={t("reviu.berkas.placeholder")}
          accept=".docx,.pdf,.txt,application/pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          value={berkas}
          onChange={setBerkas}
          w={360}
        />
        <Button
          leftSection={<IconFileSearch size={16} />}
          onClick={() => void periksa()}
          loading={sibuk}
          disabled={!berkas || !punya("reviu.periksa")}
        >
          {t("reviu.periksa")}
        </Button>
      </Group>
      {galat && (
        <Alert color="red" role="alert">
          {galat}
        </Alert>
      )}
      {hasil && (
        <Stack>
          <Text fw={500}>
            {t("reviu.ringkasan", {
              tabel: hasil.jumlahTabel,
              dikenali: hasil.tabelDikenali,
              galat: hasil.ringkasan.galat,
              peringatan: hasil.ringkasan.peringatan,
              info: hasil.ringkasan.info,
            })}
          </Text>
          {hasil.temuan.length === 0 ? (
            <Alert color="green">{t("reviu.bersih")}</Alert>
          ) : (
            <Table striped withTableBorder aria-label={t("reviu.judul")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("reviu.kolom.keparahan")}</Table.Th>
                  <Table.Th>{t("reviu.kolom.lokasi")}</Table.Th>
                  <Table.Th>{t("reviu.kolom.pesan")}</Table.Th>
                  <Table.Th>{t("reviu.kolom.tertulis")}</Table.Th>
                  <Table.Th>{t("reviu.kolom.seharusnya")}</Table.Th>
                  <Table.Th>{t("reviu.kolom.aturan")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {hasil.temuan.map((x, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>
                      <Badge color={WARNA[x.keparahan]}>{t(`reviu.${x.keparahan}` as MessageKey)}</Badge>
                    </Table.Td>
                    <Table.Td>{lokasi(x)}</Table.Td>
                    <Table.Td>{x.pesan}</Table.Td>
                    <Table.Td>{x.tertulis ?? "–"}</Table.Td>
                    <Table.Td>{x.seharusnya ?? "–"}</Table.Td>
                    <Table.Td>
                      <Text size="xs">
                        {x.aturan} — {x.sumber}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
      <Divider my="sm" />
      <PanelReviuData />
    </Stack>
  );
}
