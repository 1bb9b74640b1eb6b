import "@mantine/core/styles.css";
import { MantineProvider } from "@mantine/core";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { KueriProvider } from "./api/KueriProvider";
import { App } from "./App";
import { AuthProvider } from "./auth/AuthProvider";
import { I18nProvider } from "./i18n/i18n";
import { resolverVariabel, tema } from "./tema";

const root = document.getElementById("root");
if (!root) throw new Error("#root not found");
createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={tema} cssVariablesResolver={resolverVariabel}>
      <I18nProvider>
        <AuthProvider>
          <KueriProvider>
            <App />
          </KueriProvider>
        </AuthProvider>
      </I18nProvider>
    </MantineProvider>
  </StrictMode>,
);
