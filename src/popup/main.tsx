/**
 * The popup (action.default_popup = src/popup/index.html).
 *
 *   main.tsx ── createBrowserConnector() ── platform/ (tabs, storage.sync, i18n)
 *      │                                     └─ "fogwatch:get-state" / "fogwatch:reveal" to the tab's content script
 *      └─ <App> ── usePopupData(connector) ── page state + settings + actions
 *            └─ <PopupView> (props only) ── Header, Tabs: SourcesBySide | Figures | Clutter + Toggles, Export, EmptyState
 *
 * Pure helpers (group.ts, markdown.ts, settings-actions.ts) do the work; components only render.
 */
import { render } from "preact";
import { getMessage } from "../platform/index.ts";
import { createBrowserConnector } from "./browser-connector.ts";
import { App } from "./components/app.tsx";
import { createTranslator } from "./i18n.ts";
import "./popup.css";

// The browser falls back to the default catalog (en) for UI languages we have no strings for, so the
// language of the words shown is the catalog's, not necessarily the browser's.
const translator = createTranslator(getMessage, getMessage("catalogLanguage") || "en");
document.documentElement.lang = translator.locale;
document.title = translator.t("popupTitle");
const root = document.getElementById("app");
if (root) render(<App connector={createBrowserConnector()} translator={translator} />, root);
