import { Alert, Box, Button, Group, Loader, Text } from "@mantine/core";
import { IconRefresh } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { ApiError } from "../../api/client";
import { useI18n } from "../../i18n/i18n";

/**
 * The HTML preview in a sandboxed frame (no scripts, opaque origin): the document is one self-contained page, loaded
 * as text and shown through `srcdoc`, so the app's CSP (no inline scripts, no framing of its own URLs) is kept.
 */
export function Pratinjau({ dasar, versi }: { dasar: string; versi: number }) {
  const { t } = useI18n();
  const [html, setHtml] = useState<string | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const [muatKe, setMuatKe] = useState(0);
  useEffect(() => {
    let berlaku = true;
    setGalat(null);
    fetch(`${dasar}/pratinjau`, { credentials: "same-origin" })
      .then(async (res) => {
        if (!res.ok) throw new ApiError(res.status, `${res.status}`);
        return res.text();
      })
      .then(
        (h) => berlaku && setHtml(h),
        (e: Error) => berlaku && setGalat(e.message),
      );
    return () => {
      berlaku = false;
    };
  }, [dasar, versi, muatKe]);
  return (
    <Box>
      <Group justify="space-between" mb="xs">
        <Text size="sm" c="dimmed">
          {t("laporan.pratinjau.judul")}
        </Text>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconRefresh size={14} />}
          onClick={() => setMuatKe((n) => n + 1)}
        >
          {t("laporan.pratinjau.muatUlang")}
        </Button>
      </Group>
      {galat && <Alert color="red">{galat}</Alert>}
      {html === null && !galat && <Loader size="sm" aria-label={t("memuat")} />}
      {html !== null && (
        <iframe
          title={t("laporan.pratinjau.judul")}
          data-testid="pratinjau"
          sandbox=""
          srcDoc={html}
          style={{
            width: "100%",
            height: "75vh",
            border: "1px solid var(--mantine-color-gray-4)",
            background: "white",
          }}
        />
      )}
    </Box>
  );
}
