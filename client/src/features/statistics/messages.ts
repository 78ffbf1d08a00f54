import { addFeatureMessages } from "../../lib/feature-messages.ts";
import "../../styles/statistics.css";
import de from "./locales/de.json";
import en from "./locales/en.json";

addFeatureMessages("statistics", { de, en });
