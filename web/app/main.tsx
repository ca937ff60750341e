import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { fetchConnectionConfig } from "../lib/connection-config.ts";
import { createDriver } from "../lib/driver.ts";
import { App } from "./app.tsx";
import { createQueryClient, Providers } from "./providers.tsx";
import "./app.css";

const root = createRoot(document.getElementById("root")!);

try {
  const config = await fetchConnectionConfig();
  const driver = createDriver(config);
  root.render(
    <StrictMode>
      <Providers driver={driver} uri={config.uri} database={config.database} queryClient={createQueryClient()}>
        <App />
      </Providers>
    </StrictMode>,
  );
} catch (error) {
  root.render(<p role="alert">Ketnoi could not start: {(error as Error).message}</p>);
}
