import {
  Alert,
  Anchor,
  Button,
  Center,
  Paper,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useEffect, useState } from "react";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { ApiError, jawab, klien } from "../api/client";
import { useI18n } from "../i18n/i18n";
import { useAuth } from "./AuthProvider";

/** Sign-in with email or NIP and password; Indonesian errors from the server (wrong password, lockout). */
export function MasukPage() {
  const { t, locale, setLocale } = useI18n();
  const { status, masuk } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [identitas, setIdentitas] = useState("");
  const [kataSandi, setKataSandi] = useState("");
  const [galat, setGalat] = useState<{ judul: string; pesan: string } | null>(null);
  const [proses, setProses] = useState(false);
  // "Lupa kata sandi?" only when the server can send mail (GET /api/auth/opsi, ADR 0044)
  const [bisaLupa, setBisaLupa] = useState(false);
  useEffect(() => {
    jawab(klien.GET("/api/auth/opsi")).then(
      (o) => setBisaLupa(o.lupaKataSandi),
      () => setBisaLupa(false),
    );
  }, []);
  const kembali = params.get("kembali");
  const tujuan = kembali?.startsWith("/") && !kembali.startsWith("//") ? kembali : "/";

  if (status === "masuk") return <Navigate to={tujuan} replace />;

  async function kirim(e: FormEvent) {
    e.preventDefault();
    if (!identitas.trim() || !kataSandi) {
      setGalat({ judul: t("masuk.gagal"), pesan: t("masuk.wajib") });
      return;
    }
    setProses(true);
    setGalat(null);
    try {
      await masuk(identitas.trim(), kataSandi);
      navigate(tujuan, { replace: true });
    } catch (error) {
      const err = error instanceof ApiError ? error : null;
      setGalat({
        judul: err?.status === 429 ? t("masuk.terkunci") : t("masuk.gagal"),
        pesan: err?.detail || err?.message || String(error),
      });
      setKataSandi("");
    } finally {
      setProses(false);
    }
  }

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420} component="main">
        <form onSubmit={kirim} noValidate>
          <Stack>
            <Title order={2} c="blue.7">
              {t("masuk.judul")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("app.subtitle")}
            </Text>
            {galat && (
              <Alert color="red" title={galat.judul} role="alert" data-testid="masuk-galat">
                {galat.pesan}
              </Alert>
            )}
            <TextInput
              label={t("masuk.identitas")}
              placeholder={t("masuk.identitasContoh")}
              autoComplete="username"
              value={identitas}
              onChange={(e) => setIdentitas(e.currentTarget.value)}
              required
              autoFocus
            />
            <PasswordInput
              label={t("masuk.kataSandi")}
              autoComplete="current-password"
              value={kataSandi}
              onChange={(e) => setKataSandi(e.currentTarget.value)}
              required
            />
            <Button type="submit" loading={proses} fullWidth>
              {t("masuk.tombol")}
            </Button>
            {bisaLupa && (
              <Anchor component={Link} to="/lupa-kata-sandi" size="sm" data-testid="masuk-lupa">
                {t("masuk.lupa")}
              </Anchor>
            )}
            <Text size="xs" c="dimmed">
              {bisaLupa ? t("masuk.catatanSurel") : t("masuk.catatan")}
            </Text>
            <SegmentedControl
              size="xs"
              aria-label={t("bahasa")}
              value={locale}
              onChange={(v) => setLocale(v === "en" ? "en" : "id")}
              data={[
                { value: "id", label: "ID" },
                { value: "en", label: "EN" },
              ]}
            />
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
