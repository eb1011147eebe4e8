import type { PopupConnector } from "../connector.ts";
import { TranslatorContext, type Translator } from "../i18n.ts";
import { usePopupData } from "../use-popup-data.ts";
import { ErrorBoundary } from "./error-boundary.tsx";
import { PopupView } from "./popup-view.tsx";

export interface AppProps {
  connector: PopupConnector;
  translator: Translator;
}

/** Connects the popup view to its data. The only component that knows about the connector. */
export function App({ connector, translator }: AppProps) {
  const data = usePopupData(connector);
  return (
    <TranslatorContext.Provider value={translator}>
      <ErrorBoundary>
        <PopupView
          page={data.page}
          settings={data.settings}
          saveFailed={data.saveFailed}
          onSettings={data.updateSettings}
          onReveal={data.reveal}
          onCopy={data.copyText}
          onDownload={data.download}
        />
      </ErrorBoundary>
    </TranslatorContext.Provider>
  );
}
