/// <reference types="office-js" />
// The task pane's entry in Excel (taskpane.html loads office.js from Microsoft's CDN first).
// Office.onReady -> check the requirement sets -> the pane, or a plain message saying what is missing.
import { createRoot } from "react-dom/client";
import { createOfficeHost, officeLanguage } from "../excel/office-host";
import { checkRequirements } from "../excel/requirements";
import { App } from "./App";
import { Unsupported } from "./Unsupported";

// taskpane.html has already said so when the webview is too old to run this bundle at all.
const unsupportedEngine = (window as unknown as { verdeelsleutelUnsupported?: boolean }).verdeelsleutelUnsupported === true;
const container = document.getElementById("container");

if (container && !unsupportedEngine) {
  void Office.onReady((info) => {
    const root = createRoot(container);
    if (info.host !== Office.HostType.Excel) {
      root.render(<Unsupported lang={officeLanguage()} />);
      return;
    }
    const requirements = checkRequirements();
    if (!requirements.ok) {
      root.render(<Unsupported lang={officeLanguage()} missing={requirements.missing.join(", ")} />);
      return;
    }
    root.render(<App host={createOfficeHost()} />);
  });
}
