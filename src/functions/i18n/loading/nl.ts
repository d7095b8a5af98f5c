// Dutch texts of the worksheet functions before their code has loaded.
import type { LoadingMessages } from "./types";

export const nl: LoadingMessages = {
  codeNotLoaded:
    "De rekenregels van de VERDEEL-functies konden niet worden geladen; is de verbinding weg? Voer de formule opnieuw in, of bereken opnieuw met Ctrl+Alt+F9.",
};
