import { BrowserRouter, Route, Routes } from "react-router";
import { BerandaPage } from "./pages/BerandaPage";
import { ModulPage } from "./pages/ModulPage";
import { AppFrame } from "./shell/AppFrame";
import { NAV_ITEMS } from "./shell/nav-items";

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<AppFrame />}>
          <Route index element={<BerandaPage />} />
          {NAV_ITEMS.filter((i) => i.path !== "/").map((item) => (
            <Route key={item.path} path={`${item.path.slice(1)}/*`} element={<ModulPage title={item.label} />} />
          ))}
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
