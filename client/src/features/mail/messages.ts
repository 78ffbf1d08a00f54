import { addFeatureMessages } from "../../lib/feature-messages.ts";
import de from "./locales/de.json";
import en from "./locales/en.json";

addFeatureMessages("mail", { de, en });
