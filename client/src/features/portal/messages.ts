import { addFeatureMessages } from "../../lib/feature-messages.ts";
import "../../styles/portal.css";
import de from "./locales/de.json";
import en from "./locales/en.json";

addFeatureMessages("portal", { de, en });
