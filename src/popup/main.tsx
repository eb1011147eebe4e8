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
