// English texts of the worksheet functions before their code has loaded.
import type { LoadingMessages } from "./types";

export const en: LoadingMessages = {
  codeNotLoaded: "The VERDEEL functions' calculations could not be loaded; is the connection lost? Enter the formula again, or recalculate with Ctrl+Alt+F9.",
};
