import { Alert, Badge, Button, Divider, FileInput, Group, Stack, Table, Text, Title } from "@mantine/core";
import { IconFileSearch } from "@tabler/icons-react";
import { useState } from "react";
import { ApiError, sendBody } from "../../api/client";
import type { Skema } from "../../api/tipe";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import { PanelReviuData } from "./PanelReviuData";
import { teksLokasi, WARNA_KEPARAHAN } from "./TabelTemuan";

/** The reviu of an uploaded file (POST …/reviu/periksa, multipart: through sendBody), from the contract. */
type HasilReviu = Skema<"HasilReviu">;

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
                      <Badge color={WARNA_KEPARAHAN[x.keparahan]}>{t(`reviu.${x.keparahan}`)}</Badge>
                    </Table.Td>
                    <Table.Td>{teksLokasi(x)}</Table.Td>
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
