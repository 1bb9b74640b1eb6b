import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useState } from "react";
import { ApiError, download } from "../../api/client";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";

/**
 * Downloads the APIP's "Pernyataan Telah Direviu" of the chosen OPD and year (issue 14) as DOCX or PDF; shown to
 * users with reviu.periksa (evaluator, admin). The server runs the data check again and prints its counts.
 */
export function TombolPernyataanReviu({ api, tahun }: { api: string; tahun: number }) {
  const { t } = useI18n();
  const { punya } = useAuth();
  const [sibuk, setSibuk] = useState<string | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  if (!punya("reviu.periksa")) return null;

  const unduh = async (format: "docx" | "pdf") => {
    setSibuk(format);
    setGalat(null);
    try {
      await download(`${api}/reviu/pernyataan/${tahun}?format=${format}`);
    } catch (e) {
      setGalat(e instanceof ApiError ? e.detail || e.title || e.message : String(e));
    } finally {
      setSibuk(null);
    }
  };

  return (
    <Stack gap="xs" data-testid="reviu-pernyataan">
      <Text size="sm" c="dimmed">
        {t("reviu.pernyataan.keterangan")}
      </Text>
      <Group gap="xs" wrap="wrap">
        {(["docx", "pdf"] as const).map((f) => (
          <Button
            key={f}
            size="xs"
            variant="default"
            leftSection={<IconDownload size={14} />}
            loading={sibuk === f}
            onClick={() => void unduh(f)}
            data-testid={`reviu-pernyataan-${f}`}
          >
            {t("reviu.pernyataan.unduh", { tahun, format: f.toUpperCase() })}
          </Button>
        ))}
      </Group>
      {galat && (
        <Alert color="red" role="alert">
          {galat}
        </Alert>
      )}
    </Stack>
  );
}
