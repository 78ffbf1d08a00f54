import { addFeatureMessages } from "../../lib/feature-messages.ts";
import "../../styles/language.css";
import de from "./locales/de.json";
import en from "./locales/en.json";

addFeatureMessages("language", { de, en });
