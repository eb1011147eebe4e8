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
import { browser, getMessage } from "../platform/index.ts";
import { createBrowserConnector } from "./browser-connector.ts";
import { App } from "./components/app.tsx";
import { createTranslator } from "./i18n.ts";
import "./popup.css";

const translator = createTranslator(getMessage, browser.i18n.getUILanguage());
document.documentElement.lang = translator.locale;
document.title = translator.t("popupTitle");
const root = document.getElementById("app");
if (root) render(<App connector={createBrowserConnector()} translator={translator} />, root);
